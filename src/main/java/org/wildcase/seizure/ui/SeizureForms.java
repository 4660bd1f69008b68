package org.wildcase.seizure.ui;

import org.springframework.stereotype.Component;
import org.wildcase.seizure.CaseRef;
import org.wildcase.seizure.CaseView;
import org.wildcase.seizure.ReleaseConsignment;
import org.wildcase.ui.FieldErrors;
import org.wildcase.ui.TaskForm;
import org.wildcase.ui.Forms;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/** The seizure module's own task: releasing a consignment the expert found in order. */
@Component
public class SeizureForms {

    public TaskForm releaseConsignment(CaseRef ref, CaseView caseFile) {
        return new ReleaseConsignmentForm();
    }

    /** {"note": "text"}: how the consignment was released. */
    static final class ReleaseConsignmentForm implements TaskForm {

        private final FieldErrors errors = new FieldErrors();
        private final VerticalLayout content = new VerticalLayout();
        final TextArea note = new TextArea();

        ReleaseConsignmentForm() {
            note.setId("release-note");
            note.setLabel(content.getTranslation("form.release.note"));
            note.setWidthFull();
            errors.bind("note", note);
            content.setPadding(false);
            content.add(new Paragraph(content.getTranslation("form.release.intro")), note);
        }

        @Override
        public com.vaadin.flow.component.Component content() {
            return content;
        }

        @Override
        public ReleaseConsignment.Body command() {
            return new ReleaseConsignment.Body(Forms.text(note.getValue()));
        }

        @Override
        public FieldErrors errors() {
            return errors;
        }
    }
}
