package org.wildcase.permit.ui;

import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Consumer;

import org.wildcase.permit.PermitStatus;
import org.wildcase.permit.RegisteredPermit;
import org.wildcase.ui.Formats;
import org.wildcase.ui.Marks;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * One permit as the register holds it: its dates and holder, its lines with what was shipped against each, and the
 * case that used it or why it was cancelled. Permit officers cancel a valid permit from here.
 */
class PermitDetails extends VerticalLayout {

    private final ZoneId zone;
    private final boolean mayCancel;
    private final boolean mayOpenCases;
    private final transient Consumer<RegisteredPermit> cancel;
    final Grid<RegisteredPermit.Line> lines = new Grid<>();
    RegisteredPermit shown;

    PermitDetails(ZoneId zone, boolean mayCancel, boolean mayOpenCases, Consumer<RegisteredPermit> cancel) {
        this.zone = zone;
        this.mayCancel = mayCancel;
        this.mayOpenCases = mayOpenCases;
        this.cancel = cancel;
        setId("permit-details");
        setPadding(false);
        getStyle().set("border-top", "1px solid var(--lumo-contrast-20pct)");
        lines.setId("permit-lines");
        lines.setAllRowsVisible(true);
        lines.addColumn(l -> l.index() + 1).setKey("line").setHeader(t("field.specimenIndex")).setAutoWidth(true)
                .setFlexGrow(0);
        lines.addColumn(RegisteredPermit.Line::scientificName).setKey("species")
                .setHeader(t("permits.line.species")).setAutoWidth(true).setFlexGrow(1);
        lines.addColumn(l -> l.term() + " — " + t("term." + l.term())).setKey("term")
                .setHeader(t("permits.line.term")).setAutoWidth(true);
        lines.addColumn(l -> Formats.quantity(l.quantity(), l.unit())).setKey("quantity")
                .setHeader(t("permits.line.quantity")).setAutoWidth(true);
        lines.addColumn(l -> l.source() == null ? "" : l.source().name() + " — " + t("source." + l.source().name()))
                .setKey("source").setHeader(t("permits.line.source")).setAutoWidth(true);
        lines.addColumn(l -> l.shippedQuantity() == null ? t("permits.line.notShipped")
                : Formats.quantity(l.shippedQuantity(), l.unit())).setKey("shipped")
                .setHeader(t("permits.line.shipped")).setAutoWidth(true);
        setVisible(false);
    }

    void show(RegisteredPermit permit) {
        shown = permit;
        removeAll();
        Locale locale = locale();
        H3 title = new H3(t("documentType." + permit.type().name()) + " " + permit.number());
        title.setId("permit-details-title");
        title.getStyle().set("margin", "0");
        Span status = statusMark(this, permit.status());
        status.setId("permit-details-status");
        HorizontalLayout heading = new HorizontalLayout(title, status);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (mayCancel && permit.status() == PermitStatus.VALID) {
            Button cancelButton = new Button(t("permits.cancel"), VaadinIcon.BAN.create(),
                    e -> cancel.accept(permit));
            cancelButton.setId("permit-cancel");
            cancelButton.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            heading.add(cancelButton);
        }
        add(heading);

        FormLayout facts = new FormLayout();
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("60em", 3));
        fact(facts, "permits.field.issuedOn", Formats.date(permit.issuedOn(), locale), "permit-details-issued-on");
        fact(facts, "permits.field.validFrom", permit.validFrom() == null ? t("permits.details.fromIssue")
                : Formats.date(permit.validFrom(), locale), "permit-details-valid-from");
        fact(facts, "permits.field.validUntil", Formats.date(permit.validUntil(), locale),
                "permit-details-valid-until");
        fact(facts, "permits.field.holder", permit.holder(), "permit-details-holder");
        fact(facts, "permits.field.country", new Locale("", permit.country()).getDisplayCountry(locale) + " ("
                + permit.country() + ")", "permit-details-country");
        fact(facts, "permits.field.securityStamp", permit.securityStamp(), "permit-details-stamp");
        fact(facts, "permits.field.purpose", permit.purpose() == null ? null
                : permit.purpose().name() + " — " + t("purpose." + permit.purpose().name()), "permit-details-purpose");
        if (permit.usedByCase() != null) {
            facts.addFormItem(usedBy(permit.usedByCase()), t("permits.usedBy"));
            fact(facts, "permits.usedAt", Formats.dateTime(permit.usedAt(), zone, locale), "permit-details-used-at");
        }
        if (permit.cancelledAt() != null) {
            fact(facts, "permits.cancelledAt", Formats.dateTime(permit.cancelledAt(), zone, locale),
                    "permit-details-cancelled-at");
            fact(facts, "permits.cancelReason", permit.cancelReason(), "permit-details-reason");
        }
        add(facts, new H4(t("permits.lines")), lines);
        lines.setItems(permit.lines());
        setVisible(true);
    }

    void clear() {
        shown = null;
        removeAll();
        setVisible(false);
    }

    /** The case file for those who may open cases; a permit officer sees the case number only. */
    private Component usedBy(String caseNumber) {
        Component link = mayOpenCases ? new Anchor("cases/" + caseNumber, caseNumber) : new Span(caseNumber);
        link.setId("permit-used-by");
        return link;
    }

    private void fact(FormLayout facts, String labelKey, String value, String id) {
        Span text = new Span(value == null || value.isBlank() ? "—" : value);
        text.setId(id);
        facts.addFormItem(text, t(labelKey));
    }

    /** The status in words; a permit that no longer covers a shipment is marked, never by colour alone. */
    static Span statusMark(Component owner, PermitStatus status) {
        Span mark = new Span(owner.getTranslation("permitStatus." + status.name()));
        switch (status) {
            case CANCELLED, EXPIRED -> Marks.alert(mark);
            case USED -> mark.getStyle().set("color", "var(--lumo-secondary-text-color)")
                    .set("background", "var(--lumo-contrast-10pct)")
                    .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "0 var(--lumo-space-xs)")
                    .set("font-weight", "600");
            case VALID -> mark.getStyle().set("color", "var(--lumo-success-text-color)");
        }
        return mark;
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }

    private Locale locale() {
        return getLocale() == null ? Locale.ENGLISH : getLocale();
    }
}
