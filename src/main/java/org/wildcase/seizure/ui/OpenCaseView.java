package org.wildcase.seizure.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wildcase.api.FieldError;
import org.wildcase.api.InvalidInputException;
import org.wildcase.check.Finding;
import org.wildcase.check.Severity;
import org.wildcase.security.CurrentUser;
import org.wildcase.security.Roles;
import org.wildcase.security.WildcaseUser;
import org.wildcase.seizure.CaseView;
import org.wildcase.seizure.SeizureCases;
import org.wildcase.species.CitesSettings;
import org.wildcase.species.SpeciesCatalogue;
import org.wildcase.species.TradeCodes;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * A customs officer registers a seizure. The form builds the same body as {@code POST /api/cases} and goes through
 * the same validation; refused fields are marked where they are. Once saved, the case number, its stage and the
 * pre-check findings are shown before the officer leaves, and the form stays locked until another seizure is begun.
 */
@Menu(order = 20, title = "open.menu")
@Route("cases/new")
@RolesAllowed(Roles.CUSTOMS_OFFICER)
class OpenCaseView extends VerticalLayout implements HasDynamicTitle {

    /** An error on one element of a multi-value field, which is bound as a whole. */
    private static final Pattern LIST_ELEMENT = Pattern.compile("(.*\\.(?:transit|coversSpecimens)|riskIndicators)\\[\\d+\\]");

    private final transient SeizureCases cases;
    private final transient SpeciesCatalogue catalogue;
    private final transient TradeCodes codes;
    private final transient CitesSettings settings;
    private final transient Clock clock;
    private final WildcaseUser user;

    private final Div problems = new Div();
    private final VerticalLayout result = new VerticalLayout();
    private final Div formHolder = new Div();
    final Button save = new Button();
    final Button registerAnother = new Button();
    final Grid<Finding> findings = new Grid<>(Finding.class, false);
    RegistrationForm form;
    CaseView saved;
    /** The errors of the last refused registration that no field shows; they are listed at the top. */
    List<FieldError> unplaced = List.of();

