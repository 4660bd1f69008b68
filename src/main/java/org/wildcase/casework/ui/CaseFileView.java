package org.wildcase.casework.ui;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.wildcase.api.NotFoundException;
import org.wildcase.audit.CaseHistory;
import org.wildcase.check.Finding;
import org.wildcase.legal.ui.RecordInvestigationOutcome;
import org.wildcase.reporting.CaseFilePdf;
import org.wildcase.security.CurrentUser;
import org.wildcase.security.Roles;
import org.wildcase.security.WildcaseUser;
import org.wildcase.seizure.CaseStatus;
import org.wildcase.seizure.CaseView;
import org.wildcase.seizure.SeizureCases;
import org.wildcase.species.CitesSettings;
import org.wildcase.ui.Formats;
import org.wildcase.workflow.CaseDiagram;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

/**
 * The case file for everyone who may see the case: registration, findings, each module's part, the timeline, and
 * the process diagram with the current position. A case the user may not see looks as if it did not exist.
 */
@Route("cases/:caseNumber")
@RolesAllowed({Roles.CUSTOMS_OFFICER, Roles.CITES_EXPERT, Roles.LEGAL_OFFICER, Roles.MANAGER})
class CaseFileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SeizureCases cases;
    private final CaseDiagram diagram;
    private final RecordInvestigationOutcome outcome;
    private final org.wildcase.casework.CaseFiles files;
    private final WildcaseUser user;
    private final ZoneId zone;
    private final SectionView sections;
    private String caseNumber = "";

    private final org.wildcase.ui.UnitLabels units;
    private final org.wildcase.casework.CaseTasks tasks;
    private final transient org.wildcase.evidence.CaseEvidence evidence;

    CaseFileView(SeizureCases cases, CaseDiagram diagram, RecordInvestigationOutcome outcome,
            org.wildcase.casework.CaseFiles files, CurrentUser currentUser, CitesSettings settings,
            org.wildcase.ui.UnitLabels units, org.wildcase.casework.CaseTasks tasks,
            org.wildcase.evidence.CaseEvidence evidence) {
        this.evidence = evidence;
        this.units = units;
        this.tasks = tasks;
        this.files = files;
        this.cases = cases;
        this.diagram = diagram;
        this.outcome = outcome;
        this.user = currentUser.require();
        this.zone = settings.timeZone();
        this.sections = new SectionView(this, zone);
        setMaxWidth("1200px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caseNumber = event.getRouteParameters().get("caseNumber").orElse("");
        try {
            show(files.read(caseNumber, user, "view"));
        } catch (NotFoundException e) {
            Notification.show(getTranslation("case.notfound", caseNumber))
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
            event.forwardTo(CaseListView.class);
        }
    }

    void reload() {
        show(files.of(caseNumber, user));
    }

    private void show(org.wildcase.casework.CaseFile file) {
        CaseView c = file.seizure();
        removeAll();
        add(header(c), buttons(c));
        add(new H3(getTranslation("case.diagram")), diagram(c));
        add(new H3(getTranslation("case.registration")), registration(c));
        add(new H3(getTranslation("case.specimens")), specimens(c));
        if (!c.documents().isEmpty()) {
            add(new H3(getTranslation("case.documents")), documents(c));
        }
        if (!c.parties().isEmpty()) {
            add(new H3(getTranslation("case.parties")), parties(c));
        }
        add(new H3(getTranslation("case.findings")), findings(c));
        add(new H3(getTranslation("case.evidence")), new org.wildcase.evidence.ui.EvidenceSection(evidence,
                cases.visibleRef(c.caseNumber(), user), c, user, zone, () -> { }));
        section(file.exhibits(), "case.exhibits");
        section(file.expertise(), "case.expertise");
        section(file.legal(), "case.legal");
        section(file.care(), "case.care");
        section(file.disposals(), "case.disposals");
        if (!file.custody().isEmpty()) {
            add(new H3(getTranslation("case.custody")), custodyChains(file));
        }
        add(new H3(getTranslation("case.openTasks")), openTasks(c));
        add(new H3(getTranslation("case.history")), history(c));
    }

    private Component header(CaseView c) {
        H2 title = new H2(getTranslation("case.title", c.caseNumber()));
        title.setId("case-title");
        Span status = new Span(getTranslation("status." + c.status()) + " · " + getTranslation("stage." + c.stage())
                + " · " + units.label(c.unit(), getLocale()));
        status.setId("case-status");
        VerticalLayout header = new VerticalLayout(title, status);
        header.setPadding(false);
        if (c.overdue()) {
            Span overdue = new Span(getTranslation("case.overdue") + ": " + c.overdueReasons().stream()
                    .map(r -> getTranslation("overdue." + r)).collect(java.util.stream.Collectors.joining(", ")));
            org.wildcase.ui.Marks.alert(overdue);
            overdue.setId("case-overdue");
            header.add(overdue);
        }
        if (c.withdrawalReason() != null) {
            header.add(new Paragraph(getTranslation("case.withdrawnBecause", c.withdrawalReason())));
        }
        return header;
    }

    private Component buttons(CaseView c) {
        HorizontalLayout bar = new HorizontalLayout();
        if (user.has(Roles.MANAGER) && c.status() == CaseStatus.OPEN) {
            Button withdraw = new Button(getTranslation("case.withdraw"), e -> withdraw(c));
            withdraw.setId("case-withdraw");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            bar.add(withdraw);
        }
        if (outcome.appliesTo(c, user)) {
            Button b = new Button(getTranslation(outcome.labelKey()), e -> outcome.open(c, this::reload));
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(b);
        }
        // Whoever sees the case file may take it along; the PDF is made with the same visibility check.
        bar.add(pdfLink(c), labelsLink(c));
        bar.setAlignItems(Alignment.CENTER);
        return bar;
    }

    /** A link that makes the document when followed, for the user signed in here and in this view's language. */
    private Component pdfLink(CaseView c) {
        String number = c.caseNumber();
        java.util.Locale locale = getLocale();
        WildcaseUser who = user;
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = files.pdf(files.read(number, who, "pdf"), who, locale);
            return new DownloadResponse(new java.io.ByteArrayInputStream(content), CaseFilePdf.fileName(number),
                    CaseFilePdf.MEDIA_TYPE, content.length);
        }), AttachmentType.DOWNLOAD, getTranslation("reports.casePdf"));
        link.setId("case-download-pdf");
        return link;
    }

    /** The exhibit labels with their QR codes, to print and stick on the bags and boxes. */
    private Component labelsLink(CaseView c) {
        String number = c.caseNumber();
        WildcaseUser who = user;
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = files.labels(number, who);
            return new DownloadResponse(new java.io.ByteArrayInputStream(content), number + "-labels.pdf",
                    CaseFilePdf.MEDIA_TYPE, content.length);
        }), AttachmentType.DOWNLOAD, getTranslation("case.labels"));
        link.setId("case-download-labels");
        return link;
    }

    void withdraw(CaseView c) {
        WithdrawDialog.open(this, cases, user, c.caseNumber(), this::reload);
    }

    private Component diagram(CaseView c) {
        Div holder = new Div();
        holder.setId("case-diagram");
        holder.setWidthFull();
        holder.getStyle().set("overflow-x", "auto");
        // Set as inner HTML, so that the browser's HTML parser puts the drawing in the SVG namespace.
        diagram.svg(c.caseNumber(), this::getTranslation).ifPresentOrElse(svg -> holder.getElement().setProperty("innerHTML", svg),
                () -> holder.setText(getTranslation("case.diagram.none")));
        return holder;
    }

    private Component registration(CaseView c) {
        FormLayout form = new FormLayout();
        form.setId("case-registration");
        field(form, "seizedAt", Formats.dateTime(c.seizedAt(), zone, getLocale()));
        field(form, "shippedOn", Formats.date(c.shippedOn(), getLocale()));
        field(form, "location", c.location());
        field(form, "direction", c.direction() == null ? null : getTranslation("direction." + c.direction()));
        field(form, "transportMode", c.transportMode() == null ? null
                : getTranslation("transport." + c.transportMode()));
        field(form, "conveyance", c.conveyance());
        field(form, "transportDocument", c.transportDocument());
        field(form, "declaredGoods", c.declaredGoods());
        field(form, "hsCode", c.hsCode());
        field(form, "detectionMethod", c.detectionMethod() == null ? null
                : getTranslation("detection." + c.detectionMethod()));
        field(form, "reasonForSeizure", c.reasonForSeizure());
        field(form, "concealment", c.concealment());
        if (c.route() != null) {
            field(form, "route", Formats.route(c.route().origin(), c.route().transit(), c.route().destination()));
        }
        field(form, "purpose", c.purpose() == null ? null : c.purpose().name());
        field(form, "source", c.source() == null ? null : c.source().name());
        field(form, "estimatedValue", c.estimatedValue() == null ? null
                : c.estimatedValue().amount() + " " + c.estimatedValue().currency());
        field(form, "shareWithIccwc", getTranslation(c.shareWithIccwc() ? "yes" : "no"));
        field(form, "riskIndicators", c.riskIndicators().stream().map(r -> getTranslation("risk." + r))
                .reduce((a, b) -> a + ", " + b).orElse(null));
        field(form, "notes", c.notes());
        field(form, "registeredBy", c.registeredBy() + ", " + Formats.dateTime(c.registeredAt(), zone, getLocale()));
        return form;
    }

    private void field(FormLayout form, String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span text = new Span(value);
        text.setId("case-" + name);
        form.addFormItem(text, sections.label(name));
    }

    private Component specimens(CaseView c) {
        Grid<CaseView.SpecimenView> grid = new Grid<>();
        grid.setId("case-specimens");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(s -> s.index() + 1).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CaseView.SpecimenView::description).setHeader(getTranslation("specimen.description"));
        grid.addColumn(s -> Objects.toString(s.scientificName(), "")).setHeader(getTranslation("specimen.species"));
        grid.addColumn(s -> s.appendix() == null ? getTranslation("appendix.unknown")
                : getTranslation("appendix." + s.appendix())).setHeader(getTranslation("specimen.appendix"));
        // The trade term apart from the amount: "LIV 3" read as a quantity.
        grid.addColumn(s -> s.term() == null ? "" : getTranslation("term." + s.term()) + " (" + s.term() + ")")
                .setHeader(getTranslation("open.specimen.term"));
        grid.addColumn(s -> Formats.quantity(s.quantity(), s.unit())).setHeader(getTranslation("specimen.quantity"));
        grid.addColumn(s -> getTranslation(s.live() ? "yes" : "no")).setHeader(getTranslation("field.live"));
        grid.addColumn(s -> (s.source() == null ? "" : s.source().name()) + " / "
                + Objects.toString(s.countryOfOrigin(), "")).setHeader(getTranslation("specimen.origin"));
        grid.setItems(c.specimens());
        return grid;
    }

    private Component documents(CaseView c) {
        Grid<CaseView.DocumentView> grid = new Grid<>();
        grid.setId("case-documents");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(d -> d.index() + 1).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> d.type() == null ? "" : getTranslation("documentType." + d.type()))
                .setHeader(getTranslation("document.type"));
        grid.addColumn(d -> Objects.toString(d.number(), "")).setHeader(getTranslation("document.number"));
        grid.addColumn(d -> Objects.toString(d.issuingCountry(), "")).setHeader(getTranslation("document.country"));
        grid.addColumn(d -> Formats.date(d.validUntil(), getLocale())).setHeader(getTranslation("document.validUntil"));
        grid.addColumn(d -> d.original() == null ? "" : getTranslation(d.original() ? "yes" : "no"))
                .setHeader(getTranslation("document.original"));
        grid.setItems(c.documents());
        return grid;
    }

    private Component parties(CaseView c) {
        Grid<CaseView.PartyView> grid = new Grid<>();
        grid.setId("case-parties");
        grid.setAllRowsVisible(true);
        grid.addColumn(p -> p.role() == null ? "" : getTranslation("partyRole." + p.role()))
                .setHeader(getTranslation("party.role"));
        grid.addColumn(CaseView.PartyView::name).setHeader(getTranslation("party.name"));
        grid.addColumn(p -> Objects.toString(p.nationality(), "")).setHeader(getTranslation("party.nationality"));
        grid.addColumn(p -> Objects.toString(p.identityDocument(), "")).setHeader(getTranslation("party.document"));
        grid.setItems(c.parties());
        return grid;
    }

    private Component findings(CaseView c) {
        Grid<Finding> grid = new Grid<>();
        grid.setId("case-findings");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(f -> getTranslation("severity." + f.severity())).setHeader(getTranslation("finding.severity"))
                .setAutoWidth(true);
        grid.addColumn(f -> getTranslation("finding." + f.code())).setHeader(getTranslation("finding.code"))
                .setAutoWidth(true);
        grid.addColumn(f -> f.specimenIndex() == null ? "" : String.valueOf(f.specimenIndex() + 1))
                .setHeader(getTranslation("finding.specimen")).setAutoWidth(true);
        grid.addColumn(f -> f.documentIndex() == null ? "" : String.valueOf(f.documentIndex() + 1))
                .setHeader(getTranslation("finding.document")).setAutoWidth(true);
        grid.addColumn(f -> f.explained(this::getTranslation)).setHeader(getTranslation("finding.message"))
                .setFlexGrow(3);
        grid.setEmptyStateText(getTranslation("case.findings.none"));
        grid.setItems(c.findings());
        return grid;
    }

    /**
     * Each exhibit's chain of custody as a timeline: where it is now, then every hand-over, oldest first, with from,
     * to, who handed over, who received, when and why.
     */
    private Component custodyChains(org.wildcase.casework.CaseFile file) {
        VerticalLayout chains = new VerticalLayout();
        chains.setPadding(false);
        chains.setId("case-custody-chains");
        for (org.wildcase.casework.CaseFile.Exhibit e : file.exhibits()) {
            List<org.wildcase.custody.SpecimenCustody.CustodyView> steps = file.custody().stream()
                    .filter(h -> h.specimenIndex() == e.specimenIndex()).toList();
            if (steps.isEmpty()) {
                continue;
            }
            Span now = new Span(getTranslation("case.custody.now", e.number(), e.holder(),
                    e.quantity().stripTrailingZeros().toPlainString()));
            now.getStyle().set("font-weight", "600");
            com.vaadin.flow.component.html.OrderedList timeline = new com.vaadin.flow.component.html.OrderedList();
            timeline.setId("case-custody-" + (e.specimenIndex() + 1));
            for (org.wildcase.custody.SpecimenCustody.CustodyView h : steps) {
                timeline.add(new com.vaadin.flow.component.html.ListItem(getTranslation("case.custody.step",
                        h.at() == null ? "—" : org.wildcase.ui.Formats.dateTime(h.at(), zone, getLocale()),
                        h.quantity().stripTrailingZeros().toPlainString(), h.from(), h.to(), h.handedOverBy(),
                        h.receivedBy()) + (h.reason() == null ? "" : " — " + h.reason())));
            }
            chains.add(now, timeline);
        }
        return chains;
    }

    private void section(Object part, String titleKey) {
        if (part == null || part instanceof java.util.Collection<?> list && list.isEmpty()) {
            return;
        }
        add(new H3(getTranslation(titleKey)), sections.render(part));
    }

    private Component openTasks(CaseView c) {
        Grid<CaseView.OpenTask> grid = new Grid<>();
        grid.setId("case-open-tasks");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(t -> getTranslation("task." + t.taskKey())).setHeader(getTranslation("tasks.column.task"));
        // Whose each task is; only a task the reader may work on has an Open button (an officer saw one on the
        // expert's task, which then refused them).
        org.wildcase.casework.CaseTasks.Next next = tasks.next(c.caseNumber(), user);
        java.util.Map<String, List<String>> offeredTo = new java.util.HashMap<>();
        java.util.stream.Stream.concat(next.yours().stream(), next.others().stream())
                .forEach(t -> offeredTo.put(t.taskId(), t.candidateGroups()));
        java.util.Set<String> mine = new java.util.HashSet<>();
        next.yours().forEach(t -> mine.add(t.taskId()));
        grid.addColumn(t -> offeredTo.getOrDefault(t.taskId(), List.of()).stream()
                .map(g -> getTranslation("role." + g)).collect(java.util.stream.Collectors.joining(", ")))
                .setHeader(getTranslation("tasks.column.offeredTo"));
        grid.addColumn(t -> Objects.toString(t.assignee(), "")).setHeader(getTranslation("tasks.column.assignee"));
        grid.addColumn(t -> Formats.dateTime(t.due(), zone, getLocale())).setHeader(getTranslation("tasks.column.due"));
        grid.addComponentColumn(t -> {
            if (!mine.contains(t.taskId())) {
                return new Span();
            }
            Button open = new Button(getTranslation("tasks.open"), e -> getUI().ifPresent(ui -> ui.navigate(
                    TaskView.class, new RouteParameters("taskId", t.taskId()))));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            open.setId("case-task-open-" + t.taskId());
            return open;
        }).setKey("open");
        grid.setEmptyStateText(getTranslation("case.openTasks.none"));
        grid.setItems(c.openTasks());
        return grid;
    }

    private Component history(CaseView c) {
        Grid<CaseHistory.Entry> grid = new Grid<>();
        grid.setId("case-history");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(h -> Formats.dateTime(h.at(), zone, getLocale())).setHeader(getTranslation("history.at"))
                .setAutoWidth(true);
        grid.addColumn(h -> CaseHistory.SYSTEM.equals(h.who()) ? getTranslation("history.system") : h.who())
                .setHeader(getTranslation("history.who")).setAutoWidth(true);
        grid.addColumn(h -> h.said(this::getTranslation)).setHeader(getTranslation("history.what")).setFlexGrow(3);
        grid.setItems(c.history());
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("case.title", caseNumber) + " | Wildcase";
    }
}
