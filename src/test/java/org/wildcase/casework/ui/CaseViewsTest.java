package org.wildcase.casework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.wildcase.CaseApi;
import org.wildcase.security.CurrentUser;
import org.wildcase.seizure.CaseStatus;
import org.wildcase.seizure.SeizureCases;
import org.wildcase.seizure.Stage;
import org.wildcase.ui.ViewTest;
import org.wildcase.workflow.CaseWorkflow;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The case views without a browser: each role's task list, a task form and what happens when someone else was
 * quicker, the case file with its diagram, the case list, and the managers' overview with reassigning and
 * withdrawing. Cases are registered and moved on through the REST API, as other people would.
 */
class CaseViewsTest extends ViewTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseWorkflow workflow;

    @Autowired
    SeizureCases cases;

    @Autowired
    CurrentUser currentUser;

    CaseApi api() {
        return new CaseApi(mvc);
    }

    @SuppressWarnings("unchecked")
    static <T> Grid<T> grid(String id) {
        return _get(Grid.class, s -> s.withId(id));
    }

    static <T> List<T> rows(Grid<T> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    static int row(Grid<TaskListView.Row> grid, String taskId) {
        return IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).task().taskId().equals(taskId))
                .findFirst().orElseThrow();
    }

    /** A button in a grid cell: cells are rendered on demand, so they are not in the component tree. */
    static Button button(Grid<?> grid, int row, String column, String id) {
        com.vaadin.flow.component.Component cell = GridKt._getCellComponent(grid, row, column);
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(cell), cell.getChildren())
                .filter(c -> id.equals(c.getId().orElse(null))).map(Button.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + id + " in " + column));
    }

    @Test
    void the_expert_finds_a_new_case_in_their_task_list_with_its_species_and_unit() throws Exception {
        String caseNumber = api().open("officer.bishkek", false);
        login("expert");

        navigate(TaskListView.class);

        List<TaskListView.Row> rows = rows(grid("tasks-grid"));
        TaskListView.Row row = rows.stream().filter(r -> caseNumber.equals(r.task().caseNumber())).findFirst()
                .orElseThrow();
        assertThat(row.task().taskKey()).isEqualTo("IdentifySpecies");
        assertThat(row.kase().unit()).isEqualTo("BIS");
        assertThat(row.kase().species()).containsExactly("Falco cherrug", "Panthera uncia");
        assertThat(row.task().due()).isNotNull();
    }

    @Test
    void a_customs_officer_sees_only_their_units_tasks_and_cannot_change_the_unit_filter() throws Exception {
        String caseNumber = api().open("officer.bishkek", true);

        login("officer.osh");
        TaskListView osh = navigate(TaskListView.class);
        assertThat(rows(osh.grid)).noneMatch(r -> caseNumber.equals(r.task().caseNumber()));
        assertThat(osh.unit.getValue()).isEqualTo("OSH");
        assertThat(osh.unit.isReadOnly()).isTrue();

        login("officer.bishkek");
        TaskListView bishkek = navigate(TaskListView.class);
        assertThat(rows(bishkek.grid)).anyMatch(r -> caseNumber.equals(r.task().caseNumber())
                && r.task().taskKey().equals("RecordLiveSpecimenCare"));
    }

    @Test
    void filters_narrow_the_list_by_task_unit_and_overdue() throws Exception {
        String bishkek = api().open("officer.bishkek", false);
        String osh = api().open("officer.osh", false);
        login("expert");
        TaskListView view = navigate(TaskListView.class);
        assertThat(rows(view.grid)).extracting(r -> r.task().caseNumber()).contains(bishkek, osh);

        _setValue(_get(Select.class, s -> s.withId("tasks-filter-unit")), "OSH");
        assertThat(rows(view.grid)).extracting(r -> r.task().caseNumber()).contains(osh).doesNotContain(bishkek);

        _setValue(_get(Select.class, s -> s.withId("tasks-filter-key")), "DecideDisposal");
        assertThat(GridKt._size(view.grid)).isZero();

        _setValue(_get(Select.class, s -> s.withId("tasks-filter-key")), null);
        _setValue(_get(Checkbox.class, s -> s.withId("tasks-filter-overdue")), true);
        assertThat(rows(view.grid)).extracting(r -> r.task().caseNumber()).doesNotContain(osh);

        String late = workflow.openTaskId(osh, "IdentifySpecies").orElseThrow();
        workflow.setDue(late, OffsetDateTime.now().minusHours(1));
        view.refresh();
        assertThat(rows(view.grid)).extracting(r -> r.task().caseNumber()).containsExactly(osh);
    }

    @Test
    void the_expert_claims_a_task_from_the_list_and_gives_it_back() throws Exception {
        String caseNumber = api().open("officer.bishkek", false);
        String taskId = workflow.openTaskId(caseNumber, "IdentifySpecies").orElseThrow();
        login("expert");
        TaskListView view = navigate(TaskListView.class);

        _click(button(view.grid, row(view.grid, taskId), "actions", "task-claim-" + taskId));
        assertThat(workflow.task(taskId).orElseThrow().assignee()).isEqualTo("expert");
        assertThat(rows(view.grid)).filteredOn(r -> r.task().taskId().equals(taskId))
                .extracting(r -> r.task().assignee()).containsExactly("expert");

        _click(button(view.grid, row(view.grid, taskId), "actions", "task-unclaim-" + taskId));
        assertThat(workflow.task(taskId).orElseThrow().assignee()).isNull();
    }

    @Test
    void the_release_form_completes_the_task_and_the_officer_is_back_at_their_list() throws Exception {
        String caseNumber = api().open("officer.bishkek", false);
        api().complete("expert", caseNumber, "IdentifySpecies", "{\"conclusion\": \"NO_VIOLATION\"}");
        String taskId = workflow.openTaskId(caseNumber, "ReleaseConsignment").orElseThrow();
        login("officer.bishkek");

        navigate("tasks/" + taskId);
        assertThat(BasicUtilsKt.get_text(_get(com.vaadin.flow.component.html.H2.class, s -> s.withId("task-title"))))
                .isEqualTo("Release the consignment");
        assertThat(GridKt._size(grid("task-specimens"))).isEqualTo(2);
        _setValue(_get(TextArea.class, s -> s.withId("release-note")), "Handed back to the exporter");
        _click(_get(Button.class, s -> s.withId("task-complete")));

        assertThat(currentPath()).isEqualTo("tasks");
        assertThat(cases.view(caseNumber, currentUser.require()).status()).isEqualTo(CaseStatus.RELEASED);
    }

    @Test
    void a_task_someone_else_completed_while_the_form_was_open_gives_a_notice_and_the_task_list() throws Exception {
        String caseNumber = api().open("officer.bishkek", false);
        api().complete("expert", caseNumber, "IdentifySpecies", "{\"conclusion\": \"NO_VIOLATION\"}");
        String taskId = workflow.openTaskId(caseNumber, "ReleaseConsignment").orElseThrow();
        login("officer.bishkek");
        navigate("tasks/" + taskId);
        _setValue(_get(TextArea.class, s -> s.withId("release-note")), "Released");

        // A colleague of the same unit released it through the API in the meantime.
        api().complete("officer.bishkek", caseNumber, "ReleaseConsignment", "{\"note\": \"Released first\"}");
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, s -> s.withId("task-complete")));

        assertThat(currentPath()).isEqualTo("tasks");
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .anyMatch(t -> t.contains("completed or taken by someone else"));
    }

    @Test
    void a_task_of_another_role_or_unit_cannot_be_opened() throws Exception {
        String caseNumber = api().open("officer.bishkek", true);
        String care = workflow.openTaskId(caseNumber, "RecordLiveSpecimenCare").orElseThrow();
        String identify = workflow.openTaskId(caseNumber, "IdentifySpecies").orElseThrow();

        login("officer.osh");
        navigate("tasks/" + care);
        assertThat(currentPath()).isEqualTo("tasks");

        login("lawyer");
        navigate("tasks/" + identify);
        assertThat(currentPath()).isEqualTo("tasks");
        assertThat(workflow.task(identify).orElseThrow().assignee()).isNull();
    }

    @Test
    void the_case_file_shows_the_registration_findings_timeline_and_the_diagram_at_the_expertise() throws Exception {
        String caseNumber = api().open("officer.bishkek", false);
        login("expert");

        navigate("cases/" + caseNumber);

        assertThat(BasicUtilsKt.get_text(_get(com.vaadin.flow.component.html.Span.class,
                s -> s.withId("case-status")))).contains("Open").contains("Expertise");
        assertThat(BasicUtilsKt.get_text(_get(com.vaadin.flow.component.html.Span.class,
                s -> s.withId("case-location")))).isNotBlank();
        assertThat(GridKt._size(grid("case-specimens"))).isEqualTo(2);
        assertThat(GridKt._size(grid("case-history"))).isGreaterThanOrEqualTo(2);
        assertThat(GridKt._size(grid("case-open-tasks"))).isEqualTo(1);
        String svg = _get(Div.class, s -> s.withId("case-diagram")).getElement().getProperty("innerHTML");
        assertThat(svg).startsWith("<svg").contains("data-element-id=\"IdentifySpecies\"");
        assertThat(svg).containsPattern("class=\"[^\"]*\\bactive\\b\" data-element-id=\"IdentifySpecies\"");
        assertThat(_find(Button.class, s -> s.withId("case-withdraw"))).as("only managers withdraw").isEmpty();
    }

    @Test
    void the_case_file_offers_to_open_only_the_tasks_the_reader_may_work_on() throws Exception {
        String caseNumber = api().open("officer.bishkek", false);
        String identify = workflow.openTaskId(caseNumber, "IdentifySpecies").orElseThrow();

        login("officer.bishkek");
        navigate("cases/" + caseNumber);
        Grid<Object> tasks = grid("case-open-tasks");
        assertThat(GridKt._getCellComponent(tasks, 0, "open")).as("the expert's task, for an officer")
                .isNotInstanceOf(Button.class);
        assertThat(GridKt._getFormattedRow(tasks, 0)).contains("CITES expert");

        login("expert");
        navigate("cases/" + caseNumber);
        assertThat(GridKt._getCellComponent(grid("case-open-tasks"), 0, "open").getId())
                .hasValue("case-task-open-" + identify);
    }

    @Test
    void another_units_officer_and_a_lawyer_before_legal_handling_get_no_case_file() throws Exception {
        String caseNumber = api().open("officer.bishkek", false);

        login("officer.osh");
        navigate("cases/" + caseNumber);
        assertThat(currentPath()).isEqualTo("cases");
        assertThat(_find(Div.class, s -> s.withId("case-diagram"))).isEmpty();

        login("lawyer");
        navigate("cases/" + caseNumber);
        assertThat(currentPath()).isEqualTo("cases");
    }

    @Test
    void the_case_list_is_searched_by_case_number_and_shows_only_what_the_user_may_see() throws Exception {
        String bishkek = api().open("officer.bishkek", false);
        String osh = api().open("officer.osh", false);

        login("officer.osh");
        CaseListView own = navigate(CaseListView.class);
        assertThat(rows(own.list.grid)).extracting(c -> c.caseNumber()).contains(osh).doesNotContain(bishkek);

        login("manager");
        CaseListView all = navigate(CaseListView.class);
        _setValue(_get(TextField.class, s -> s.withId("cases-search")), bishkek);
        assertThat(rows(all.list.grid)).extracting(c -> c.caseNumber()).containsExactly(bishkek);
    }

    @Test
    void only_managers_open_the_overview_and_nobody_without_a_case_role_sees_tasks_or_cases() {
        for (String user : List.of("officer.bishkek", "expert", "lawyer", "permits", "admin")) {
            login(user);
            assertDenied(OverviewView.class);
        }
        login("admin");
        assertDenied(TaskListView.class);
        assertDenied(CaseListView.class);
        login("permits");
        assertDenied(CaseListView.class);
    }

    @Test
    void the_manager_sees_open_cases_per_stage_and_unit() throws Exception {
        api().open("officer.bishkek", false);
        api().open("officer.bishkek", false);
        api().open("officer.osh", false);
        long bishkekAtExpertise = cases.openCasesPerStage(new org.wildcase.security.WildcaseUser("m",
                java.util.Set.of("manager"), null)).stream().filter(c -> c.unit().equals("BIS")
                        && c.stage() == Stage.EXPERTISE).mapToLong(c -> c.cases()).sum();
        login("manager");

        OverviewView view = navigate(OverviewView.class);

        OverviewView.StageRow expertise = rows(view.counts).stream().filter(r -> r.stage() == Stage.EXPERTISE)
                .findFirst().orElseThrow();
        assertThat(expertise.perUnit().get("BIS")).isEqualTo(bishkekAtExpertise).isGreaterThanOrEqualTo(2);
        assertThat(expertise.total()).isEqualTo(expertise.perUnit().values().stream().mapToLong(Long::longValue)
                .sum());
        assertThat(view.counts.getColumnByKey("unit-OSH")).isNotNull();
    }

    @Test
    void the_manager_reassigns_an_overdue_task_to_a_person_of_the_right_role() throws Exception {
        String caseNumber = api().open("officer.bishkek", false);
        String taskId = workflow.openTaskId(caseNumber, "IdentifySpecies").orElseThrow();
        workflow.setDue(taskId, OffsetDateTime.now().minusDays(1));
        login("manager");
        OverviewView view = navigate(OverviewView.class);
        assertThat(rows(view.overdueTasks)).extracting(t -> t.taskId()).contains(taskId);

        int row = IntStream.range(0, GridKt._size(view.overdueTasks))
                .filter(i -> GridKt._get(view.overdueTasks, i).taskId().equals(taskId)).findFirst().orElseThrow();
        _click(button(view.overdueTasks, row, "reassign", "reassign-" + taskId));
        @SuppressWarnings("unchecked")
        ComboBox<String> to = _get(ComboBox.class, s -> s.withId("reassign-to"));
        assertThat(to.getListDataView().getItems().toList()).containsExactly("expert");
        _click(_get(Button.class, s -> s.withId("reassign-confirm")));
        assertThat(to.isInvalid()).as("no one chosen").isTrue();

        _setValue(to, "expert");
        _click(_get(Button.class, s -> s.withId("reassign-confirm")));
        assertThat(workflow.task(taskId).orElseThrow().assignee()).isEqualTo("expert");
    }

    @Test
    void the_manager_sees_overdue_cases_with_why_also_when_no_task_is_late() throws Exception {
        String caseNumber = api().open("officer.bishkek", true);
        cases.markOverdue(cases.ref(caseNumber).id(), "WELFARE_CHECK_DUE");
        login("manager");

        OverviewView view = navigate(OverviewView.class);

        assertThat(rows(view.overdueCases)).filteredOn(o -> o.kase().caseNumber().equals(caseNumber))
                .extracting(OverviewView.OverdueCase::reasons).containsExactly(List.of("WELFARE_CHECK_DUE"));
        assertThat(rows(view.overdueTasks)).extracting(t -> t.caseNumber()).doesNotContain(caseNumber);
        navigate("cases/" + caseNumber);
        assertThat(BasicUtilsKt.get_text(_get(com.vaadin.flow.component.html.Span.class,
                s -> s.withId("case-overdue")))).contains("welfare check of live specimens due");
    }

    @Test
    void the_manager_withdraws_a_case_from_its_file_and_a_reason_is_required() throws Exception {
        String caseNumber = api().open("officer.bishkek", true);
        login("manager");
        navigate("cases/" + caseNumber);

        _click(_get(Button.class, s -> s.withId("case-withdraw")));
        _click(_get(Button.class, s -> s.withId("withdraw-confirm")));
        TextArea reason = _get(TextArea.class, s -> s.withId("withdraw-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isNotBlank();
        assertThat(workflow.openTasks(caseNumber)).isNotEmpty();

        _setValue(reason, "Registered twice by mistake");
        _click(_get(Button.class, s -> s.withId("withdraw-confirm")));

        assertThat(BasicUtilsKt.get_text(_get(com.vaadin.flow.component.html.Span.class,
                s -> s.withId("case-status")))).contains("Withdrawn");
        assertThat(workflow.openTasks(caseNumber)).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("case-withdraw"))).isEmpty();
    }

    @Test
    void the_case_views_speak_russian() throws Exception {
        String caseNumber = api().open("officer.bishkek", false);
        login("manager");
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("ru"));

        navigate("cases/" + caseNumber);
        assertThat(BasicUtilsKt.get_text(_get(com.vaadin.flow.component.html.H2.class, s -> s.withId("case-title"))))
                .isEqualTo("Дело " + caseNumber);
        assertThat(BasicUtilsKt.get_text(_get(com.vaadin.flow.component.html.Span.class,
                s -> s.withId("case-status")))).startsWith("Открыто · Экспертиза · Отдел портового контроля Бишкек");
        assertThat(BasicUtilsKt.get_text(_get(com.vaadin.flow.component.html.Span.class,
                s -> s.withId("case-direction")))).isEqualTo("Экспорт");
        // The findings' explanations too, not the API's English message.
        Grid<Object> findings = grid("case-findings");
        String explanations = IntStream.range(0, GridKt._size(findings))
                .mapToObj(i -> String.join(" ", GridKt._getFormattedRow(findings, i))).collect(
                        java.util.stream.Collectors.joining("\n"));
        assertThat(explanations).contains("нужен документ: разрешение на экспорт").doesNotContain("needs", "none covers");
        // And the history, recorded as words with their values.
        Grid<Object> history = grid("case-history");
        assertThat(GridKt._getFormattedRow(history, 0)).anyMatch(c -> c.startsWith("Дело зарегистрировано: строк образцов — 2"));
        assertThat(GridKt._getFormattedRow(history, 1)).anyMatch(c -> c.startsWith("Предварительная проверка СИТЕС"));

        OverviewView overview = navigate(OverviewView.class);
        assertThat(overview.counts.getColumns().get(0).getHeaderText()).isEqualTo("Этап");
    }
}
