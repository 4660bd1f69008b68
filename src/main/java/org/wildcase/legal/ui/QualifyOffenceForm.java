package org.wildcase.legal.ui;

import java.util.List;

import org.wildcase.ui.TaskForm;
import org.wildcase.legal.LegalHandling;
import org.wildcase.legal.Qualification;
import org.wildcase.ui.CommandBinder;
import org.wildcase.ui.FieldErrors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/** {@code QualifyOffence}: administrative or criminal, with the legal basis, next to what the expert concluded. */
final class QualifyOffenceForm extends FormLayout implements TaskForm {

    static final List<String> QUALIFICATIONS = List.of("ADMINISTRATIVE", "CRIMINAL");

    final Div expertise = new Div();
    final RadioButtonGroup<String> qualification = new RadioButtonGroup<>();
    final TextArea legalBasis = new TextArea();
    private final FieldErrors errors = new FieldErrors();
    private final CommandBinder<LegalHandling.QualifyOffence> binder =
            new CommandBinder<>(LegalHandling.QualifyOffence.class, errors);

    /** {@code expert}: the case's expertise, or null when there is none yet. */
    QualifyOffenceForm(org.wildcase.expertise.SpeciesExpertise.View expert) {
        expertise.setId("qualify-expertise");
        expertise.add(new H4(getTranslation("form.qualify.expertise")));
        String conclusion = expert == null ? null : org.wildcase.ui.Forms.text(expert.conclusion());
        String opinion = expert == null ? null : org.wildcase.ui.Forms.text(expert.opinion());
        if (conclusion == null && opinion == null) {
            expertise.add(new Paragraph(getTranslation("form.qualify.noExpertise")));
        }
        if (conclusion != null) {
            Paragraph p = new Paragraph(getTranslation("form.qualify.expertConclusion") + ": "
                    + getTranslation("conclusion." + conclusion));
            p.setId("qualify-expert-conclusion");
            expertise.add(p);
        }
        if (opinion != null) {
            Paragraph p = new Paragraph(getTranslation("form.qualify.expertOpinion") + ": " + opinion);
            p.setId("qualify-expert-opinion");
            expertise.add(p);
        }

        qualification.setId("qualify-qualification");
        qualification.setLabel(getTranslation("form.qualify.qualification"));
        qualification.setItems(QUALIFICATIONS);
        qualification.setItemLabelGenerator(code -> getTranslation("qualification." + code));

        legalBasis.setId("qualify-legal-basis");
        legalBasis.setLabel(getTranslation("form.qualify.legalBasis"));
        legalBasis.setHelperText(getTranslation("form.qualify.legalBasis.help"));

        binder.forField(qualification).withConverter(CommandBinder.code(Qualification.class)).bind("qualification");
        binder.forField(legalBasis).withConverter(CommandBinder.text()).bind("legalBasis");
        add(expertise, qualification, legalBasis);
        setColspan(expertise, 2);
        setColspan(legalBasis, 2);
    }

    @Override
    public Component content() {
        return this;
    }

    @Override
    public LegalHandling.QualifyOffence command() {
        return binder.command();
    }

    @Override
    public FieldErrors errors() {
        return errors;
    }
}
