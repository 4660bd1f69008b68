package org.wildcase.ui;

import java.time.LocalDateTime;
import java.time.ZoneId;


/**
 * Form values as the commands take them, so that a form and an API call go through one validation: empty values
 * are null and left for the server to judge.
 */
public final class Forms {

    private Forms() {
    }

    /** A text field's value as a command takes it: trimmed, and null when empty. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A code chosen from a list (the names of the enum), null when none is chosen. */
    public static <E extends Enum<E>> E code(Class<E> type, String value) {
        return value == null || value.isBlank() ? null : Enum.valueOf(type, value.trim());
    }

    /** A local date and time entered in the agency's time zone, as the moment it names. */
    public static java.time.OffsetDateTime at(LocalDateTime value, ZoneId zone) {
        return value == null ? null : value.atZone(zone).toOffsetDateTime();
    }
}
