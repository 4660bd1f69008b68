package org.wildcase.reconciliation.ui;

import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wildcase.api.FieldError;

/** A refused file's errors in words: {@code lines[12].quantity} becomes "Line 12 · quantity: reason". */
final class RowErrors {

    private static final Pattern LINE = Pattern.compile("lines\\[(\\d+)\\](?:\\.(.+))?");

    private RowErrors() {
    }

    static String describe(FieldError error, BiFunction<String, Object[], String> translation) {
        String field = error.field() == null ? "" : error.field();
        Matcher m = LINE.matcher(field);
        if (m.matches()) {
            return m.group(2) == null
                    ? translation.apply("recon.import.lineError", new Object[] {m.group(1), error.message()})
                    : translation.apply("recon.import.lineColumnError",
                            new Object[] {m.group(1), m.group(2), error.message()});
        }
        return field.isEmpty() ? error.message() : field + ": " + error.message();
    }
}
