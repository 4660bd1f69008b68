package org.wildcase.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds request bodies from form values, exactly as the REST API takes them, so that a form and an API call go
 * through one validation. Empty values are sent as null and left for the server to judge.
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

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    public static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    public static ObjectNode text(ObjectNode node, String name, String value) {
        if (value == null || value.isBlank()) {
            node.putNull(name);
        } else {
            node.put(name, value.trim());
        }
        return node;
    }

    public static ObjectNode number(ObjectNode node, String name, Number value) {
        if (value == null) {
            node.putNull(name);
        } else if (value instanceof BigDecimal d) {
            node.put(name, d);
        } else {
            node.put(name, new BigDecimal(value.toString()));
        }
        return node;
    }

    public static ObjectNode flag(ObjectNode node, String name, Boolean value) {
        if (value == null) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
        return node;
    }

    public static ObjectNode code(ObjectNode node, String name, Enum<?> value) {
        return text(node, name, value == null ? null : value.name());
    }

    public static ObjectNode date(ObjectNode node, String name, LocalDate value) {
        return text(node, name, value == null ? null : value.toString());
    }

    /** A local date and time entered in the agency's time zone, sent as a timestamp with its offset. */
    public static ObjectNode timestamp(ObjectNode node, String name, LocalDateTime value, ZoneId zone) {
        return text(node, name, value == null ? null : value.atZone(zone).toOffsetDateTime().toString());
    }

    /** An amount with its currency; both empty means no amount at all. */
    public static ObjectNode money(ObjectNode node, String name, Number amount, String currency) {
        if (amount == null && (currency == null || currency.isBlank())) {
            node.putNull(name);
            return node;
        }
        ObjectNode money = node.putObject(name);
        number(money, "amount", amount);
        text(money, "currency", currency == null ? null : currency.trim().toUpperCase(java.util.Locale.ROOT));
        return node;
    }

    public static ObjectNode texts(ObjectNode node, String name, Collection<String> values) {
        ArrayNode array = node.putArray(name);
        values.forEach(array::add);
        return node;
    }
}
