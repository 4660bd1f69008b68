package org.wildcase.reconciliation.ui;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.wildcase.api.ConflictException;
import org.wildcase.api.InvalidInputException;
import org.wildcase.api.NotFoundException;
import org.wildcase.reconciliation.DiscrepancyCode;
import org.wildcase.reconciliation.Reconciliations;
import org.wildcase.reconciliation.Reconciliations.Decision;
import org.wildcase.reconciliation.Reconciliations.DecisionKind;
import org.wildcase.reconciliation.Reconciliations.DiscrepancyFilter;
import org.wildcase.reconciliation.Reconciliations.DiscrepancyView;
import org.wildcase.reconciliation.Reconciliations.RunStatus;
import org.wildcase.reconciliation.Reconciliations.RunSummary;
import org.wildcase.reconciliation.UnusedPermit;
import org.wildcase.security.CurrentUser;
import org.wildcase.security.Roles;
import org.wildcase.security.WildcaseUser;
import org.wildcase.species.CitesSettings;
import org.wildcase.ui.Formats;
import org.wildcase.ui.UnitLabels;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * One reconciliation run: its summary, the discrepancies with their decisions, and the permits issued in the period
 * that no record used. While the run's review task is open, a permit officer accepts selected discrepancies with a
 * reason or opens seizure cases from them. A run the user may not see looks as if it did not exist.
 */
