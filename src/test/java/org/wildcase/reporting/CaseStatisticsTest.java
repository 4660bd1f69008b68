package org.wildcase.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.wildcase.WildcaseTest;
import org.wildcase.api.InvalidInputException;
import org.wildcase.security.Roles;
import org.wildcase.security.WildcaseUser;
import org.wildcase.casework.CaseTasks;
import org.wildcase.seizure.Registration;
import org.wildcase.seizure.SeizureCases;
import org.wildcase.seizure.Stage;
import org.wildcase.workflow.CaseWorkflow;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The managers' figures over cases taken through the real flow. The cases are seized in 2014 and 2015, a period no
 * other test uses, so the shared database's other cases stay out of the figures; overdue tasks (a present state) are
 * compared with the count before.
 */
@WildcaseTest
class CaseStatisticsTest {

    static final WildcaseUser BISHKEK = new WildcaseUser("officer.bishkek", Set.of(Roles.CUSTOMS_OFFICER), "BIS");
    static final WildcaseUser OSH = new WildcaseUser("officer.osh", Set.of(Roles.CUSTOMS_OFFICER), "OSH");
    static final WildcaseUser EXPERT = new WildcaseUser("expert", Set.of(Roles.CITES_EXPERT), null);
    static final WildcaseUser MANAGER = new WildcaseUser("manager", Set.of(Roles.MANAGER), null);
    static final CaseStatistics.Filter FIRST_HALF_2015 = new CaseStatistics.Filter(null, LocalDate.of(2015, 1, 1),
            LocalDate.of(2015, 6, 30));

    private static boolean loaded;
    private static String waiting;

    @Autowired
    CaseStatistics statistics;
    @Autowired
    SeizureCases cases;
    @Autowired
    CaseTasks tasks;
    @Autowired
    CaseWorkflow workflow;
    @Autowired
    ObjectMapper mapper;

    @BeforeEach
    void cases() throws Exception {
        if (loaded) {
            return;
        }
        String legal = open(BISHKEK, "2015-01-10T10:00:00+06:00", "KG", "AE", "Falco cherrug");
        complete(legal, "IdentifySpecies", "{\"conclusion\": \"VIOLATION\"}");
        String release = open(BISHKEK, "2015-01-20T10:00:00+06:00", "KG", "CN", "Saiga tatarica", "Falco cherrug");
        complete(release, "IdentifySpecies", "{\"conclusion\": \"NO_VIOLATION\", \"opinion\": \"In order\"}");
        // Late on 31 March in Bishkek is still March there, though it is 17:30 UTC.
        waiting = open(BISHKEK, "2015-03-31T23:30:00+06:00", "KG", "CN", "Saiga tatarica");
        // Early on 1 April in Bishkek is April there, though it is still 31 March in UTC.
        open(OSH, "2015-04-01T01:00:00+06:00", "UZ", "KG", "Testudo horsfieldii");
        // 31 December 2014 in Bishkek: before the period.
        open(BISHKEK, "2014-12-31T23:00:00+06:00", "KG", "CN", "Panthera uncia");
        cases.backdateStages(legal, List.of(Duration.ofDays(2)));
        cases.backdateStages(release, List.of(Duration.ofDays(4)));
        loaded = true;
    }

    @Test
    void seizures_are_counted_per_month_of_the_seizure_date_at_home_with_empty_months_as_zero() {
        assertThat(statistics.seizuresPerMonth(FIRST_HALF_2015, MANAGER))
                .extracting(CaseStatistics.MonthCount::month, CaseStatistics.MonthCount::cases)
                .containsExactly(tuple(YearMonth.of(2015, 1), 2L), tuple(YearMonth.of(2015, 2), 0L),
                        tuple(YearMonth.of(2015, 3), 1L), tuple(YearMonth.of(2015, 4), 1L),
                        tuple(YearMonth.of(2015, 5), 0L), tuple(YearMonth.of(2015, 6), 0L));
    }

    @Test
    void the_unit_filter_keeps_one_units_cases() {
        CaseStatistics.Filter osh = new CaseStatistics.Filter("OSH", FIRST_HALF_2015.from(), FIRST_HALF_2015.to());
        assertThat(statistics.seizuresPerMonth(osh, MANAGER)).extracting(CaseStatistics.MonthCount::cases)
                .containsExactly(0L, 0L, 0L, 1L, 0L, 0L);
        assertThat(statistics.topSpecies(osh, MANAGER)).extracting(CaseStatistics.SpeciesCount::scientificName)
                .containsExactly("Testudo horsfieldii");
        assertThat(statistics.routes(osh, MANAGER).pairs()).extracting(CaseStatistics.RouteCount::origin,
                CaseStatistics.RouteCount::destination, CaseStatistics.RouteCount::cases)
                .containsExactly(tuple("UZ", "KG", 1L));
        assertThat(statistics.openCasesPerStage(osh, MANAGER)).extracting(CaseStatistics.StageCount::cases)
                .containsExactly(1L, 0L, 0L, 0L, 0L);
    }

