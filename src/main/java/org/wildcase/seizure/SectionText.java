package org.wildcase.seizure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A case-file section's values ({@link CaseFileSection}'s JSON) as people read them: codes by their labels, line
 * indexes counted from 1, money with its currency, timestamps and dates in the reader's zone and language. The case
 * file view and the case file PDF both use it, so the two read alike.
 */
public final class SectionText {

    /** The reader's words and date formats. */
    public interface Words {

        /** A field's label. */
        String field(String name);

        /** The label under {@code key}, or {@code otherwise} when there is none. */
        String label(String key, String otherwise);

        String dateTime(OffsetDateTime at);

        String date(LocalDate day);

        /** The reader's language, for numbers. */
        java.util.Locale locale();
    }

    /** Fields whose values are codes, and the translation prefix of their labels. */
    private static final Map<String, String> CODES = Map.of("conclusion", "conclusion", "verdict", "verdict",
            "reasons", "reason", "method", "method", "qualification", "qualification", "outcome", "outcome",
            "appendix", "appendix");
    private static final Set<String> LINES = Set.of("specimenIndex", "documentIndex");

    private final Words words;

    public SectionText(Words words) {
        this.words = words;
    }

    public String text(String field, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> parts.add(v.isObject() ? compact(v) : text(field, v)));
            return String.join(", ", parts);
        }
        if (value.isObject()) {
            return isMoney(value) ? amount(value.path("amount")) + " " + value.path("currency").asText("")
                    : compact(value);
        }
        if (value.isBoolean()) {
            String yesNo = value.asBoolean() ? "yes" : "no";
            return words.label(yesNo, yesNo);
        }
        if (LINES.contains(field) && value.isNumber()) {
            return String.valueOf(value.asInt() + 1);
        }
        String s = value.asText();
        String prefix = CODES.get(field);
        if (prefix != null) {
            return words.label(prefix + "." + s, s);
        }
        return when(s);
    }

    /** An amount as the reader's language writes it: {@code 50 000} in Russian, {@code 50,000} in English. */
    private String amount(JsonNode amount) {
        if (!amount.isNumber()) {
            return amount.asText();
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(words.locale());
        format.setMaximumFractionDigits(2);
        return format.format(amount.decimalValue());
    }

    /** An amount with its currency and nothing else: shown inline, not as a nested record. */
    public static boolean isMoney(JsonNode node) {
        return node.isObject() && node.has("amount") && node.has("currency") && node.size() == 2;
    }

    private String compact(JsonNode object) {
        List<String> parts = new ArrayList<>();
        object.fields().forEachRemaining(f -> {
            if (!f.getValue().isNull()) {
                parts.add(words.field(f.getKey()) + " " + text(f.getKey(), f.getValue()));
            }
        });
        return String.join("; ", parts);
    }

    /** Timestamps and dates as people read them; anything else as it is. */
    private String when(String s) {
        if (s.length() >= 20 && s.charAt(4) == '-' && s.charAt(10) == 'T') {
            try {
                return words.dateTime(OffsetDateTime.parse(s));
            } catch (DateTimeParseException e) {
                return s;
            }
        }
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            try {
                return words.date(LocalDate.parse(s));
            } catch (DateTimeParseException e) {
                return s;
            }
        }
        return s;
    }
}