@Route("reconciliations/:number")
@RolesAllowed({Roles.CUSTOMS_OFFICER, Roles.PERMIT_OFFICER, Roles.MANAGER})
class RunView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Reconciliations reconciliations;
    private final transient UnitLabels units;
    private final WildcaseUser user;
    private final ZoneId zone;
    private String number = "";
    RunSummary run;
    final H2 title = new H2();
    final Div summary = new Div();
    final Select<DiscrepancyCode> code = new Select<>();
    final Checkbox undecidedOnly = new Checkbox();
    final Button accept = new Button();
    final Button openCases = new Button();
    final Grid<DiscrepancyView> grid = new Grid<>();
    final Grid<UnusedPermit> unused = new Grid<>();
    private final CallbackDataProvider<DiscrepancyView, Void> discrepancies;
    DecideDialog dialog;
    private final transient com.vaadin.flow.server.auth.AccessAnnotationChecker access;
    private Boolean caseLinks;

    RunView(Reconciliations reconciliations, CurrentUser currentUser, CitesSettings settings, UnitLabels units,
            com.vaadin.flow.server.auth.AccessAnnotationChecker access) {
        this.access = access;
        this.reconciliations = reconciliations;
        this.units = units;
        this.user = currentUser.require();
        this.zone = settings.timeZone();
        discrepancies = new CallbackDataProvider<>(
                q -> reconciliations.discrepancies(number, filter(), user,
                        PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                q -> (int) reconciliations.discrepancies(number, filter(), user, PageRequest.of(0, 1))
                        .getTotalElements(),
                DiscrepancyView::id);
        setWidthFull();
    }

    /** The path of a run's view. */
    static String location(String runNumber) {
        return "reconciliations/" + runNumber;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        number = event.getRouteParameters().get("number").orElse("");
        try {
            run = reconciliations.run(number, user);
        } catch (NotFoundException | AccessDeniedException e) {
            Notification.show(getTranslation("recon.notfound", number))
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
            event.forwardTo(RunsView.class);
            return;
        }
        if (getComponentCount() == 0) {
            // The router reuses this view from one run to the next: the parts are built once.
            title.setId("recon-run-title");
            Anchor back = new Anchor("reconciliations", getTranslation("recon.back"));
            back.setId("recon-back");
            summary.setId("recon-run-summary");
            add(back, title, summary, new H3(getTranslation("recon.discrepancies")), filters(), grid,
                    new H3(getTranslation("recon.unused")), new Paragraph(getTranslation("recon.unused.explain")),
                    unused);
            configureGrid();
            configureUnused();
        }
        title.setText(getTranslation("recon.run.title", run.number()));
        code.clear();
        undecidedOnly.setValue(run.status() == RunStatus.UNDER_REVIEW);
        unused.setItems(reconciliations.unusedPermits(number, user));
        applySelectionMode();
        showSummary();
        refreshGrid();
    }

    private Component filters() {
        code.setId("recon-filter-code");
        code.setLabel(getTranslation("recon.filter.code"));
        code.setItems(DiscrepancyCode.values());
        code.setEmptySelectionAllowed(true);
        code.setEmptySelectionCaption(getTranslation("filter.any"));
        code.setItemLabelGenerator(c -> c == null ? getTranslation("filter.any") : codeLabel(c));
        code.addValueChangeListener(e -> refreshGrid());
        undecidedOnly.setId("recon-filter-undecided");
        undecidedOnly.setLabel(getTranslation("recon.filter.undecided"));
        undecidedOnly.addValueChangeListener(e -> refreshGrid());

        accept.setText(getTranslation("recon.accept"));
        accept.setId("recon-accept");
        accept.addClickListener(e -> openDialog(DecisionKind.ACCEPTED));
        openCases.setText(getTranslation("recon.openCases"));
        openCases.setId("recon-open-cases");
        openCases.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        openCases.addClickListener(e -> openDialog(DecisionKind.CASE_OPENED));
        HorizontalLayout bar = new HorizontalLayout(code, undecidedOnly, accept, openCases);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private void showSummary() {
        summary.removeAll();
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        form.addFormItem(new Span(Formats.date(run.periodFrom(), locale()) + " – "
                + Formats.date(run.periodTo(), locale())), getTranslation("recon.column.period"));
        form.addFormItem(new Span(run.fileName()), getTranslation("recon.column.file"));
        form.addFormItem(new Span(run.importedBy() + (run.unit() == null ? "" : " · " + units.label(run.unit(),
                locale())) + " · " + Formats.dateTime(run.importedAt(), zone, locale())),
                getTranslation("recon.column.importedBy"));
        form.addFormItem(new Span(String.valueOf(run.records())), getTranslation("recon.column.records"));
        Span counts = new Span(getTranslation("recon.run.counts", run.discrepancies(), run.undecided()));
        counts.setId("recon-run-counts");
        form.addFormItem(counts, getTranslation("recon.column.discrepancies"));
        form.addFormItem(new Span(String.valueOf(run.unusedPermits())), getTranslation("recon.column.unused"));
        Span status = new Span(getTranslation("recon.status." + run.status().name()));
        status.setId("recon-run-status");
        form.addFormItem(status, getTranslation("recon.column.status"));
        summary.add(form);
        if (run.status() == RunStatus.COMPLETED) {
            Paragraph done = new Paragraph(getTranslation("recon.run.completed"));
            done.setId("recon-run-completed");
            summary.add(done);
        } else if (user.has(Roles.PERMIT_OFFICER) && run.reviewTaskId() == null) {
            summary.add(new Paragraph(getTranslation("recon.run.noTask")));
        }
        boolean deciding = deciding();
        accept.setVisible(deciding);
        openCases.setVisible(deciding);
        updateButtons();
    }

    /** Decisions are a permit officer's, while the run's review task is open. */
    private boolean deciding() {
        return user.has(Roles.PERMIT_OFFICER) && run.reviewTaskId() != null;
    }

    private void updateButtons() {
        boolean any = grid.getSelectedItems().stream().anyMatch(d -> d.decision() == null);
        accept.setEnabled(any);
        openCases.setEnabled(any);
    }

    private void configureGrid() {
        grid.setId("recon-discrepancies-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::code).setHeader(getTranslation("recon.column.code")).setWidth("14rem")
                .setFlexGrow(0).setKey("code");
        grid.addColumn(d -> d.record() == null ? "" : d.record().declarationNumber() + " · "
                + Formats.date(d.record().date(), locale())).setHeader(getTranslation("recon.column.declaration"))
                .setWidth("11rem").setFlexGrow(0).setKey("declaration");
        grid.addColumn(d -> d.record() == null ? "" : String.valueOf(d.record().line()))
                .setHeader(getTranslation("recon.column.line")).setWidth("5rem").setFlexGrow(0).setKey("line");
        grid.addColumn(d -> d.record() == null ? "" : d.record().exporter())
                .setHeader(getTranslation("recon.column.exporter")).setWidth("9rem").setKey("exporter");
        grid.addColumn(this::permit).setHeader(getTranslation("recon.column.permit")).setWidth("9rem")
                .setKey("permit");
        grid.addColumn(d -> d.record() == null ? "" : d.record().scientificName())
                .setHeader(getTranslation("recon.column.species")).setWidth("9rem").setKey("species");
        grid.addColumn(d -> d.record() == null ? "" : nonNull(d.record().term()) + " "
                + Formats.quantity(d.record().quantity(), d.record().unit()))
                .setHeader(getTranslation("recon.column.quantity")).setWidth("9rem").setFlexGrow(0)
                .setKey("quantity");
        grid.addColumn(d -> d.record() == null ? "" : nonNull(d.record().destination()))
                .setHeader(getTranslation("recon.column.destination")).setWidth("7rem").setFlexGrow(0)
                .setKey("destination");
        grid.addColumn(DiscrepancyView::message).setHeader(getTranslation("recon.column.message")).setFlexGrow(2)
                .setWidth("14rem").setKey("message");
        grid.addComponentColumn(this::decision).setHeader(getTranslation("recon.column.decision")).setFlexGrow(0)
                .setWidth("15rem").setKey("decision");
        // The decision comes right after the code, in sight without scrolling through the record's details.
        List<Grid.Column<DiscrepancyView>> order = new ArrayList<>(grid.getColumns());
        order.remove(grid.getColumnByKey("decision"));
        order.add(1, grid.getColumnByKey("decision"));
        grid.setColumnOrder(order);
        grid.setEmptyStateText(getTranslation("recon.discrepancies.empty"));
        grid.setWidthFull();
        grid.setHeight("55vh");
        grid.setMinHeight("300px");
        grid.setItems(discrepancies);
    }

    /** Rows are selectable only for the person who decides them. */
    private void applySelectionMode() {
        if (deciding()) {
            if (grid.getSelectionMode() != Grid.SelectionMode.MULTI) {
                grid.setSelectionMode(Grid.SelectionMode.MULTI);
                grid.addSelectionListener(e -> updateButtons());
            }
        } else {
            grid.setSelectionMode(Grid.SelectionMode.NONE);
        }
    }

    /** The label, and the stable code under it in small type (codes are what the API and the exports use). */
    private Component code(DiscrepancyView d) {
        Div code = new Div(new Span(d.code().name()));
        code.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-xs)")
                .set("word-break", "break-all");
        return new Div(new Div(new Span(getTranslation("discrepancy.code." + d.code().name()))), code);
    }

    private String permit(DiscrepancyView d) {
        if (d.permitNumber() == null) {
            return "—";
        }
        return d.permitLine() == null ? d.permitNumber()
                : getTranslation("recon.permitLine", d.permitNumber(), d.permitLine() + 1);
    }

    private Component decision(DiscrepancyView d) {
        Div cell = new Div();
        if (d.decision() == null) {
            Span open = new Span(getTranslation("recon.undecided"));
            open.getElement().getThemeList().add("badge contrast");
            cell.add(open);
            return cell;
        }
        cell.add(new Span(getTranslation("recon.decision." + d.decision().name())));
        if (d.caseNumber() != null) {
            Component number;
            if (mayOpenCases()) {
                number = new Anchor("cases/" + d.caseNumber(), d.caseNumber());
            } else {
                number = new Span(d.caseNumber());
            }
            number.setId("recon-case-" + d.id());
            cell.add(new Span(" "), number);
        }
        if (d.unit() != null) {
            cell.add(new Span(" · " + units.label(d.unit(), locale())));
        }
        if (d.reason() != null && !d.reason().isBlank()) {
            cell.add(new Div(new Span(d.reason())));
        }
        Div who = new Div(new Span(nonNull(d.decidedBy()) + " · " + Formats.dateTime(d.decidedAt(), zone, locale())));
        who.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        cell.add(who);
        return cell;
    }

    /** The case file is not every role's (permit officers read cases only through their own work): link it for those who may. */
    private boolean mayOpenCases() {
        if (caseLinks == null) {
            caseLinks = com.vaadin.flow.router.RouteConfiguration.forSessionScope().getRoute("cases/X")
                    .map(access::hasAccess).orElse(false);
        }
        return caseLinks;
    }

    private void configureUnused() {
        unused.setId("recon-unused-grid");
        unused.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        unused.addComponentColumn(p -> new Anchor("permits?number=" + java.net.URLEncoder.encode(p.number(),
                java.nio.charset.StandardCharsets.UTF_8), p.number())).setHeader(getTranslation("recon.column.permit"))
                .setAutoWidth(true).setKey("number");
        unused.addColumn(p -> Formats.date(p.issuedOn(), locale())).setHeader(getTranslation("permits.column.issuedOn"))
                .setAutoWidth(true).setKey("issuedOn");
        unused.addColumn(p -> Formats.date(p.validUntil(), locale()))
                .setHeader(getTranslation("permits.column.validUntil")).setAutoWidth(true).setKey("validUntil");
        unused.addColumn(UnusedPermit::holder).setHeader(getTranslation("permits.column.holder")).setFlexGrow(1)
                .setKey("holder");
        unused.setEmptyStateText(getTranslation("recon.unused.empty"));
        unused.setWidthFull();
        unused.setHeight("240px");
    }

    private DiscrepancyFilter filter() {
        return new DiscrepancyFilter(code.getValue(), undecidedOnly.getValue() ? Boolean.TRUE : null);
    }

    private void refreshGrid() {
        if (grid.getSelectionMode() != Grid.SelectionMode.NONE) {
            grid.deselectAll();
        }
        discrepancies.refreshAll();
        updateButtons();
    }

    /** Reads the run again, as someone may have decided in the meantime. */
    void refresh() {
        try {
            run = reconciliations.run(number, user);
        } catch (NotFoundException | AccessDeniedException e) {
            getUI().ifPresent(ui -> ui.navigate(RunsView.class));
            return;
        }
        applySelectionMode();
        showSummary();
        refreshGrid();
    }

    private void openDialog(DecisionKind kind) {
        List<DiscrepancyView> selected = grid.getSelectedItems().stream().filter(d -> d.decision() == null)
                .sorted(java.util.Comparator.comparing(d -> d.record() == null ? 0 : d.record().line())).toList();
        if (selected.isEmpty()) {
            Notification.show(getTranslation("recon.selectFirst")).addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            return;
        }
        List<String> customsUnits = kind == DecisionKind.CASE_OPENED ? reconciliations.customsUnits() : List.of();
        dialog = new DecideDialog(kind, selected, customsUnits, units, locale(), this::decide);
        dialog.open();
    }

    /** Records the dialog's decisions; the dialog shows the field errors of a refusal itself. */
    void decide(DecideDialog from, List<Decision> decisions) {
        RunSummary after;
        try {
            after = reconciliations.decide(number, decisions, user);
        } catch (InvalidInputException e) {
            from.showErrors(e.errors());
            return;
        } catch (ConflictException | AccessDeniedException | NotFoundException e) {
            from.close();
            Notification.show(getTranslation("recon.conflict")).addThemeVariants(NotificationVariant.LUMO_WARNING);
            refresh();
            return;
        }
        from.close();
        DecisionKind kind = decisions.get(0).decision();
        String done = kind == DecisionKind.ACCEPTED
                ? getTranslation("recon.decided.accepted", decisions.size())
                : opened(decisions.stream().map(Decision::discrepancyId).collect(Collectors.toSet()));
        Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        if (after.status() == RunStatus.COMPLETED) {
            Notification.show(getTranslation("recon.run.completedNow", after.number()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
        refresh();
    }

    /** "Case BIS-2026-00012 opened", with the numbers of the cases the decisions opened. */
    private String opened(Set<String> ids) {
        Map<String, String> numbers = new LinkedHashMap<>();
        for (int p = 0; p < 50 && numbers.size() < ids.size(); p++) {
            Page<DiscrepancyView> page = reconciliations.discrepancies(number, new DiscrepancyFilter(null, false),
                    user, PageRequest.of(p, 200));
            page.stream().filter(d -> ids.contains(d.id()) && d.caseNumber() != null)
                    .forEach(d -> numbers.put(d.id(), d.caseNumber()));
            if (!page.hasNext()) {
                break;
            }
        }
        List<String> cases = new ArrayList<>(new java.util.TreeSet<>(numbers.values()));
        if (cases.isEmpty()) {
            return getTranslation("recon.decided.cases", ids.size());
        }
        return cases.size() == 1 ? getTranslation("recon.decided.case", cases.get(0))
                : getTranslation("recon.decided.casesNamed", String.join(", ", cases));
    }

    String codeLabel(DiscrepancyCode c) {
        return getTranslation("discrepancy.code." + c.name()) + " (" + c.name() + ")";
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private Locale locale() {
        return getLocale() == null ? Locale.ENGLISH : getLocale();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recon.run.title", number) + " | Wildcase";
    }
}
