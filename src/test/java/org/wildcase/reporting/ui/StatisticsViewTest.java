package org.wildcase.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wildcase.reporting.CaseStatistics;
import org.wildcase.security.Roles;
import org.wildcase.security.WildcaseUser;
import org.wildcase.casework.CaseTasks;
import org.wildcase.seizure.Registration;
import org.wildcase.seizure.SeizureCases;
import org.wildcase.ui.ViewTest;
import org.wildcase.workflow.CaseWorkflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.sidenav.SideNavItem;

/**
 * The managers' statistics page: six charts drawn as SVG with their numbers in the markup, the filters, the empty
 * state, and nobody else let in. The cases are seized in 2016, a period no other view test uses.
 */
class StatisticsViewTest extends ViewTest {

    static final WildcaseUser BISHKEK = new WildcaseUser("officer.bishkek", Set.of(Roles.CUSTOMS_OFFICER), "BIS");
    static final WildcaseUser OSH = new WildcaseUser("officer.osh", Set.of(Roles.CUSTOMS_OFFICER), "OSH");
    static final WildcaseUser EXPERT = new WildcaseUser("expert", Set.of(Roles.CITES_EXPERT), null);
    static final WildcaseUser MANAGER = new WildcaseUser("manager", Set.of(Roles.MANAGER), null);

    private static boolean loaded;

    @Autowired
    SeizureCases cases;
    @Autowired
    CaseTasks tasks;
    @Autowired
    CaseWorkflow workflow;
    @Autowired
    CaseStatistics statistics;
    @Autowired
    ObjectMapper mapper;

    @BeforeEach
    void cases() throws Exception {
        if (loaded) {
            return;
        }
        String released = open(BISHKEK, "2016-03-05T10:00:00+06:00", "KG", "AE", "Falco cherrug");
        tasks.complete(workflow.openTaskId(released, "IdentifySpecies").orElseThrow(),
                org.wildcase.api.TaskBody.json(mapper, "{\"conclusion\": \"NO_VIOLATION\", \"opinion\": \"In order\"}"), EXPERT);
        cases.backdateStages(released, List.of(Duration.ofDays(2)));
        String late = open(BISHKEK, "2016-03-20T10:00:00+06:00", "KG", "CN", "Saiga tatarica");
        workflow.setDue(workflow.openTaskId(late, "IdentifySpecies").orElseThrow(),
                OffsetDateTime.now().minusDays(1));
        open(OSH, "2016-05-02T10:00:00+06:00", "UZ", "KG", "Testudo horsfieldii");
        loaded = true;
    }

    @Test
    void a_manager_sees_six_charts_with_the_numbers_of_the_period() {
        login("manager");
        StatisticsView view = navigate(StatisticsView.class);
        period(view, LocalDate.of(2016, 1, 1), LocalDate.of(2016, 6, 30));

        for (String id : StatisticsView.CHARTS) {
            assertThat(svg(id)).as(id).contains("<svg", "<title", "<desc");
        }
        assertThat(svg("chart-months")).contains("Seizures per month", "Jan 16: 0", "Mar 16: 2", "May 16: 1",
                "Jun 16: 0", ">2</text>");
        assertThat(svg("chart-species")).contains("Falco cherrug (Saker falcon): 1", "Saiga tatarica",
                "Testudo horsfieldii (Central Asian tortoise): 1");
        assertThat(svg("chart-stages")).contains("Expertise: 2", "Release: 1", "Legal handling: 0");
        assertThat(svg("chart-durations")).contains("Expertise: 2.0 days (n = 1)");
        long expertOverdue = statistics.overdueTasksPerRole(CaseStatistics.Filter.all(), MANAGER).stream()
                .filter(r -> r.role().equals(Roles.CITES_EXPERT)).findFirst().orElseThrow().tasks();
        assertThat(expertOverdue).isPositive();
        assertThat(svg("chart-overdue")).contains("CITES expert: " + expertOverdue, "Customs officer: ");
        assertThat(svg("chart-routes")).contains("Kyrgyzstan → United Arab Emirates: 1", "Kyrgyzstan → China: 1",
                "Uzbekistan → Kyrgyzstan: 1", "Kyrgyzstan: 2");
    }

    @Test
    void the_unit_filter_narrows_the_charts_to_one_unit() {
        login("manager");
        StatisticsView view = navigate(StatisticsView.class);
        period(view, LocalDate.of(2016, 1, 1), LocalDate.of(2016, 6, 30));
        view.unit.setValue("OSH");

        assertThat(svg("chart-months")).contains("Mar 16: 0", "May 16: 1");
        assertThat(svg("chart-species")).contains("Testudo horsfieldii").doesNotContain("Falco cherrug");
        assertThat(svg("chart-routes")).contains("Uzbekistan → Kyrgyzstan: 1").doesNotContain("China");
        assertThat(text("chart-durations")).contains("No case seized in this period has completed a stage yet");
    }

    @Test
    void a_period_without_seizures_says_so_instead_of_drawing_empty_frames() {
        login("manager");
        StatisticsView view = navigate(StatisticsView.class);
        period(view, LocalDate.of(2012, 1, 1), LocalDate.of(2012, 12, 31));

        assertThat(text("chart-months")).contains("No seizures in this period");
        assertThat(text("chart-species")).contains("No seizures in this period");
        assertThat(text("chart-routes")).contains("No routes recorded for the seizures of this period");
        assertThat(text("chart-stages")).contains("No open cases among the seizures of this period");
        assertThat(svg("chart-months")).doesNotContain("<svg");
    }

    @Test
    void a_reversed_period_is_marked_at_its_start() {
        login("manager");
        StatisticsView view = navigate(StatisticsView.class);
        view.from.setValue(LocalDate.of(2016, 6, 1));
        view.to.setValue(LocalDate.of(2016, 1, 1));

        assertThat(view.from.isInvalid()).isTrue();
    }

    @Test
    void managers_find_the_statistics_in_the_menu_and_others_do_not() {
        login("manager");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getPath)).contains("statistics");
        login("expert");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getPath)).doesNotContain("statistics");
    }

    @Test
    void no_other_role_may_open_the_statistics() {
        for (String user : List.of("officer.bishkek", "expert", "permits", "lawyer", "admin")) {
            login(user);
            assertDenied(StatisticsView.class);
        }
    }

    private static void period(StatisticsView view, LocalDate from, LocalDate to) {
        view.from.setValue(from);
        view.to.setValue(to);
    }

    /** The markup of a chart's drawings (all of them, for the routes). */
    private static String svg(String chart) {
        Div card = _get(Div.class, s -> s.withId(chart));
        StringBuilder all = new StringBuilder();
        card.getChildren().filter(c -> c.getElement().getClassList().contains("chart-svg"))
                .forEach(c -> all.append(c.getElement().getProperty("innerHTML")));
        return all.toString();
    }

    private static String text(String chart) {
        return BasicUtilsKt.get_textRecursively(_get(Div.class, s -> s.withId(chart)));
    }

    private String open(WildcaseUser officer, String seizedAt, String origin, String destination, String species)
            throws Exception {
        String json = """
                {"seizedAt": "%s", "location": "Statistics view test post", "direction": "EXPORT",
                 "transportMode": "ROAD", "route": {"origin": "%s", "destination": "%s"}, "purpose": "T",
                 "source": "W", "specimens": [{"description": "Seized", "scientificName": "%s", "term": "SKI",
                 "quantity": 1}]}""".formatted(seizedAt, origin, destination, species);
        return cases.openCase(mapper.readValue(json, Registration.class), officer);
    }
}
