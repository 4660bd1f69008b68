package org.wildcase.legal.ui;

import java.time.LocalDate;

import org.wildcase.ui.TaskForm;
import org.wildcase.legal.LegalHandling;
import org.wildcase.ui.FieldErrors;
import org.wildcase.ui.Forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

/** {@code RecordPayment}: when the fine was paid and how much, prefilled with the fine imposed. */
final class RecordPaymentForm extends FormLayout implements TaskForm {

    final Paragraph penalty = new Paragraph();
    final DatePicker paidOn = new DatePicker();
    final BigDecimalField amount = new BigDecimalField();
    final TextField currency = new TextField();
    private final FieldErrors errors = new FieldErrors();

    RecordPaymentForm(JsonNode legalSection, LocalDate today) {
        JsonNode fine = legalSection.path("fine");
        String fineAmount = Sections.text(fine, "amount");
        String fineCurrency = Sections.text(fine, "currency");

        penalty.setId("payment-penalty");
        penalty.setVisible(fineAmount != null);
        if (fineAmount != null) {
            String protocol = Sections.text(legalSection, "protocolNumber");
            penalty.setText(getTranslation("form.payment.penalty", fine.path("amount").decimalValue()
                    .stripTrailingZeros().toPlainString(), fineCurrency == null ? "" : fineCurrency,
                    protocol == null ? "—" : protocol));
        }

        paidOn.setId("payment-paid-on");
        paidOn.setLabel(getTranslation("form.payment.paidOn"));
        paidOn.setValue(today);
        // Only a hint in the calendar; the server judges the date.
        paidOn.setMax(today);
        paidOn.setRequiredIndicatorVisible(true);

        amount.setId("payment-amount");
        amount.setLabel(getTranslation("form.payment.amount"));
        amount.setRequiredIndicatorVisible(true);
        if (fineAmount != null) {
            amount.setValue(fine.path("amount").decimalValue());
        }

        currency.setId("payment-currency");
        currency.setLabel(getTranslation("form.payment.currency"));
        currency.setMaxLength(3);
        currency.setValue(fineCurrency != null ? fineCurrency : RecordPenaltyForm.HOME_CURRENCY);

        errors.bind("paidOn", paidOn);
        errors.bind("amount.amount", amount);
        errors.bind("amount.currency", currency);
        add(penalty, paidOn, amount, currency);
        setColspan(penalty, 2);
    }

    @Override
    public Component content() {
        return this;
    }

    @Override
    public LegalHandling.RecordPayment command() {
        return new LegalHandling.RecordPayment(paidOn.getValue(), LegalForms.money(amount.getValue(),
                currency.getValue()));
    }

    @Override
    public FieldErrors errors() {
        return errors;
    }
}
