package org.wildcase.api;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * What is wrong with a request body, in the caller's terms: the field by its JSON path and what it must be ("a
 * date as text (YYYY-MM-DD)", "one of [EXPORT, IMPORT, ...]"), never a Java class, method or stack frame.
 */
final class JsonFaults {

    /** The field errors of one unreadable body, and whether it was refused for its size (413, not 400). */
    record Fault(FieldError error, boolean tooLarge) {
    }

    private JsonFaults() {
    }

    static Fault of(Throwable e) {
        StreamConstraintsException limit = find(e, StreamConstraintsException.class);
        if (limit != null) {
            String m = String.valueOf(limit.getOriginalMessage());
            if (m.startsWith("Document length")) {
                return new Fault(new FieldError("body", "is larger than " + JsonRequests.MAX_BODY_BYTES / 1024
                        + " KB"), true);
            }
            if (m.contains("nesting depth")) {
                return new Fault(new FieldError("body", "nests deeper than " + JsonRequests.MAX_NESTING
                        + " levels"), false);
            }
            return new Fault(new FieldError(path(e), "is longer than a value of this API may be"), false);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return new Fault(new FieldError(jsonPath(mapping), describe(mapping)), false);
        }
        if (e instanceof MismatchedInputException m) {
            String original = String.valueOf(m.getOriginalMessage());
            if (original.startsWith("Trailing token")) {
                return new Fault(new FieldError("body", "must be exactly one JSON value, but more follows it"
                        + at(m.getLocation())), false);
            }
            if (original.startsWith("No content to map")) {
                return new Fault(new FieldError("body", "is required (a JSON object)"), false);
            }
            return new Fault(new FieldError("body", "must be " + kind(m.getTargetType())), false);
        }
        if (e instanceof JsonParseException p) {
            return new Fault(new FieldError("body", "is not valid JSON" + at(p.getLocation()) + ": "
                    + firstLine(p.getOriginalMessage())), false);
        }
        if (e instanceof JacksonException j) {
            return new Fault(new FieldError("body", "is not valid JSON" + at(j.getLocation())), false);
        }
        return new Fault(new FieldError("body", "could not be read as JSON"), false);
    }

    /** Jackson's path as the API names fields: {@code specimens[0].unit}. */
    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String path(Throwable e) {
        JsonMappingException mapping = find(e, JsonMappingException.class);
        return mapping == null ? "body" : jsonPath(mapping);
    }

    private static String describe(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "is not a field here; the fields are " + u.getKnownPropertyIds().stream().map(String::valueOf)
                    .sorted().collect(Collectors.joining(", "));
        }
        if (e instanceof InvalidNullException) {
            return "may not be null";
        }
        if (e instanceof InvalidFormatException f) {
            Class<?> target = f.getTargetType();
            if (target != null && target.isEnum()) {
                return f.getValue() instanceof Number ? "must be one of " + names(target) + " (by name, not number)"
                        : "'" + echo(f.getValue()) + "' is not one of " + names(target);
            }
            return "'" + echo(f.getValue()) + "' is not " + kind(target);
        }
        if (find(e, InputCoercionException.class) != null) {
            return "is out of range for a number here";
        }
        if (e instanceof MismatchedInputException m) {
            if (String.valueOf(m.getOriginalMessage()).startsWith("Cannot map `null`")) {
                return "may not be null";
            }
            return "must be " + kind(m.getTargetType());
        }
        return "has an invalid value";
    }

    /** What a value of this type looks like in JSON. */
    static String kind(Class<?> type) {
        if (type == null) {
            return "a JSON object";
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type.isEnum()) {
            return "one of " + names(type);
        }
        if (type == java.time.LocalDate.class) {
            return "a date as text (YYYY-MM-DD)";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "a timestamp as text (ISO 8601 with an offset, for example 2026-11-20T09:30:00+06:00)";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "a JSON object";
        }
        return "a JSON object";
    }

    /** The caller's value, shortened: a reply never repeats a huge input. */
    private static String echo(Object value) {
        String s = String.valueOf(value);
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static String names(Class<?> enumType) {
        return Arrays.toString(enumType.getEnumConstants());
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** The parser's own words about the JSON, without its references to the reader's settings and types. */
    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        String first = nl >= 0 ? s.substring(0, nl) : s;
        for (String tail : new String[] {" (start marker at", " at [Source", "[Source"}) {
            int at = first.indexOf(tail);
            if (at >= 0) {
                first = first.substring(0, at);
            }
        }
        first = first.replaceAll("`[^`]*`", "").replaceAll("\\s+", " ").trim();
        return first.length() > 160 ? first.substring(0, 160) : first;
    }

    static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
