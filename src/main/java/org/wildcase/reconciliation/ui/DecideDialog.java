package org.wildcase.reconciliation.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

import org.wildcase.api.FieldError;
import org.wildcase.reconciliation.Reconciliations.Decision;
import org.wildcase.reconciliation.Reconciliations.DecisionKind;
import org.wildcase.reconciliation.Reconciliations.DiscrepancyView;
import org.wildcase.seizure.Registration.TransportMode;
import org.wildcase.ui.FieldErrors;
import org.wildcase.ui.UnitLabels;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Decides the selected discrepancies alike: accepted with a reason, or a seizure case opened from each in the customs
 * unit the permit officer picks. A refusal's errors ({@code decisions[i].reason}) are shown at the one field that
 * edits them for every selected discrepancy.
 */
class DecideDialog extends Dialog {

    final DecisionKind kind;
    private final List<DiscrepancyView> selected;
    final TextArea reason = new TextArea();
    /** Only when opening cases. */
    final Select<String> unit = new Select<>();
    final Select<TransportMode> transportMode = new Select<>();
    final Button confirm = new Button();
    final Div errorSummary = new Div();
    private final FieldErrors errors = new FieldErrors();

    DecideDialog(DecisionKind kind, List<DiscrepancyView> selected, List<String> customsUnits, UnitLabels units,
            Locale locale, BiConsumer<DecideDialog, List<Decision>> submit) {
        this.kind = kind;
        this.selected = List.copyOf(selected);
        boolean accepting = kind == DecisionKind.ACCEPTED;
        setHeaderTitle(getTranslation(accepting ? "recon.accept.title" : "recon.openCases.title", selected.size()));
        setWidth("560px");
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        content.add(new Paragraph(getTranslation(accepting ? "recon.accept.explain" : "recon.openCases.explain")));

        if (!accepting) {
            unit.setId("recon-case-unit");
            unit.setLabel(getTranslation("recon.openCases.unit"));
            unit.setItems(customsUnits);
            unit.setItemLabelGenerator(u -> u == null ? "" : units.label(u, locale) + " (" + u + ")");
            unit.setRequiredIndicatorVisible(true);
            unit.setWidthFull();
            errors.bind("unit", unit);
            transportMode.setId("recon-case-transport");
            transportMode.setLabel(getTranslation("recon.openCases.transportMode"));
            transportMode.setItems(TransportMode.values());
            transportMode.setEmptySelectionAllowed(true);
            transportMode.setEmptySelectionCaption(getTranslation("recon.openCases.transportMode.none"));
            transportMode.setItemLabelGenerator(m -> m == null
                    ? getTranslation("recon.openCases.transportMode.none") : getTranslation("transport." + m.name()));
            transportMode.setWidthFull();
            errors.bind("transportMode", transportMode);
            content.add(unit, transportMode);
        }
        reason.setId(accepting ? "recon-accept-reason" : "recon-case-reason");
        reason.setLabel(getTranslation(accepting ? "recon.accept.reason" : "recon.openCases.reason"));
        reason.setRequiredIndicatorVisible(accepting);
        reason.setWidthFull();
        reason.setMaxLength(2000);
        errors.bind("reason", reason);
        content.add(reason);

        errorSummary.setId("recon-decide-errors");
        errorSummary.getElement().setAttribute("role", "alert");
        errorSummary.getStyle().set("color", "var(--lumo-error-text-color)");
        content.add(errorSummary);
        add(content);

        confirm.setText(getTranslation(accepting ? "recon.accept.confirm" : "recon.openCases.confirm",
                selected.size()));
        confirm.setId(accepting ? "recon-accept-confirm" : "recon-case-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // What a decision of this kind needs is the decision's own annotation (AsItsKindAsks); its errors come back
        // from the service and land next to the fields.
        confirm.addClickListener(e -> {
            errors.clear();
            errorSummary.removeAll();
            submit.accept(this, decisions());
        });
        Button cancel = new Button(getTranslation("recon.cancel"), e -> close());
        cancel.setId("recon-decide-cancel");
        getFooter().add(cancel, confirm);
    }

    List<Decision> decisions() {
        String text = reason.getValue().isBlank() ? null : reason.getValue().strip();
        return selected.stream().map(d -> new Decision(d.id(), kind, text,
                kind == DecisionKind.CASE_OPENED ? unit.getValue() : null,
                kind == DecisionKind.CASE_OPENED ? transportMode.getValue() : null)).toList();
    }

    /**
     * The service's field errors: {@code decisions[i].reason} goes to the reason field (once, however many
     * discrepancies it concerns); what has no field here is listed with the discrepancy's line in the file.
     */
    void showErrors(List<FieldError> found) {
        errorSummary.removeAll();
        LinkedHashSet<FieldError> atFields = new LinkedHashSet<>();
        List<String> others = new ArrayList<>();
        java.util.regex.Pattern path = java.util.regex.Pattern.compile("decisions\\[(\\d+)\\]\\.?(.*)");
        for (FieldError error : found) {
            java.util.regex.Matcher m = path.matcher(error.field() == null ? "" : error.field());
            String field = m.matches() ? m.group(2) : error.field();
            if (List.of("reason", "unit", "transportMode").contains(field)) {
                atFields.add(new FieldError(field, error.message()));
            } else {
                int i = m.matches() ? Integer.parseInt(m.group(1)) : -1;
                String which = i >= 0 && i < selected.size() && selected.get(i).record() != null
                        ? getTranslation("recon.decide.errorLine", String.valueOf(selected.get(i).record().line()))
                                + " "
                        : "";
                others.add(which + (field == null || field.isEmpty() ? "" : field + ": ") + error.message());
            }
        }
        errors.show(List.copyOf(atFields));
        if (!others.isEmpty()) {
            UnorderedList list = new UnorderedList();
            others.stream().distinct().forEach(o -> list.add(new ListItem(o)));
            errorSummary.add(list);
        }
    }
}
