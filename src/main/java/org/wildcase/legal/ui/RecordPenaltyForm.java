package org.wildcase.legal.ui;

import java.time.LocalDate;

import org.wildcase.ui.TaskForm;
import org.wildcase.legal.LegalHandling;
import org.wildcase.ui.FieldErrors;
import org.wildcase.ui.Forms;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

/** {@code RecordPenalty}: the protocol, the fine and whether the specimens are confiscated. */
final class RecordPenaltyForm extends FormLayout implements TaskForm {

    /** Fines are imposed in the home currency unless the officer says otherwise. */
    static final String HOME_CURRENCY = "KGS";

    final TextField protocolNumber = new TextField();
    final BigDecimalField fineAmount = new BigDecimalField();
    final TextField fineCurrency = new TextField();
    final Checkbox confiscation = new Checkbox();
    final DatePicker paymentDue = new DatePicker();
    final DatePicker recordedOn = new DatePicker();
    private final FieldErrors errors = new FieldErrors();

    RecordPenaltyForm(LocalDate today) {
        protocolNumber.setId("penalty-protocol-number");
        protocolNumber.setLabel(getTranslation("form.penalty.protocolNumber"));
        protocolNumber.setRequiredIndicatorVisible(true);

        fineAmount.setId("penalty-fine-amount");
        fineAmount.setLabel(getTranslation("form.penalty.fineAmount"));
        fineAmount.setRequiredIndicatorVisible(true);

        fineCurrency.setId("penalty-fine-currency");
        fineCurrency.setLabel(getTranslation("form.penalty.currency"));
        fineCurrency.setMaxLength(3);
        fineCurrency.setValue(HOME_CURRENCY);

        confiscation.setId("penalty-confiscation");
        confiscation.setLabel(getTranslation("form.penalty.confiscation"));
        confiscation.setValue(true);

        paymentDue.setId("penalty-payment-due");
        paymentDue.setLabel(getTranslation("form.penalty.paymentDue"));

        // The day the protocol was drawn up: the payment may not lie before it.
        recordedOn.setId("penalty-recorded-on");
        recordedOn.setLabel(getTranslation("form.penalty.recordedOn"));
        recordedOn.setValue(today);
        recordedOn.setMax(today);

        errors.bind("protocolNumber", protocolNumber);
        errors.bind("recordedOn", recordedOn);
        errors.bind("fine.amount", fineAmount);
        errors.bind("fine.currency", fineCurrency);
        errors.bind("confiscation", confiscation);
        errors.bind("paymentDue", paymentDue);
        add(protocolNumber, recordedOn, fineAmount, fineCurrency, paymentDue, confiscation);
        setColspan(confiscation, 2);
    }

    @Override
    public Component content() {
        return this;
    }

    @Override
    public LegalHandling.RecordPenalty command() {
        return new LegalHandling.RecordPenalty(Forms.text(protocolNumber.getValue()),
                LegalForms.money(fineAmount.getValue(), fineCurrency.getValue()), confiscation.getValue(),
                paymentDue.getValue(), recordedOn.getValue());
    }

    @Override
    public FieldErrors errors() {
        return errors;
    }
}
