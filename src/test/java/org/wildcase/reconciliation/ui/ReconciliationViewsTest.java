package org.wildcase.reconciliation.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.wildcase.permit.DocumentType;
import org.wildcase.permit.PermitRegister;
import org.wildcase.permit.PermitRegistration;
import org.wildcase.reconciliation.DiscrepancyCode;
import org.wildcase.reconciliation.Reconciliations;
import org.wildcase.reconciliation.Reconciliations.DecisionKind;
import org.wildcase.reconciliation.Reconciliations.DiscrepancyView;
import org.wildcase.reconciliation.Reconciliations.RunSummary;
import org.wildcase.security.Roles;
import org.wildcase.security.WildcaseUser;
import org.wildcase.species.Purpose;
import org.wildcase.species.Source;
import org.wildcase.ui.ViewTest;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;

/**
 * Reconciling a month of exports in the views: importing a file through the upload, a refused file's row errors,
 * deciding discrepancies (accepted with a reason, a case opened in a customs unit), the review task from My tasks,
 * and who may see what.
 */
class ReconciliationViewsTest extends ViewTest {

    private static final ZoneId HOME = ZoneId.of("Asia/Bishkek");
    private static final AtomicInteger SEQ = new AtomicInteger();
    static final WildcaseUser PERMITS = new WildcaseUser("permits", Set.of(Roles.PERMIT_OFFICER), null);

    @Autowired
    PermitRegister register;

    @Autowired
    Reconciliations reconciliations;

    @Autowired
    org.wildcase.casework.CaseTasks caseTasks;

    /** The import panel's default period: the previous calendar month. */
    static LocalDate periodStart() {
        return LocalDate.now(HOME).withDayOfMonth(1).minusMonths(1);
    }

    static String unique(String prefix) {
        return prefix + SEQ.incrementAndGet() + "-" + System.nanoTime() % 1_000_000;
    }

    /** A permit for four live saker falcons, issued before the period. */
    String permit() {
        String number = unique("KG/RC/");
        register.record(new PermitRegistration(number, DocumentType.EXPORT_PERMIT, periodStart().minusDays(10), null,
                null, "Sokol Trade LLC", "KG", "KG-S-77", Purpose.T, List.of(
                        new PermitRegistration.Line("Falco cherrug", "LIV", new BigDecimal("4"), null, Source.C))),
                "permits");
        return number;
    }

