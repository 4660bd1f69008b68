package org.wildcase.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.wildcase.api.FieldError;
import org.wildcase.api.FieldRules;
import org.wildcase.api.InvalidInputException;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.PropertyDefinition;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.validator.BeanValidator;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;

/**
 * Binds a form's fields to the command record its task takes, by the record's component names, so that the
 * record's Bean Validation annotations drive the form as they drive the API: fields whose component is
 * {@code @NotNull}, {@code @NotBlank} or {@code @NotEmpty} carry the required mark, each field is checked as it
 * changes, and the messages are the API's, in the user's words. The module judges the command again when it is
 * submitted (rules that need the case); those errors come back beside the same fields through {@link FieldErrors}.
 */
public class CommandBinder<C extends Record> extends BeanValidationBinder<C> {

    private static final Set<Class<?>> REQUIRED = Set.of(jakarta.validation.constraints.NotNull.class,
            jakarta.validation.constraints.NotBlank.class, jakarta.validation.constraints.NotEmpty.class);

    private final FieldErrors errors;
    private final Map<HasValue<?, ?>, String> paths = new HashMap<>();

    public CommandBinder(Class<C> type, FieldErrors errors) {
        super(type);
        this.errors = errors;
        // A field's own checks (a date picker's max) would speak without words; the rules behind them are the
        // module's, and its message comes back from the service.
        setDefaultValidatorsEnabled(false);
    }

    /** A text as a command takes it: trimmed, and null when blank. */
    public static Converter<String, String> text() {
        return Converter.from(value -> com.vaadin.flow.data.binder.Result.ok(Forms.text(value)),
                value -> value == null ? "" : value);
    }

    /** A code chosen in a field of codes, as the enum constant the command takes. */
    public static <E extends Enum<E>> Converter<String, E> code(Class<E> type) {
        return Converter.from(value -> com.vaadin.flow.data.binder.Result.ok(Forms.code(type, value)),
                value -> value == null ? null : value.name());
    }

    @Override
    protected BindingBuilder<C, ?> configureBinding(BindingBuilder<C, ?> binding,
            PropertyDefinition<C, ?> definition) {
        Worded validator = new Worded(definition.getPropertyHolderType(), definition.getTopLevelName());
        PropertyDescriptor property = validator.getJavaxBeanValidator()
                .getConstraintsForClass(definition.getPropertyHolderType())
                .getConstraintsForProperty(definition.getTopLevelName());
        if (property != null && property.getConstraintDescriptors().stream().map(ConstraintDescriptor::getAnnotation)
                .anyMatch(a -> REQUIRED.contains(a.annotationType()))) {
            binding.getField().setRequiredIndicatorVisible(true);
        }
        if (binding.getField() instanceof HasValidation field) {
            errors.bind(definition.getName(), field);
        }
        paths.put(binding.getField(), definition.getName());
        return binding.withValidator(validator);
    }

    /**
     * The command as the fields are now. A field that breaks its component's annotations is marked, and the errors
     * are thrown as the API's 400 would name them, so the form shows both kinds alike.
     */
    public C command() {
        try {
            return writeRecord();
        } catch (ValidationException e) {
            // The exception carries every field's status, the valid ones too.
            List<FieldError> named = e.getFieldValidationErrors().stream().filter(s -> s.isError())
                    .map(s -> new FieldError(paths.get(s.getField()), s.getMessage().orElse(""))).toList();
            throw InvalidInputException.of(named);
        }
    }

    /** Vaadin's validator of one component, speaking the API's messages in the user's words. */
    private static final class Worded extends BeanValidator {

        Worded(Class<?> type, String property) {
            super(type, property);
        }

        @Override
        protected String getMessage(ConstraintViolation<?> violation, Locale locale) {
            return FieldErrors.localized(FieldRules.error(violation));
        }
    }
}
