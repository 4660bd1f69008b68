package org.wildcase.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.wildcase.api.FieldError;
import org.wildcase.api.InvalidInputException;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A form bound to its command record: the record's annotations drive it, without a Spring context. */
class CommandBinderTest {

    public enum Choice { ONE, TWO }

    // Public, as the modules' commands are: the binder calls its constructor.
    public record Command(@NotNull Choice choice, @NotBlank @Size(max = 10) String text, @Size(max = 3) String note) {
    }

    final FieldErrors errors = new FieldErrors();
    final CommandBinder<Command> binder = new CommandBinder<>(Command.class, errors);
    final RadioButtonGroup<String> choice = new RadioButtonGroup<>();
    final TextArea text = new TextArea();
    final TextField note = new TextField();

    CommandBinderTest() {
        choice.setItems("ONE", "TWO");
        binder.forField(choice).withConverter(CommandBinder.code(Choice.class)).bind("choice");
        binder.forField(text).withConverter(CommandBinder.text()).bind("text");
        binder.forField(note).withConverter(CommandBinder.text()).bind("note");
    }

    @Test
    void the_required_mark_comes_from_the_annotations() {
        assertThat(choice.isRequiredIndicatorVisible()).isTrue();
        assertThat(text.isRequiredIndicatorVisible()).isTrue();
        assertThat(note.isRequiredIndicatorVisible()).isFalse();
    }

    @Test
    void an_empty_form_is_refused_as_the_api_would_name_it_and_the_fields_are_marked() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, binder::command);
        assertThat(refused.errors()).extracting(FieldError::field, FieldError::message)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("choice", "is required"),
                        org.assertj.core.groups.Tuple.tuple("text", "is required"));
        assertThat(choice.isInvalid()).isTrue();
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("is required");
        assertThat(note.isInvalid()).isFalse();
    }

    @Test
    void a_field_is_judged_again_as_it_changes() {
        note.setValue("far too long");
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("is too long: at most 3 characters");
        note.setValue("ok");
        assertThat(note.isInvalid()).isFalse();
    }

    @Test
    void a_filled_form_is_the_command_with_texts_trimmed_and_blanks_left_out() {
        choice.setValue("TWO");
        text.setValue("  in order \n");
        note.setValue("   ");
        assertThat(binder.command()).isEqualTo(new Command(Choice.TWO, "in order", null));
    }

    @Test
    void the_errors_a_service_sends_back_land_on_the_bound_fields() {
        assertThat(errors.show(java.util.List.of(new FieldError("text", "names no specimen line")))).isEmpty();
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("names no specimen line");
    }
}