    /**
     * Four records: one in order, one citing no permit, one citing a number not in the register, one exceeding its
     * permit's quantity; so three discrepancies.
     */
    byte[] goodFile() {
        String ok = permit();
        String exceeded = permit();
        String d = unique("DEC-");
        LocalDate day = periodStart().plusDays(4);
        return ("declaration_number,date,exporter,permit_number,scientific_name,term,quantity,unit,"
                + "country_of_destination\n"
                + d + "-1," + day + ",Sokol Trade LLC," + ok + ",Falco cherrug,LIV,2,,AE\n"
                + d + "-2," + day + ",Sokol Trade LLC,,Falco cherrug,LIV,1,,AE\n"
                + d + "-3," + day.plusDays(1) + ",Sokol Trade LLC," + unique("KG/NONE/")
                + ",Falco cherrug,LIV,1,,AE\n"
                + d + "-4," + day.plusDays(2) + ",Sokol Trade LLC," + exceeded + ",Falco cherrug,LIV,9,,AE\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Line 3 has a quantity of 0, line 4 no date. */
    byte[] badFile() {
        LocalDate day = periodStart().plusDays(4);
        return ("declaration_number,date,exporter,permit_number,scientific_name,term,quantity,unit,"
                + "country_of_destination\n"
                + "BAD-1," + day + ",Sokol Trade LLC,KG/X/1,Falco cherrug,LIV,2,,AE\n"
                + "BAD-2," + day + ",Sokol Trade LLC,KG/X/1,Falco cherrug,LIV,0,,AE\n"
                + "BAD-3,,Sokol Trade LLC,KG/X/1,Falco cherrug,LIV,1,,AE\n").getBytes(StandardCharsets.UTF_8);
    }

    static <C extends Component> C byId(Class<C> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }

    static String text(Component c) {
        return BasicUtilsKt.get_textRecursively(c);
    }

    @SuppressWarnings("unchecked")
    static Grid<DiscrepancyView> discrepancyGrid() {
        return _get(Grid.class, spec -> spec.withId("recon-discrepancies-grid"));
    }

    @SuppressWarnings("unchecked")
    static Grid<RunSummary> runsGrid() {
        return _get(Grid.class, spec -> spec.withId("recon-runs-grid"));
    }

    static <T> List<T> rows(Grid<T> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    /** A component by id within a grid cell: cells are rendered on demand, so they are not in the component tree. */
    static java.util.Optional<Component> inCell(Grid<?> grid, int row, String column, String id) {
        return descendants(GridKt._getCellComponent(grid, row, column))
                .filter(c -> id.equals(c.getId().orElse(null))).findFirst();
    }

    static java.util.stream.Stream<Component> descendants(Component c) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(c),
                c.getChildren().flatMap(ReconciliationViewsTest::descendants));
    }

    /** The component with this id in any row of a grid's column. */
    static Component cellWithId(Grid<?> grid, String column, String id) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> inCell(grid, i, column, id))
                .flatMap(java.util.Optional::stream).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in column " + column));
    }

    static String t(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }

    /** Uploads a file in the runs view and presses Import, as the person signed in. */
    void importThroughTheView(String fileName, byte[] content) {
        navigate(RunsView.class);
        UploadKt._upload(byId(Upload.class, "recon-upload"), fileName, "text/csv", content);
        _click(byId(Button.class, "recon-import"));
    }

    /** Imports a good file as the permit officer and returns its run, now shown. */
    RunSummary imported() {
        login("permits");
        long before = runs();
        importThroughTheView("october.csv", goodFile());
        assertThat(runs()).isEqualTo(before + 1);
        RunView view = (RunView) UI.getCurrent().getCurrentView();
        return view.run;
    }

    long runs() {
        return reconciliations.runs(PERMITS, PageRequest.of(0, 1)).getTotalElements();
    }

    static DiscrepancyView row(DiscrepancyCode code) {
        return rows(discrepancyGrid()).stream().filter(d -> d.code() == code).findFirst()
                .orElseThrow(() -> new AssertionError(code + " is not in the grid"));
    }

    @Test
    void a_permit_officer_imports_a_file_and_sees_its_discrepancies() {
        RunSummary run = imported();

        assertThat(currentPath()).isEqualTo("reconciliations/" + run.number());
        assertThat(run.records()).isEqualTo(4);
        assertThat(rows(discrepancyGrid())).extracting(DiscrepancyView::code).containsExactlyInAnyOrder(
                DiscrepancyCode.RECORD_WITHOUT_PERMIT_NUMBER, DiscrepancyCode.PERMIT_NOT_IN_REGISTER,
                DiscrepancyCode.QUANTITY_EXCEEDS_PERMIT);
        assertThat(row(DiscrepancyCode.RECORD_WITHOUT_PERMIT_NUMBER).record().line()).isEqualTo(3);
        assertThat(text(GridKt._getCellComponent(discrepancyGrid(), 0, "code")))
                .contains(t("discrepancy.code." + GridKt._get(discrepancyGrid(), 0).code().name()))
                .contains(GridKt._get(discrepancyGrid(), 0).code().name());
        assertThat(text(byId(Div.class, "recon-run-summary"))).contains("october.csv").contains("Under review");
        assertThat(byId(Button.class, "recon-accept").isVisible()).isTrue();
        assertThat(byId(Button.class, "recon-open-cases").isVisible()).isTrue();

        navigate(RunsView.class);
        assertThat(rows(runsGrid())).extracting(RunSummary::number).contains(run.number());
    }

    @Test
    void the_templates_can_be_downloaded_and_the_columns_are_listed() {
        login("officer.bishkek");
        navigate(RunsView.class);
        assertThat(byId(Anchor.class, "recon-template-csv").getHref()).isNotBlank();
        assertThat(byId(Anchor.class, "recon-template-xlsx").getHref()).isNotBlank();
        assertThat(text(byId(com.vaadin.flow.component.html.Span.class, "recon-columns")))
                .contains("declaration_number").contains("country_of_destination");
    }

    @Test
    void a_bad_file_lists_its_row_errors_and_stores_nothing() {
        login("permits");
        long before = runs();
        importThroughTheView("bad.csv", badFile());

        assertThat(currentPath()).isEqualTo("reconciliations");
        String errors = text(byId(Div.class, "recon-import-errors"));
        assertThat(errors).contains("Line 3 · quantity").contains("Line 4 · date");
        assertThat(runs()).isEqualTo(before);
    }

    @Test
    void accepting_without_a_reason_shows_the_error_at_the_reason_field() {
        imported();
        discrepancyGrid().select(row(DiscrepancyCode.RECORD_WITHOUT_PERMIT_NUMBER));
        _click(byId(Button.class, "recon-accept"));
        _click(byId(Button.class, "recon-accept-confirm"));

        TextArea reason = byId(TextArea.class, "recon-accept-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("is required");
        assertThat(row(DiscrepancyCode.RECORD_WITHOUT_PERMIT_NUMBER).decision()).isNull();
    }

    @Test
    void accepting_with_a_reason_decides_the_discrepancy() {
        RunSummary run = imported();
        discrepancyGrid().select(row(DiscrepancyCode.RECORD_WITHOUT_PERMIT_NUMBER));
        _click(byId(Button.class, "recon-accept"));
        _setValue(byId(TextArea.class, "recon-accept-reason"), "Personal pet, exempt under Art. VII(3)");
        NotificationsKt.clearNotifications();
        _click(byId(Button.class, "recon-accept-confirm"));

        NotificationsKt.expectNotifications(t("recon.decided.accepted", 1));
        _assertNone(TextArea.class, spec -> spec.withId("recon-accept-reason"));
        DiscrepancyView decided = reconciliations.discrepancies(run.number(), Reconciliations.DiscrepancyFilter.ALL,
                PERMITS, PageRequest.of(0, 50)).stream()
                .filter(d -> d.code() == DiscrepancyCode.RECORD_WITHOUT_PERMIT_NUMBER).findFirst().orElseThrow();
        assertThat(decided.decision()).isEqualTo(DecisionKind.ACCEPTED);
        assertThat(decided.reason()).isEqualTo("Personal pet, exempt under Art. VII(3)");
        // "Undecided only" is on while the run is under review: the decided one left the list.
        assertThat(rows(discrepancyGrid())).extracting(DiscrepancyView::code)
                .doesNotContain(DiscrepancyCode.RECORD_WITHOUT_PERMIT_NUMBER).hasSize(2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_permit_officer_opens_a_case_in_bishkek_from_a_discrepancy() {
        RunSummary run = imported();
        DiscrepancyView exceeded = row(DiscrepancyCode.QUANTITY_EXCEEDS_PERMIT);
        discrepancyGrid().select(exceeded);
        _click(byId(Button.class, "recon-open-cases"));
        Select<String> unit = byId(Select.class, "recon-case-unit");
        assertThat(unit.getListDataView().getItems().toList()).contains("BIS", "OSH");
        _setValue(unit, "BIS");
        NotificationsKt.clearNotifications();
        _click(byId(Button.class, "recon-case-confirm"));

        DiscrepancyView decided = reconciliations.discrepancies(run.number(), Reconciliations.DiscrepancyFilter.ALL,
                PERMITS, PageRequest.of(0, 50)).stream().filter(d -> d.id().equals(exceeded.id())).findFirst()
                .orElseThrow();
        assertThat(decided.decision()).isEqualTo(DecisionKind.CASE_OPENED);
        assertThat(decided.caseNumber()).startsWith("BIS-");
        NotificationsKt.expectNotifications(t("recon.decided.case", decided.caseNumber()));

        _setValue(byId(com.vaadin.flow.component.checkbox.Checkbox.class, "recon-filter-undecided"), false);
        // Permit officers do not read case files, so they see the number without a link.
        Component shown = cellWithId(discrepancyGrid(), "decision", "recon-case-" + decided.id());
        assertThat(text(shown)).isEqualTo(decided.caseNumber());

        // A manager reads case files: the number links to it.
        login("manager");
        navigate("reconciliations/" + run.number());
        _setValue(byId(com.vaadin.flow.component.checkbox.Checkbox.class, "recon-filter-undecided"), false);
        Anchor link = (Anchor) cellWithId(discrepancyGrid(), "decision", "recon-case-" + decided.id());
        assertThat(link.getHref()).isEqualTo("cases/" + decided.caseNumber());
    }

    @Test
    void a_review_someone_else_took_meanwhile_gives_a_notice_and_the_run_as_it_is_now() {
        RunSummary run = imported();
        caseTasks.claim(run.reviewTaskId(), new WildcaseUser("permits.colleague", Set.of(Roles.PERMIT_OFFICER), null));
        discrepancyGrid().select(row(DiscrepancyCode.RECORD_WITHOUT_PERMIT_NUMBER));
        _click(byId(Button.class, "recon-accept"));
        _setValue(byId(TextArea.class, "recon-accept-reason"), "Checked");
        NotificationsKt.clearNotifications();
        _click(byId(Button.class, "recon-accept-confirm"));

        NotificationsKt.expectNotifications(t("recon.conflict"));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(RunView.class);
        _assertNone(TextArea.class, spec -> spec.withId("recon-accept-reason"));
        assertThat(row(DiscrepancyCode.RECORD_WITHOUT_PERMIT_NUMBER).decision()).isNull();
    }

    @Test
    void deciding_every_discrepancy_completes_the_run() {
        RunSummary run = imported();
        rows(discrepancyGrid()).forEach(discrepancyGrid()::select);
        _click(byId(Button.class, "recon-accept"));
        _setValue(byId(TextArea.class, "recon-accept-reason"), "Checked with the exporter");
        NotificationsKt.clearNotifications();
        _click(byId(Button.class, "recon-accept-confirm"));

        NotificationsKt.expectNotifications(t("recon.decided.accepted", 3), t("recon.run.completedNow", run.number()));
        assertThat(reconciliations.run(run.number(), PERMITS).status()).isEqualTo(Reconciliations.RunStatus.COMPLETED);
        assertThat(text(byId(Div.class, "recon-run-summary"))).contains(t("recon.run.completed"));
        _assertNone(Button.class, spec -> spec.withId("recon-accept"));
    }

    @Test
    void the_review_task_in_my_tasks_leads_to_the_run() {
        RunSummary run = imported();
        String taskId = reconciliations.run(run.number(), PERMITS).reviewTaskId();
        assertThat(taskId).isNotNull();

        navigate("tasks");
        Button open = (Button) cellWithId(_get(Grid.class, spec -> spec.withId("tasks-grid")), "actions",
                "task-open-" + taskId);
        _click(open);
        assertThat(currentPath()).isEqualTo("reconciliations/" + run.number());

        navigate("tasks/" + taskId);
        assertThat(currentPath()).isEqualTo("reconciliations/" + run.number());
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(RunView.class);
    }

    @Test
    void a_customs_officer_of_osh_cannot_see_a_run_imported_in_bishkek() {
        login("officer.bishkek");
        importThroughTheView("bishkek.csv", goodFile());
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(RunView.class);
        String number = ((RunView) UI.getCurrent().getCurrentView()).run.number();

        login("officer.osh");
        navigate(RunsView.class);
        assertThat(rows(runsGrid())).extracting(RunSummary::number).doesNotContain(number);
        NotificationsKt.clearNotifications();
        UI.getCurrent().navigate("reconciliations/" + number);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(RunsView.class);
        NotificationsKt.expectNotifications(t("recon.notfound", number));
    }

    @Test
    void the_expert_the_lawyer_and_the_admin_are_denied_the_views() {
        for (String user : List.of("expert", "lawyer", "admin")) {
            login(user);
            assertDenied(RunsView.class);
            assertDenied("reconciliations/REC-2026-00001");
            assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).doesNotContain(t("recon.menu"));
        }
    }

    @Test
    void a_manager_sees_runs_but_may_neither_import_nor_decide() {
        RunSummary run = imported();

        login("manager");
        RunsView runs = navigate(RunsView.class);
        assertThat(runs.upload).isNull();
        _assertNone(Upload.class);
        _assertNone(Button.class, spec -> spec.withId("recon-import"));
        assertThat(rows(runsGrid())).extracting(RunSummary::number).contains(run.number());
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains(t("recon.menu"));

        navigate("reconciliations/" + run.number());
        assertThat(rows(discrepancyGrid())).hasSize(3);
        _assertNone(Button.class, spec -> spec.withId("recon-accept"));
        _assertNone(Button.class, spec -> spec.withId("recon-open-cases"));
        assertThat(discrepancyGrid().getSelectionMode()).isEqualTo(Grid.SelectionMode.NONE);
    }
}
