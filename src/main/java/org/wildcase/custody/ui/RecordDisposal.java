package org.wildcase.custody.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.wildcase.custody.SpecimenCustody;
import org.wildcase.seizure.CaseView;
import org.wildcase.ui.TaskForm;
import org.wildcase.ui.FieldErrors;
import org.wildcase.ui.Formats;
import org.wildcase.ui.Forms;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Customs records that the decided disposal was carried out, closing the case, with a custody record for each
 * hand-over. Hand-over rows start from the decision (line, quantity, destination) so that the usual case is a few
 * names and a time.
 */
class RecordDisposal extends Composite<VerticalLayout> implements TaskForm {

    private final FieldErrors errors = new FieldErrors();
    private final DatePicker completedOn = new DatePicker();
    private final TextArea note = new TextArea();
    private final VerticalLayout custody = new VerticalLayout();
    private final List<HandOverRow> handOvers = new ArrayList<>();
    private final Button addHandOver = new Button();
    private final List<CaseView.SpecimenView> specimens;
    private final Map<Integer, SpecimenCustody.DisposalView> decided;
    private final ZoneId zone;
    private final LocalDateTime now;

    RecordDisposal(CaseView caseFile, List<SpecimenCustody.DisposalView> disposals, ZoneId zone, LocalDate today,
            LocalDateTime now) {
        this.specimens = caseFile.specimens();
        this.decided = disposals.stream().collect(Collectors.toMap(SpecimenCustody.DisposalView::specimenIndex,
                Function.identity(), (a, b) -> a));
        this.zone = zone;
        this.now = now;
        VerticalLayout layout = getContent();
        layout.setPadding(false);

        layout.add(new H3(getTranslation("form.disposal.decided")));
        UnorderedList list = new UnorderedList();
        list.setId("record-disposal-decided");
        for (SpecimenCustody.DisposalView d : disposals) {
            list.add(new ListItem(getTranslation("form.disposal.decidedLine", d.specimenIndex() + 1,
                    specimen(d.specimenIndex()).map(CaseView.SpecimenView::description).orElse(""),
                    Formats.quantity(d.quantity(), specimen(d.specimenIndex()).map(CaseView.SpecimenView::unit)
                            .orElse(null)),
                    getTranslation("method." + d.method()),
                    d.destination() == null ? "—" : d.destination(), Objects.toString(d.decidedBy(), ""))));
        }
        if (disposals.isEmpty()) {
            list.add(new ListItem(getTranslation("form.disposal.noneDecided")));
        }
        layout.add(list);

        completedOn.setId("record-disposal-completed-on");
        completedOn.setLabel(getTranslation("form.disposal.completedOn"));
        completedOn.setRequiredIndicatorVisible(true);
        completedOn.setMax(today);
        completedOn.setValue(today);
        errors.bind("completedOn", completedOn);

        note.setId("record-disposal-note");
        note.setLabel(getTranslation("form.disposal.note"));
        note.setWidthFull();
        errors.bind("note", note);
        layout.add(completedOn, note);

        layout.add(new H3(getTranslation("form.custody.title")));
        layout.add(new Paragraph(getTranslation("form.custody.help")));
        custody.setId("record-disposal-custody");
        custody.setPadding(false);
        addHandOver.setId("record-disposal-add-custody");
        addHandOver.setText(getTranslation("form.custody.add"));
        addHandOver.setIcon(VaadinIcon.PLUS.create());
        addHandOver.addClickListener(e -> addHandOver());
        layout.add(custody, addHandOver);
    }

    private Optional<CaseView.SpecimenView> specimen(int index) {
        return specimens.stream().filter(s -> s.index() == index).findFirst();
    }

    /** Adds a hand-over row for the next line not yet handed over, prefilled from its decision. */
    HandOverRow addHandOver() {
        int next = specimens.stream().map(CaseView.SpecimenView::index)
                .filter(i -> handOvers.stream().noneMatch(h -> Objects.equals(h.specimen.getValue(), i)))
                .findFirst().orElse(specimens.isEmpty() ? 0 : specimens.get(0).index());
        HandOverRow row = new HandOverRow();
        handOvers.add(row);
        custody.add(row.layout);
        row.prefill(next);
        renumber();
        return row;
    }

    private void remove(HandOverRow row) {
        handOvers.remove(row);
        custody.remove(row.layout);
        renumber();
    }

    /** Paths and ids follow the rows' positions, so after a removal the server's errors still land right. */
    private void renumber() {
        errors.unbind("custody");
        for (int i = 0; i < handOvers.size(); i++) {
            handOvers.get(i).bind(i);
        }
    }

    @Override
    public Component content() {
        return this;
    }

