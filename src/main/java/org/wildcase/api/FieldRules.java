package org.wildcase.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The Bean Validation annotations of a request record, answered as the API's field errors: named by their JSON path
 * ({@code specimens[0].quantity}, {@code parties[0]} for a null element) and worded in stable English, whatever the
 * caller's language, so that the forms can translate the common ones. The annotations are the one place a field rule
 * lives; the API, the forms and the OpenAPI document (which publishes {@code @Size} as {@code maxLength},
 * {@code @DecimalMax} as {@code maximum}) read them from there.
 */
public final class FieldRules {

    /** Messages the forms recognise; kept here so that they are worded alike everywhere. */
    public static final String REQUIRED = "is required";
    public static final String NULL_ELEMENT = "may not be null";
    public static final String TOO_LONG = "is too long: at most %d characters";
    public static final Pattern TOO_LONG_PATTERN = Pattern.compile("is too long: at most (\\d+) characters");
    /** A later fact dated before the seizure (domain.md, Corrections), followed by " on <day>" or " at <time>". */
    public static final String BEFORE_SEIZURE = "may not lie before the seizure";
    /** A payment dated before its penalty was recorded, followed by " on <day>". */
    public static final String BEFORE_PENALTY = "may not lie before the penalty was recorded";
    /** A specimen line of term LIV that says it is not live. */
    public static final String LIVE_TERM = "must be true (or left out) for term LIV: LIV means live specimens";

    /** What a numeric(19, 6) quantity column holds. */
    public static final String MAX_QUANTITY = "9999999999999.999999";
    public static final int QUANTITY_INTEGER_DIGITS = 13;
    public static final int QUANTITY_FRACTION_DIGITS = 6;
    /** What a numeric(19, 2) money column holds. */
    public static final String MAX_AMOUNT = "99999999999999999.99";
    public static final int AMOUNT_INTEGER_DIGITS = 17;
    public static final int AMOUNT_FRACTION_DIGITS = 2;

    /** A fact dated after today (or after now). */
    public static final String FUTURE = "may not lie in the future";

    // The module rules that forms in several modules meet, each with its stable English and the user's words.

    public static FieldError future(String field) {
        return new FieldError(field, FUTURE, Phrase.of("validation.future"));
    }

    public static FieldError positive(String field) {
        return new FieldError(field, "must be greater than 0", Phrase.of("validation.positive"));
    }

    public static FieldError nullElement(String field) {
        return new FieldError(field, NULL_ELEMENT, Phrase.of("validation.required"));
    }

    public static FieldError liveTerm(String field) {
        return new FieldError(field, LIVE_TERM, Phrase.of("validation.liveTerm"));
    }

    public static FieldError notCountry(String field, String value) {
        return new FieldError(field, "'" + value + "' is not an ISO 3166 alpha-2 country code",
                Phrase.of("validation.notCountry", value));
    }

    public static FieldError notTermCode(String field, String value) {
        return new FieldError(field, "'" + value + "' is not a CITES term code", Phrase.of("validation.notTerm", value));
    }

    public static FieldError notUnitCode(String field, String value) {
        return new FieldError(field, "'" + value + "' is not a CITES unit code", Phrase.of("validation.notUnit", value));
    }

    /** An index that names no line of the case's (or the body's) {@code lines} specimen lines. */
    public static FieldError noSpecimenLine(String field, int lines) {
        return new FieldError(field, "names no specimen line (there are " + lines + ")",
                Phrase.of("validation.noSpecimenLine", lines));
    }

    /** An index that names none of the case's {@code documents} documents. */
    public static FieldError noDocument(String field, int documents) {
        return new FieldError(field, "names no document (there are " + documents + ")",
                Phrase.of("validation.noDocument", documents));
    }

    public static FieldError notCurrency(String field, String value) {
        return new FieldError(field, "'" + value + "' is not an ISO 4217 currency code",
                Phrase.of("validation.notCurrency", value));
    }

    /** A later fact dated before the seizure: {@code seized} is its day (ISO) or its moment in the home zone. */
    public static FieldError beforeSeizure(String field, String seized, boolean moment) {
        return new FieldError(field, BEFORE_SEIZURE + (moment ? " at " : " on ") + seized,
                Phrase.of("validation.beforeSeizure", seized));
    }

    /** A payment dated before the day its penalty was recorded ({@code recorded}, ISO). */
    public static FieldError beforePenalty(String field, String recorded) {
        return new FieldError(field, BEFORE_PENALTY + " on " + recorded, Phrase.of("validation.beforePenalty", recorded));
    }

    public static FieldError beforeIssue(String field) {
        return new FieldError(field, "lies before the issue date", Phrase.of("permits.error.beforeIssue"));
    }

    private static final Pattern CONTAINER_NODE = Pattern.compile("\\.?<[a-z ]+>");

    private FieldRules() {
    }

    /** Every violated annotation of the body (and of the records it holds with {@code @Valid}), sorted by field. */
    public static List<FieldError> of(Validator validator, Object body) {
        return of(validator, body, new Class<?>[0]);
    }

