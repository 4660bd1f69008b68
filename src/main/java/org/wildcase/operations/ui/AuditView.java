package org.wildcase.operations.ui;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.springframework.data.domain.PageRequest;
import org.wildcase.audit.AuditTrail;
import org.wildcase.security.CurrentUser;
import org.wildcase.security.Roles;
import org.wildcase.species.CitesSettings;
import org.wildcase.ui.Formats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The audit trail for managers and admins: every change and every reading of a case file, newest last, filtered by
 * case, person and days, loaded a page at a time. Admins also verify the hash chain from the first entry.
 */
@Menu(order = 940, title = "menu.audit")
@Route("admin/audit")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
class AuditView extends VerticalLayout implements HasDynamicTitle {

    final TextField caseNumber = new TextField();
    final TextField who = new TextField();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<AuditTrail.Entry> grid = new Grid<>();
    final Button verify = new Button();
    final Span verdict = new Span();

    private final transient AuditTrail trail;
    private final ZoneId zone;

    AuditView(AuditTrail trail, CitesSettings settings, CurrentUser currentUser) {
        this.trail = trail;
        this.zone = settings.timeZone();
        setSizeFull();
        add(new H2(getTranslation("audit.title")), new Paragraph(getTranslation("audit.help")));

        caseNumber.setId("audit-case");
        caseNumber.setLabel(getTranslation("audit.filter.case"));
        who.setId("audit-who");
        who.setLabel(getTranslation("audit.filter.who"));
        for (TextField f : new TextField[] {caseNumber, who}) {
            f.setClearButtonVisible(true);
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        }
        from.setId("audit-from");
        from.setLabel(getTranslation("audit.filter.from"));
        to.setId("audit-to");
        to.setLabel(getTranslation("audit.filter.to"));
        for (DatePicker d : new DatePicker[] {from, to}) {
            d.setClearButtonVisible(true);
            d.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        }
        HorizontalLayout filters = new HorizontalLayout(caseNumber, who, from, to);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters);

        if (currentUser.get().map(u -> u.has(Roles.ADMIN)).orElse(false)) {
            verify.setId("audit-verify");
            verify.setText(getTranslation("audit.verify"));
            verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            verify.addClickListener(e -> showVerdict(trail.verify()));
            verdict.setId("audit-verdict");
            verdict.getElement().setAttribute("role", "status");
            HorizontalLayout check = new HorizontalLayout(verify, verdict);
            check.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            add(check);
        }

        grid.setId("audit-grid");
        grid.addColumn(AuditTrail.Entry::seq).setHeader(getTranslation("audit.seq")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> Formats.dateTime(e.at(), zone, getLocale())).setHeader(getTranslation("audit.at"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditTrail.Entry::who).setHeader(getTranslation("audit.who")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> getTranslation("audit.action." + e.action())).setHeader(getTranslation("audit.action"))
                .setKey("action").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditTrail.Entry::caseNumber).setHeader(getTranslation("audit.case")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditTrail.Entry::detail).setHeader(getTranslation("audit.detail")).setFlexGrow(1);
        grid.addComponentColumn(e -> {
            Span hash = new Span(e.hash().substring(0, 12) + "…");
            hash.getElement().setAttribute("title", e.hash());
            hash.getStyle().set("font-family", "monospace");
            return hash;
        }).setHeader(getTranslation("audit.hash")).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setItems(query -> trail.list(filter(), PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, trail.list(filter(), PageRequest.of(0, 1))
                        .getTotalElements()));
        grid.setSizeFull();
        add(grid);
    }

    AuditTrail.Filter filter() {
        return new AuditTrail.Filter(caseNumber.getValue(), start(from.getValue()),
                to.getValue() == null ? null : start(to.getValue().plusDays(1)), who.getValue());
    }

    private OffsetDateTime start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(zone).toOffsetDateTime();
    }

    void showVerdict(AuditTrail.Verification v) {
        verdict.setText(v.valid() ? getTranslation("audit.valid", v.entries())
                : getTranslation("audit.broken", v.firstBrokenSeq(), v.entries()));
        verdict.getStyle().set("color", v.valid() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " | Wildcase";
    }
}
