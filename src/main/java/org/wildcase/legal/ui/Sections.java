package org.wildcase.legal.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.wildcase.ui.Formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Reads the parts of the case file as the API shows them (JSON), so the legal screens can show the expert's
 * findings without depending on the expertise module's types.
 */
final class Sections {

    private Sections() {
    }

    static JsonNode of(ObjectMapper mapper, Object section) {
        JsonNode node = section == null ? null : mapper.valueToTree(section);
        return node == null || node.isNull() ? MissingNode.getInstance() : node;
    }

    /** The text at a field, or null when it is absent or empty. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() && !value.asText().isBlank() ? value.asText() : null;
    }

    static String date(JsonNode node, String field, Locale locale) {
        String text = text(node, field);
        if (text == null) {
            return null;
        }
        try {
            return Formats.date(LocalDate.parse(text), locale);
        } catch (DateTimeParseException e) {
            return text;
        }
    }
}