    /** As {@link #of(Validator, Object)} for the validation groups named (none: the default group). */
    public static List<FieldError> of(Validator validator, Object body, Class<?>... groups) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<Object> v : validator.validate(body, groups)) {
            errors.add(error(v));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        return errors;
    }

    /** Throws a 400 with the body's field errors, or returns when it has none. */
    public static void require(Validator validator, Object body) {
        fail(of(validator, body));
    }

    /**
     * One error per field, the first given winning (so a module lists the annotations' errors before its own rules,
     * and a value that breaks both is named once), sorted by field.
     */
    public static List<FieldError> merge(List<FieldError> first, List<FieldError> then) {
        Map<String, FieldError> byField = new LinkedHashMap<>();
        first.forEach(e -> byField.putIfAbsent(e.field(), e));
        then.forEach(e -> byField.putIfAbsent(e.field(), e));
        List<FieldError> merged = new ArrayList<>(byField.values());
        merged.sort(Comparator.comparing(FieldError::field));
        return merged;
    }

    /** Throws a 400 naming every field, or returns when there is none. */
    public static void fail(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
    }

    /** {@code parties[0].<list element>} as the API names it: {@code parties[0]}. */
    static String path(Path path) {
        return CONTAINER_NODE.matcher(path.toString()).replaceAll("");
    }

    static String message(ConstraintViolation<?> v) {
        return error(v).message();
    }

    /**
     * The error of one violated annotation: its stable English message, and for the annotations every form meets the
     * same in the translation files' words ({@code validation.*}); a constraint of our own keeps its message.
     */
    public static FieldError error(ConstraintViolation<?> v) {
        String field = path(v.getPropertyPath());
        Class<?> constraint = v.getConstraintDescriptor().getAnnotation().annotationType();
        Map<String, Object> a = v.getConstraintDescriptor().getAttributes();
        if (constraint == NotNull.class) {
            return new FieldError(field, elementOfContainer(v.getPropertyPath()) ? NULL_ELEMENT : REQUIRED,
                    Phrase.of("validation.required"));
        }
        if (constraint == NotBlank.class || constraint == NotEmpty.class) {
            return new FieldError(field, REQUIRED, Phrase.of("validation.required"));
        }
        if (constraint == Size.class) {
            if (v.getInvalidValue() instanceof CharSequence) {
                return new FieldError(field, TOO_LONG.formatted((Integer) a.get("max")),
                        Phrase.of("validation.tooLong", a.get("max")));
            }
            int min = (Integer) a.get("min");
            return min > 0 && sizeOf(v.getInvalidValue()) < min
                    ? new FieldError(field, "needs at least " + min + " entries", Phrase.of("validation.minEntries", min))
                    : new FieldError(field, "may hold at most " + a.get("max") + " entries",
                            Phrase.of("validation.maxEntries", a.get("max")));
        }
        if (constraint == Positive.class) {
            return new FieldError(field, "must be greater than 0", Phrase.of("validation.positive"));
        }
        if (constraint == PositiveOrZero.class) {
            return new FieldError(field, "must be 0 or more", Phrase.of("validation.notNegative"));
        }
        if (constraint == DecimalMin.class) {
            return Boolean.TRUE.equals(a.get("inclusive"))
                    ? new FieldError(field, "must be " + a.get("value") + " or more",
                            Phrase.of("validation.atLeast", a.get("value")))
                    : new FieldError(field, "must be greater than " + a.get("value"),
                            Phrase.of("validation.greaterThan", a.get("value")));
        }
        if (constraint == Min.class) {
            return new FieldError(field, "must be " + a.get("value") + " or more",
                    Phrase.of("validation.atLeast", a.get("value")));
        }
        if (constraint == DecimalMax.class) {
            return Boolean.TRUE.equals(a.get("inclusive"))
                    ? new FieldError(field, "must be at most " + a.get("value"),
                            Phrase.of("validation.atMost", a.get("value")))
                    : new FieldError(field, "must be less than " + a.get("value"),
                            Phrase.of("validation.lessThan", a.get("value")));
        }
        if (constraint == Max.class) {
            return new FieldError(field, "must be at most " + a.get("value"),
                    Phrase.of("validation.atMost", a.get("value")));
        }
        if (constraint == DateWithin.class) {
            return new FieldError(field, v.getMessage(), Phrase.of("validation.between", a.get("from"), a.get("to")));
        }
        if (constraint == Digits.class) {
            return new FieldError(field, "may have at most " + a.get("integer") + " digits before the point and "
                    + a.get("fraction") + " after it", Phrase.of("validation.digits", a.get("integer"),
                            a.get("fraction")));
        }
        return new FieldError(field, v.getMessage());
    }

    private static boolean elementOfContainer(Path path) {
        Path.Node last = null;
        for (Path.Node node : path) {
            last = node;
        }
        return last != null && last.getKind() == ElementKind.CONTAINER_ELEMENT;
    }

    private static int sizeOf(Object value) {
        if (value instanceof java.util.Collection<?> c) {
            return c.size();
        }
        if (value instanceof java.util.Map<?, ?> m) {
            return m.size();
        }
        if (value instanceof Object[] array) {
            return array.length;
        }
        return Integer.MAX_VALUE;
    }
}
