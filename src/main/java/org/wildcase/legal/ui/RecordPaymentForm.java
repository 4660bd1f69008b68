package org.wildcase.legal.ui;

import java.time.LocalDate;

import org.wildcase.ui.TaskForm;
import org.wildcase.legal.LegalHandling;
import org.wildcase.ui.FieldErrors;
import org.wildcase.ui.Forms;

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

    /** {@code proceeding}: the case's legal proceeding with its fine, or null when there is none. */
    RecordPaymentForm(org.wildcase.legal.LegalHandling.View proceeding, LocalDate today) {
        org.wildcase.legal.LegalHandling.Money fine = proceeding == null ? null : proceeding.fine();

        penalty.setId("payment-penalty");
        penalty.setVisible(fine != null && fine.amount() != null);
        if (fine != null && fine.amount() != null) {
            String protocol = org.wildcase.ui.Forms.text(proceeding.protocolNumber());
            penalty.setText(getTranslation("form.payment.penalty", fine.amount().stripTrailingZeros().toPlainString(),
                    fine.currency() == null ? "" : fine.currency(), protocol == null ? "—" : protocol));
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
        if (fine != null && fine.amount() != null) {
            amount.setValue(fine.amount());
        }

        currency.setId("payment-currency");
        currency.setLabel(getTranslation("form.payment.currency"));
        currency.setMaxLength(3);
        currency.setValue(fine != null && fine.currency() != null ? fine.currency() : RecordPenaltyForm.HOME_CURRENCY);

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
