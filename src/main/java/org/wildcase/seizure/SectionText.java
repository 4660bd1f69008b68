package org.wildcase.seizure;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A case-file section's values (the records a {@link CaseFileSection} returns) as people read them: codes by their
 * labels, line indexes counted from 1, money with its currency, timestamps and dates in the reader's zone and
 * language. The case file view and the case file PDF both use it, so the two read alike. It reads the records'
 * components in their declared order, by their types: a date is a date because it is a {@code LocalDate}.
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
            "appendix", "appendix", "evidenceKind", "evidenceKind");
    private static final Set<String> LINES = Set.of("specimenIndex", "documentIndex");

    private final Words words;

    public SectionText(Words words) {
        this.words = words;
    }

    /** A value as a line of text; a nested record reads as "field value; field value". */
    public String text(String field, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(v -> parts.add(v instanceof Record r ? compact(r) : text(field, v)));
            return String.join(", ", parts);
        }
        if (value instanceof Record r) {
            return isMoney(r) ? amount(component(r, "amount")) + " " + Objects.toString(component(r, "currency"), "")
                    : compact(r);
        }
        if (value instanceof Boolean yes) {
            String yesNo = yes ? "yes" : "no";
            return words.label(yesNo, yesNo);
        }
        if (LINES.contains(field) && value instanceof Number n) {
            return String.valueOf(n.intValue() + 1);
        }
        if (value instanceof OffsetDateTime at) {
            return words.dateTime(at);
        }
        if (value instanceof LocalDate day) {
            return words.date(day);
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        String s = value instanceof Enum<?> e ? e.name() : value.toString();
        String prefix = CODES.get(field);
        return prefix != null ? words.label(prefix + "." + s, s) : s;
    }

    /** The fields of a section's record, in their declared order; empty for anything that is not a record. */
    public static List<Map.Entry<String, Object>> fields(Object record) {
        if (!(record instanceof Record r)) {
            return List.of();
        }
        List<Map.Entry<String, Object>> fields = new ArrayList<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            fields.add(new AbstractMap.SimpleImmutableEntry<>(c.getName(), value(r, c)));
        }
        return fields;
    }

    /** A value drawn on its own below the others: a record (not an amount), or a list of records. */
    public static boolean isNested(Object value) {
        return value instanceof Record r && !isMoney(r)
                || value instanceof Collection<?> list && !list.isEmpty() && list.iterator().next() instanceof Record;
    }

    /** An amount with its currency and nothing else: shown inline, not as a nested record. */
    public static boolean isMoney(Object value) {
        if (!(value instanceof Record r)) {
            return false;
        }
        RecordComponent[] parts = r.getClass().getRecordComponents();
        return parts.length == 2 && parts[0].getName().equals("amount") && parts[1].getName().equals("currency");
    }

    /** An amount as the reader's language writes it: {@code 50 000} in Russian, {@code 50,000} in English. */
    private String amount(Object amount) {
        if (!(amount instanceof Number n)) {
            return Objects.toString(amount, "");
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(words.locale());
        format.setMaximumFractionDigits(2);
        return format.format(n instanceof BigDecimal d ? d : new BigDecimal(n.toString()));
    }

    private String compact(Record record) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Object> f : fields(record)) {
            if (f.getValue() != null) {
                parts.add(words.field(f.getKey()) + " " + text(f.getKey(), f.getValue()));
            }
        }
        return String.join("; ", parts);
    }

    private static Object component(Record r, String name) {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                return value(r, c);
            }
        }
        return null;
    }

    private static Object value(Record r, RecordComponent c) {
        try {
            java.lang.reflect.Method accessor = c.getAccessor();
            // A module's view record may be nested in a class of its own package.
            accessor.trySetAccessible();
            return accessor.invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + c.getName() + " of " + r.getClass().getName(), e);
        }
    }
}