    @Override
    public SpecimenCustody.RecordDisposal command() {
        List<SpecimenCustody.HandOver> custody = handOvers.isEmpty() ? null : handOvers.stream()
                .map(row -> new SpecimenCustody.HandOver(row.specimen.getValue() == null ? null
                        : row.specimen.getValue().intValue(), row.quantity.getValue(), Forms.text(row.from.getValue()),
                        Forms.text(row.to.getValue()), Forms.text(row.handedOverBy.getValue()),
                        Forms.text(row.receivedBy.getValue()), Forms.at(row.at.getValue(), zone),
                        Forms.text(row.reason.getValue())))
                .toList();
        return new SpecimenCustody.RecordDisposal(completedOn.getValue(), Forms.text(note.getValue()), custody);
    }

    @Override
    public FieldErrors errors() {
        return errors;
    }

    /** One hand-over of specimens from one keeper to another: a custody record. */
    final class HandOverRow {
        final Select<Integer> specimen = new Select<>();
        final BigDecimalField quantity = new BigDecimalField();
        final TextField from = new TextField();
        final TextField to = new TextField();
        final TextField handedOverBy = new TextField();
        final TextField receivedBy = new TextField();
        final DateTimePicker at = new DateTimePicker();
        final TextField reason = new TextField();
        final Button remove = new Button();
        final Div layout = new Div();

        HandOverRow() {
            specimen.setLabel(getTranslation("form.custody.specimen"));
            specimen.setItems(specimens.stream().map(CaseView.SpecimenView::index).toList());
            specimen.setItemLabelGenerator(i -> i == null ? "" : specimen(i).map(s -> (s.index() + 1) + ". "
                    + Objects.toString(s.description(), "")).orElse(String.valueOf(i + 1)));
            specimen.setEmptySelectionAllowed(true);
            specimen.setRequiredIndicatorVisible(true);
            specimen.setMinWidth("14em");
            quantity.setLabel(getTranslation("form.custody.quantity"));
            quantity.setRequiredIndicatorVisible(true);
            quantity.setWidth("8em");
            from.setLabel(getTranslation("form.custody.from"));
            from.setRequiredIndicatorVisible(true);
            to.setLabel(getTranslation("form.custody.to"));
            to.setRequiredIndicatorVisible(true);
            handedOverBy.setLabel(getTranslation("form.custody.handedOverBy"));
            handedOverBy.setRequiredIndicatorVisible(true);
            receivedBy.setLabel(getTranslation("form.custody.receivedBy"));
            receivedBy.setRequiredIndicatorVisible(true);
            at.setLabel(getTranslation("form.custody.at"));
            at.setRequiredIndicatorVisible(true);
            reason.setLabel(getTranslation("form.custody.reason"));
            remove.setIcon(VaadinIcon.TRASH.create());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("form.custody.remove"));
            remove.setTooltipText(getTranslation("form.custody.remove"));
            remove.addClickListener(e -> remove(this));

            FlexLayout fields = new FlexLayout(specimen, quantity, from, to, handedOverBy, receivedBy, at, reason,
                    remove);
            fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            fields.setAlignItems(FlexComponent.Alignment.BASELINE);
            fields.getStyle().set("gap", "var(--lumo-space-m)");
            layout.add(fields);
            layout.setWidthFull();
            layout.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        }

        void prefill(int specimenIndex) {
            specimen.setValue(specimenIndex);
            SpecimenCustody.DisposalView decision = decided.get(specimenIndex);
            BigDecimal q = decision != null ? decision.quantity()
                    : specimen(specimenIndex).map(CaseView.SpecimenView::quantity).orElse(null);
            quantity.setValue(q == null ? null : new BigDecimal(q.stripTrailingZeros().toPlainString()));
            to.setValue(decision == null || decision.destination() == null ? "" : decision.destination());
            at.setValue(now);
        }

        void bind(int row) {
            String path = "custody[" + row + "].";
            errors.bind(path + "specimenIndex", specimen).setId("custody-specimen-" + row);
            errors.bind(path + "quantity", quantity).setId("custody-quantity-" + row);
            errors.bind(path + "from", from).setId("custody-from-" + row);
            errors.bind(path + "to", to).setId("custody-to-" + row);
            errors.bind(path + "handedOverBy", handedOverBy).setId("custody-handed-over-by-" + row);
            errors.bind(path + "receivedBy", receivedBy).setId("custody-received-by-" + row);
            errors.bind(path + "at", at).setId("custody-at-" + row);
            errors.bind(path + "reason", reason).setId("custody-reason-" + row);
            remove.setId("custody-remove-" + row);
        }
    }
}
