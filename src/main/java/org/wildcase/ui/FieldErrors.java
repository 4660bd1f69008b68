package org.wildcase.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wildcase.api.FieldError;
import org.wildcase.api.FieldRules;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;

/**
 * Puts the field errors of a refused request next to the fields they name. Fields are bound by the JSON path of
 * the request body (for example {@code specimens[0].quantity}), so the UI shows exactly the errors the API reports,
 * from the same validation.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /** Binds a field to the path of the body value it edits; its own client-side checks are switched off. */
    public <T extends HasValidation> T bind(String path, T field) {
        field.setManualValidation(true);
        fields.put(path, field);
        return field;
    }

    /** Forgets the fields under a path, for a row that was removed. */
    public void unbind(String pathPrefix) {
        fields.keySet().removeIf(p -> p.equals(pathPrefix) || p.startsWith(pathPrefix + ".")
                || p.startsWith(pathPrefix + "["));
    }

    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    /**
     * Shows each error next to its field (or the first field under the path it names) and returns those that have
     * no field here, for the form to show as a summary.
     */
    public List<FieldError> show(List<FieldError> errors) {
        clear();
        List<FieldError> unplaced = new ArrayList<>();
        HasValidation first = null;
        for (FieldError error : errors) {
            HasValidation field = fields.get(error.field());
            if (field == null) {
                field = fields.entrySet().stream().filter(e -> e.getKey().startsWith(error.field() + ".")
                        || e.getKey().startsWith(error.field() + "[")).map(Map.Entry::getValue).findFirst()
                        .orElse(null);
            }
            if (field == null) {
                unplaced.add(error);
                continue;
            }
            String message = localized(error);
            field.setErrorMessage(field.isInvalid() ? field.getErrorMessage() + "; " + message : message);
            field.setInvalid(true);
            if (first == null) {
                first = field;
            }
        }
        if (first instanceof Component c && c instanceof com.vaadin.flow.component.Focusable<?> f) {
            f.focus();
        }
        return unplaced;
    }

    /**
     * An error in the user's language: in the words the rule gave it, or, for a rule that gave none, its common
     * English message matched to a translation.
     */
    public static String localized(FieldError error) {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        if (error.words() != null && ui != null) {
            return error.words().in(ui::getTranslation);
        }
        return localized(error.message());
    }

    /** The validation's common messages (the API words them in English) in the user's language. */
    static String localized(String message) {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        if (message == null || ui == null) {
            return message;
        }
        for (Worded w : WORDED) {
            Matcher m = w.pattern().matcher(message);
            if (m.matches()) {
                Object[] values = new Object[m.groupCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = m.group(i + 1);
                }
                return ui.getTranslation(w.key(), values);
            }
        }
        String key = switch (message) {
            case FieldRules.REQUIRED -> "validation.required";
            case FieldRules.NULL_ELEMENT -> "validation.required";
            case "must be greater than 0" -> "validation.positive";
            case "must be 0 or more" -> "validation.notNegative";
            case "may not lie in the future" -> "validation.future";
            case FieldRules.LIVE_TERM -> "validation.liveTerm";
            default -> null;
        };
        return key == null ? message : ui.getTranslation(key);
    }

    /** Messages with a figure in them, and the translation that takes the figure. */
    private record Worded(Pattern pattern, String key) {
    }

    private static final List<Worded> WORDED = List.of(
            new Worded(FieldRules.TOO_LONG_PATTERN, "validation.tooLong"),
            new Worded(Pattern.compile(Pattern.quote(FieldRules.BEFORE_SEIZURE) + " (?:on|at) (.+)"),
                    "validation.beforeSeizure"),
            new Worded(Pattern.compile(Pattern.quote(FieldRules.BEFORE_PENALTY) + " on (.+)"),
                    "validation.beforePenalty"),
            new Worded(Pattern.compile("may not lie before (\\d{4}-\\d{2}-\\d{2}), when the Convention entered into force"),
                    "validation.beforeConvention"),
            new Worded(Pattern.compile("must lie between (\\S+) and (\\S+)"), "validation.between"),
            new Worded(Pattern.compile("may have at most (\\d+) digits before the point and (\\d+) after it"),
                    "validation.digits"));
}
