package org.wildcase.expertise.ui;

import java.time.ZoneId;
import java.util.Objects;

import org.wildcase.expertise.SpeciesExpertise;
import org.wildcase.ui.TaskForm;
import org.wildcase.ui.CommandBinder;
import org.wildcase.ui.FieldErrors;
import org.wildcase.ui.Formats;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/** The customs officer answers the expert's question; the case then goes back to the expert. */
class ProvideInformation extends Composite<VerticalLayout> implements TaskForm {

    private final FieldErrors errors = new FieldErrors();
    private final TextArea answer = new TextArea();
    private final CommandBinder<SpeciesExpertise.ProvideInformation> binder =
            new CommandBinder<>(SpeciesExpertise.ProvideInformation.class, errors);

    ProvideInformation(SpeciesExpertise.View expertise, ZoneId zone) {
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        SpeciesExpertise.RoundView asked = expertise == null || expertise.rounds() == null ? null
                : expertise.rounds().stream().filter(r -> r.question() != null).reduce((a, b) -> b).orElse(null);

        Paragraph who = new Paragraph(asked == null ? "" : getTranslation("form.information.askedBy",
                Objects.toString(asked.decidedBy(), ""), Formats.dateTime(asked.decidedAt(), zone, getLocale())));
        who.setId("information-asked-by");
        Paragraph question = new Paragraph(asked == null ? getTranslation("form.information.noQuestion")
                : asked.question());
        question.setId("information-question");
        question.getStyle().set("white-space", "pre-wrap").set("font-weight", "600");
        layout.add(who, question);
        if (asked != null && asked.opinion() != null) {
            Paragraph opinion = new Paragraph(getTranslation("form.information.opinion", asked.opinion()));
            opinion.setId("information-opinion");
            layout.add(opinion);
        }

        answer.setId("information-answer");
        answer.setLabel(getTranslation("form.information.answer"));
        answer.setWidthFull();
        answer.setMinHeight("8em");
        binder.forField(answer).withConverter(CommandBinder.text()).bind("answer");
        layout.add(answer);
    }

    @Override
    public Component content() {
        return this;
    }

    @Override
    public SpeciesExpertise.ProvideInformation command() {
        return binder.command();
    }

    @Override
    public FieldErrors errors() {
        return errors;
    }
}
