package org.wildcase.legal.ui;

import java.time.LocalDate;

import org.wildcase.ui.TaskForm;
import org.wildcase.legal.LegalHandling;
import org.wildcase.ui.CommandBinder;
import org.wildcase.ui.FieldErrors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

/** {@code ReferToInvestigation}: the investigative body, when the case went to it, and its reference. */
final class ReferToInvestigationForm extends FormLayout implements TaskForm {

    final TextField agency = new TextField();
    final DatePicker referredOn = new DatePicker();
    final TextField reference = new TextField();
    private final FieldErrors errors = new FieldErrors();
    private final CommandBinder<LegalHandling.ReferToInvestigation> binder =
            new CommandBinder<>(LegalHandling.ReferToInvestigation.class, errors);

    ReferToInvestigationForm(LocalDate today) {
        agency.setId("referral-agency");
        agency.setLabel(getTranslation("form.referral.agency"));

        referredOn.setId("referral-referred-on");
        referredOn.setLabel(getTranslation("form.referral.referredOn"));
        referredOn.setValue(today);
        referredOn.setMax(today);

        reference.setId("referral-reference");
        reference.setLabel(getTranslation("form.referral.reference"));

        binder.forField(agency).withConverter(CommandBinder.text()).bind("agency");
        binder.forField(referredOn).bind("referredOn");
        binder.forField(reference).withConverter(CommandBinder.text()).bind("reference");
        add(agency, referredOn, reference);
        setColspan(agency, 2);
    }

    @Override
    public Component content() {
        return this;
    }

    @Override
    public LegalHandling.ReferToInvestigation command() {
        return binder.command();
    }

    @Override
    public FieldErrors errors() {
        return errors;
    }
}
