package org.wildcase.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates, times and quantities as people read them: in the agency's time zone and the user's language. */
public final class Formats {

    private Formats() {
    }

    public static String dateTime(OffsetDateTime at, ZoneId zone, Locale locale) {
        return at == null ? "" : at.atZoneSameInstant(zone)
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale));
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    /**
     * A route as people read it, origin → transit → destination, with a dash for a country not given; null when
     * nothing of it is known, so that no "? → ?" is shown.
     */
    public static String route(String origin, java.util.List<String> transit, String destination) {
        java.util.List<String> via = transit == null ? java.util.List.of() : transit;
        if (origin == null && destination == null && via.isEmpty()) {
            return null;
        }
        java.util.List<String> stops = new java.util.ArrayList<>();
        stops.add(origin == null ? "—" : origin);
        stops.addAll(via);
        stops.add(destination == null ? "—" : destination);
        return String.join(" → ", stops);
    }

    public static String quantity(BigDecimal quantity, String unit) {
        if (quantity == null) {
            return "";
        }
        return quantity.stripTrailingZeros().toPlainString() + (unit == null || unit.isBlank() ? "" : " " + unit);
    }
}