    OpenCaseView(SeizureCases cases, CurrentUser currentUser, SpeciesCatalogue catalogue, TradeCodes codes,
            CitesSettings settings, Clock clock) {
        this.cases = cases;
        this.catalogue = catalogue;
        this.codes = codes;
        this.settings = settings;
        this.clock = clock;
        this.user = currentUser.require();
        add(new H2(getTranslation("open.title")));
        if (user.unit() == null || user.unit().isBlank()) {
            Paragraph noUnit = new Paragraph(getTranslation("open.noUnit"));
            noUnit.setId("open-no-unit");
            add(noUnit);
            return;
        }
        add(new Paragraph(getTranslation("open.intro", user.unit())));

        problems.setId("open-errors");
        problems.getElement().setAttribute("role", "alert");
        problems.getStyle().set("border", "2px solid var(--lumo-error-color)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("color", "var(--lumo-error-text-color)");
        problems.setVisible(false);

        result.setId("open-result");
        result.setPadding(false);
        result.setVisible(false);
        findings.setId("open-findings");
        // The explanation is the finding's point: it wraps, never cut after the first words.
        findings.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        findings.setAllRowsVisible(true);
        findings.setEmptyStateText(getTranslation("open.findings.none"));
        findings.addComponentColumn(this::severity).setKey("severity").setHeader(getTranslation("open.finding.severity"))
                .setAutoWidth(true).setFlexGrow(0);
        findings.addColumn(f -> getTranslation("finding." + f.code().name())).setKey("code").setHeader(getTranslation("open.finding.code"))
                .setAutoWidth(true);
        findings.addColumn(f -> specimenLine(f.specimenIndex())).setKey("specimen").setHeader(getTranslation("open.finding.specimen"))
                .setAutoWidth(true);
        findings.addColumn(f -> documentLine(f.documentIndex())).setKey("document").setHeader(getTranslation("open.finding.document"))
                .setAutoWidth(true);
        findings.addColumn(f -> f.explained(this::getTranslation)).setKey("message").setHeader(getTranslation("open.finding.message")).setFlexGrow(2);
        registerAnother.setText(getTranslation("open.registerAnother"));
        registerAnother.setIcon(VaadinIcon.PLUS.create());
        registerAnother.setId("open-register-another");
        registerAnother.addClickListener(e -> reset());

        save.setText(getTranslation("open.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("open-save");
        save.setDisableOnClick(true);
        save.addClickListener(e -> save());

        add(problems, result, formHolder, save);
        newForm();
    }

    private void newForm() {
        LocalDateTime now = LocalDateTime.now(clock.withZone(settings.timeZone())).truncatedTo(ChronoUnit.MINUTES);
        form = new RegistrationForm(catalogue, codes, settings.timeZone(), now, locale());
        formHolder.removeAll();
        formHolder.add(form);
    }

    /** Registers the seizure, or marks what is wrong; a refused registration stores nothing. */
    void save() {
        try {
            unplaced = List.of();
            String caseNumber = cases.openCase(form.registration(), user);
            showSaved(cases.view(caseNumber, user));
        } catch (InvalidInputException e) {
            List<FieldError> errors = e.errors().stream()
                    .map(err -> new FieldError(boundPath(err.field()), org.wildcase.ui.FieldErrors.localized(err)))
                    .toList();
            unplaced = form.errors().show(errors);
            showProblems(unplaced, errors.size());
        } finally {
            save.setEnabled(true);
        }
    }

    private void showProblems(List<FieldError> unplaced, int total) {
        problems.removeAll();
        Span title = new Span(VaadinIcon.EXCLAMATION_CIRCLE.create(), new Span(" " + getTranslation("open.errors.title", total)));
        title.getStyle().set("font-weight", "bold");
        problems.add(title);
        if (unplaced.size() < total) {
            problems.add(new Paragraph(getTranslation("open.errors.marked")));
        }
        if (!unplaced.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("open-errors-unplaced");
            unplaced.forEach(err -> list.add(new ListItem(err.field().isEmpty() ? err.message()
                    : err.field() + ": " + err.message())));
            problems.add(list);
        }
        problems.setVisible(true);
    }

    private void showSaved(CaseView caseFile) {
        saved = caseFile;
        form.errors().clear();
        form.lock();
        problems.setVisible(false);
        save.setVisible(false);

        // The case file is casework's view, above this module: linked by its route.
        com.vaadin.flow.component.html.Anchor number = new com.vaadin.flow.component.html.Anchor(
                "cases/" + caseFile.caseNumber(), caseFile.caseNumber());
        number.setId("open-case-number");
        Span stage = new Span(getTranslation("open.stage") + ": " + getTranslation("stage." + caseFile.stage().name()));
        stage.setId("open-stage");
        List<Finding> list = caseFile.findings().stream()
                .sorted(Comparator.comparing(Finding::severity)
                        .thenComparing(f -> f.specimenIndex() == null ? -1 : f.specimenIndex())
                        .thenComparing(f -> f.documentIndex() == null ? -1 : f.documentIndex()))
                .toList();
        long violations = list.stream().filter(f -> f.severity() == Severity.VIOLATION).count();
        Span count = new Span(list.isEmpty() ? getTranslation("open.findings.none")
                : getTranslation("open.findings.count", list.size(), violations));
        count.setId("open-findings-summary");
        findings.setItems(list);

        HorizontalLayout heading = new HorizontalLayout(VaadinIcon.CHECK_CIRCLE.create(),
                new Span(getTranslation("open.saved")), number);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        heading.getStyle().set("font-size", "var(--lumo-font-size-l)");
        result.removeAll();
        result.add(heading, stage, new H3(getTranslation("open.findings")), count, findings, registerAnother);
        result.setVisible(true);
        result.scrollIntoView();
    }

    /** Back to an empty form for the next seizure. */
    void reset() {
        saved = null;
        result.setVisible(false);
        problems.setVisible(false);
        save.setVisible(true);
        newForm();
    }

    private Component severity(Finding finding) {
        Icon icon = switch (finding.severity()) {
            case VIOLATION -> VaadinIcon.BAN.create();
            case SUSPICION -> VaadinIcon.WARNING.create();
            case INFO -> VaadinIcon.INFO_CIRCLE_O.create();
        };
        icon.setSize("var(--lumo-icon-size-s)");
        Span text = new Span(getTranslation("severity." + finding.severity().name()));
        Span cell = new Span(icon, new Span(" "), text);
        if (finding.severity() == Severity.VIOLATION) {
            cell.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "bold");
            text.setText(text.getText().toUpperCase(locale()));
        }
        return cell;
    }

    private String specimenLine(Integer index) {
        if (index == null) {
            return "";
        }
        return saved.specimens().stream().filter(s -> s.index() == index).findFirst()
                .map(s -> (index + 1) + " — " + (s.scientificName() != null ? s.scientificName() : s.description()))
                .orElse(String.valueOf(index + 1));
    }

    private String documentLine(Integer index) {
        if (index == null) {
            return "";
        }
        return saved.documents().stream().filter(d -> d.index() == index).findFirst()
                .map(d -> (index + 1) + " — " + (d.type() == null ? "" : getTranslation("documentType." + d.type().name()))
                        + (d.number() == null ? "" : " " + d.number()))
                .orElse(String.valueOf(index + 1));
    }

    /** Errors on one element of a list field (a transit country, a covered line) belong to the whole field. */
    static String boundPath(String field) {
        Matcher m = LIST_ELEMENT.matcher(field);
        return m.matches() ? m.group(1) : field;
    }

    private Locale locale() {
        Locale locale = getLocale();
        return locale == null ? Locale.ENGLISH : locale;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("open.title") + " | Wildcase";
    }
}