    @Test
    void the_period_starts_and_ends_at_midnight_at_home() {
        CaseStatistics.Filter december = new CaseStatistics.Filter(null, LocalDate.of(2014, 12, 31),
                LocalDate.of(2014, 12, 31));
        assertThat(statistics.seizuresPerMonth(december, MANAGER)).extracting(CaseStatistics.MonthCount::cases)
                .containsExactly(1L);
        CaseStatistics.Filter lastOfMarch = new CaseStatistics.Filter(null, LocalDate.of(2015, 3, 31),
                LocalDate.of(2015, 3, 31));
        assertThat(statistics.topSpecies(lastOfMarch, MANAGER)).extracting(CaseStatistics.SpeciesCount::scientificName)
                .containsExactly("Saiga tatarica");
    }

    @Test
    void top_species_rank_by_cases_then_lines_with_the_common_name_of_the_list() {
        List<CaseStatistics.SpeciesCount> top = statistics.topSpecies(FIRST_HALF_2015, MANAGER);
        assertThat(top).extracting(CaseStatistics.SpeciesCount::scientificName, CaseStatistics.SpeciesCount::cases,
                CaseStatistics.SpeciesCount::lines).containsExactly(tuple("Falco cherrug", 2L, 2L),
                        tuple("Saiga tatarica", 2L, 2L), tuple("Testudo horsfieldii", 1L, 1L));
        assertThat(top.get(0).commonName(Locale.ENGLISH)).contains("Saker falcon");
        assertThat(top.get(0).commonName(Locale.forLanguageTag("ru"))).contains("Балобан");
    }

    @Test
    void open_cases_are_counted_per_stage_in_the_order_of_the_flow() {
        assertThat(statistics.openCasesPerStage(FIRST_HALF_2015, MANAGER))
                .extracting(CaseStatistics.StageCount::stage, CaseStatistics.StageCount::cases)
                .containsExactly(tuple(Stage.EXPERTISE, 2L), tuple(Stage.AWAITING_INFORMATION, 0L),
                        tuple(Stage.RELEASE, 1L), tuple(Stage.LEGAL, 1L), tuple(Stage.DISPOSAL, 0L));
    }

    @Test
    void the_average_time_per_stage_counts_the_stage_periods_that_ended() {
        assertThat(statistics.averageTimePerStage(FIRST_HALF_2015, MANAGER))
                .extracting(CaseStatistics.StageTime::stage, CaseStatistics.StageTime::averageDays,
                        CaseStatistics.StageTime::periods)
                .containsExactly(tuple(Stage.EXPERTISE, 3.0, 2L), tuple(Stage.AWAITING_INFORMATION, 0.0, 0L),
                        tuple(Stage.RELEASE, 0.0, 0L), tuple(Stage.LEGAL, 0.0, 0L), tuple(Stage.DISPOSAL, 0.0, 0L));
        CaseStatistics.Filter bishkekJanuary = new CaseStatistics.Filter("BIS", LocalDate.of(2015, 1, 1),
                LocalDate.of(2015, 1, 15));
        assertThat(statistics.averageTimePerStage(bishkekJanuary, MANAGER).get(0).averageDays()).isEqualTo(2.0);
    }

    @Test
    void routes_give_the_top_pairs_and_the_countries_of_origin_and_destination() {
        CaseStatistics.Routes routes = statistics.routes(FIRST_HALF_2015, MANAGER);
        assertThat(routes.pairs()).extracting(CaseStatistics.RouteCount::origin,
                CaseStatistics.RouteCount::destination, CaseStatistics.RouteCount::cases)
                .containsExactly(tuple("KG", "CN", 2L), tuple("KG", "AE", 1L), tuple("UZ", "KG", 1L));
        assertThat(routes.origins()).extracting(CaseStatistics.CountryCount::country,
                CaseStatistics.CountryCount::cases).containsExactly(tuple("KG", 3L), tuple("UZ", 1L));
        assertThat(routes.destinations()).extracting(CaseStatistics.CountryCount::country,
                CaseStatistics.CountryCount::cases).containsExactly(tuple("CN", 2L), tuple("AE", 1L),
                        tuple("KG", 1L));
    }

