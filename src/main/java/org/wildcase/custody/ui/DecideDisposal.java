package org.wildcase.custody.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.wildcase.custody.SpecimenCustody;
import org.wildcase.seizure.CaseView;
import org.wildcase.ui.TaskForm;
import org.wildcase.custody.DisposalMethod;
import org.wildcase.ui.FieldErrors;
import org.wildcase.ui.Formats;
import org.wildcase.ui.Forms;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The expert decides, per specimen line, what becomes of the specimens (Res. Conf. 17.8). The quantity starts at the
 * whole line; the method has no default, since each is a decision with consequences.
 */
class DecideDisposal extends Composite<VerticalLayout> implements TaskForm {

    private final FieldErrors errors = new FieldErrors();
    private final List<Row> rows = new ArrayList<>();

    DecideDisposal(CaseView caseFile) {
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        for (CaseView.SpecimenView s : caseFile.specimens()) {
            Row row = new Row(s, rows.size());
            rows.add(row);
            layout.add(row.layout);
        }
    }

    @Override
    public Component content() {
        return this;
    }

    @Override
    public SpecimenCustody.DecideDisposal command() {
        return new SpecimenCustody.DecideDisposal(rows.stream().map(row -> new SpecimenCustody.Disposal(row.index,
                row.quantity.getValue(), Forms.code(DisposalMethod.class, row.method.getValue()),
                Forms.text(row.destination.getValue()))).toList());
    }

    @Override
    public FieldErrors errors() {
        return errors;
    }

    private final class Row {
        final int index;
        final BigDecimalField quantity = new BigDecimalField();
        final Select<String> method = new Select<>();
        final TextField destination = new TextField();
        final Div layout = new Div();

        Row(CaseView.SpecimenView s, int row) {
            this.index = s.index();
            String at = "disposals[" + row + "].";
            Span line = new Span(getTranslation("form.disposal.line", s.index() + 1,
                    Objects.toString(s.description(), ""), Objects.toString(s.scientificName(), "—"),
                    Formats.quantity(s.quantity(), s.unit()), s.appendix() == null ? "—" : s.appendix()));
            line.setId("disposal-line-" + row);

            quantity.setId("disposal-quantity-" + row);
            quantity.setLabel(getTranslation("form.disposal.quantity"));
            quantity.setHelperText(s.unit() == null || s.unit().isBlank() ? null : s.unit());
            quantity.setValue(s.quantity() == null ? null
                    : new BigDecimal(s.quantity().stripTrailingZeros().toPlainString()));
            quantity.setWidth("8em");
            errors.bind(at + "quantity", quantity);

            method.setId("disposal-method-" + row);
            method.setLabel(getTranslation("form.disposal.method"));
            method.setItems(SpecimenCustody.disposalMethods());
            method.setItemLabelGenerator(m -> m == null ? "" : getTranslation("method." + m));
            method.setEmptySelectionAllowed(true);
            method.setRequiredIndicatorVisible(true);
            method.setMinWidth("18em");
            errors.bind(at + "method", method);

            destination.setId("disposal-destination-" + row);
            destination.setLabel(getTranslation("form.disposal.destination"));
            destination.setMinWidth("18em");
            errors.bind(at + "destination", destination);

            FlexLayout fields = new FlexLayout(quantity, method, destination);
            fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            fields.setAlignItems(FlexComponent.Alignment.BASELINE);
            fields.getStyle().set("gap", "var(--lumo-space-m)");
            layout.add(line, fields);
            layout.setWidthFull();
        }
    }
}