    @Test
    void overdue_tasks_are_counted_per_role_they_are_offered_to_and_per_unit() {
        CaseStatistics.Filter bishkek = new CaseStatistics.Filter("BIS", null, null);
        CaseStatistics.Filter osh = new CaseStatistics.Filter("OSH", null, null);
        long allBefore = expertTasks(CaseStatistics.Filter.all());
        long bishkekBefore = expertTasks(bishkek);
        long oshBefore = expertTasks(osh);
        String task = workflow.openTaskId(waiting, "IdentifySpecies").orElseThrow();
        workflow.setDue(task, OffsetDateTime.now().minusDays(1));
        assertThat(statistics.overdueTasksPerRole(CaseStatistics.Filter.all(), MANAGER))
                .extracting(CaseStatistics.RoleCount::role)
                .contains(Roles.CUSTOMS_OFFICER, Roles.CITES_EXPERT, Roles.LEGAL_OFFICER);
        assertThat(expertTasks(CaseStatistics.Filter.all())).isEqualTo(allBefore + 1);
        assertThat(expertTasks(bishkek)).isEqualTo(bishkekBefore + 1);
        assertThat(expertTasks(osh)).isEqualTo(oshBefore);
        workflow.setDue(task, OffsetDateTime.now().plusDays(10));
    }

    @Test
    void a_period_without_cases_has_zero_months_and_no_species_or_routes() {
        CaseStatistics.Filter empty = new CaseStatistics.Filter(null, LocalDate.of(2013, 1, 1),
                LocalDate.of(2013, 3, 31));
        assertThat(statistics.seizuresPerMonth(empty, MANAGER)).extracting(CaseStatistics.MonthCount::cases)
                .containsExactly(0L, 0L, 0L);
        assertThat(statistics.topSpecies(empty, MANAGER)).isEmpty();
        assertThat(statistics.routes(empty, MANAGER).isEmpty()).isTrue();
        assertThat(statistics.averageTimePerStage(empty, MANAGER)).allMatch(t -> t.periods() == 0);
    }

    @Test
    void the_default_period_is_the_last_twelve_months_and_a_reversed_one_is_refused() {
        CaseStatistics.Filter resolved = statistics.resolve(CaseStatistics.Filter.all());
        assertThat(resolved.to()).isEqualTo(LocalDate.now(java.time.ZoneId.of("Asia/Bishkek")));
        assertThat(resolved.from()).isEqualTo(resolved.to().withDayOfMonth(1).minusMonths(11));
        assertThat(statistics.seizuresPerMonth(CaseStatistics.Filter.all(), MANAGER)).hasSize(12);
        assertThatThrownBy(() -> statistics.resolve(new CaseStatistics.Filter(null, LocalDate.of(2015, 2, 1),
                LocalDate.of(2015, 1, 1)))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void only_managers_see_the_statistics() {
        assertThatThrownBy(() -> statistics.seizuresPerMonth(FIRST_HALF_2015, EXPERT))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> statistics.overdueTasksPerRole(FIRST_HALF_2015, BISHKEK))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long expertTasks(CaseStatistics.Filter filter) {
        return statistics.overdueTasksPerRole(filter, MANAGER).stream()
                .filter(r -> r.role().equals(Roles.CITES_EXPERT)).findFirst().orElseThrow().tasks();
    }

    private String open(WildcaseUser officer, String seizedAt, String origin, String destination, String... species)
            throws Exception {
        StringBuilder lines = new StringBuilder();
        for (String name : species) {
            lines.append(lines.isEmpty() ? "" : ",").append("""
                    {"description": "Seized", "scientificName": "%s", "term": "SKI", "quantity": 1}""".formatted(name));
        }
        String json = """
                {"seizedAt": "%s", "location": "Statistics test post", "direction": "EXPORT", "transportMode": "ROAD",
                 "route": {"origin": "%s", "destination": "%s"}, "purpose": "T", "source": "W",
                 "specimens": [%s]}""".formatted(seizedAt, origin, destination, lines);
        return cases.openCase(mapper.readValue(json, Registration.class), officer);
    }

    private void complete(String caseNumber, String taskKey, String body) throws Exception {
        String taskId = workflow.openTaskId(caseNumber, taskKey).orElseThrow();
        tasks.complete(taskId, org.wildcase.api.TaskBody.json(mapper, body), EXPERT);
    }
}
