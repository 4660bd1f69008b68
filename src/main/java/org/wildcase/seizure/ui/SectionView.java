package org.wildcase.seizure.ui;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.wildcase.ui.Formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Draws a module's part of the case file (expertise, legal proceeding, disposals, custody, care) from the same
 * JSON the API returns, so that the case file view needs no knowledge of the modules' records.
 */
final class SectionView {

    /** Fields whose values are codes, and the translation prefix of their labels. */
    private static final Map<String, String> CODES = Map.of("conclusion", "conclusion", "verdict", "verdict",
            "reasons", "reason", "method", "method", "qualification", "qualification", "outcome", "outcome",
            "appendix", "appendix");
    private static final Set<String> LINES = Set.of("specimenIndex", "documentIndex");

    private final ObjectMapper mapper;
    private final Component owner;
    private final ZoneId zone;

    SectionView(ObjectMapper mapper, Component owner, ZoneId zone) {
        this.mapper = mapper;
        this.owner = owner;
        this.zone = zone;
    }

    Component render(Object section) {
        return render(mapper.valueToTree(section));
    }

    private Component render(JsonNode node) {
        if (node.isArray()) {
            return table(node);
        }
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.setSpacing(false);
        List<Map.Entry<String, JsonNode>> nested = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            if (value.isNull() || value.isMissingNode()) {
                continue;
            }
            if (value.isArray() && value.size() > 0 && value.get(0).isObject()
                    || value.isObject() && !isMoney(value)) {
                nested.add(field);
                continue;
            }
            Div line = new Div(new Span(label(field.getKey()) + ": "), new Span(text(field.getKey(), value)));
            line.addClassName("case-field");
            layout.add(line);
        }
        for (Map.Entry<String, JsonNode> field : nested) {
            layout.add(new H4(label(field.getKey())), render(field.getValue()));
        }
        return layout;
    }

    private Component table(JsonNode array) {
        Grid<JsonNode> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        if (array.size() == 0) {
            grid.setEmptyStateText(owner.getTranslation("case.section.empty"));
            return grid;
        }
        List<String> columns = new ArrayList<>();
        array.forEach(row -> row.fieldNames().forEachRemaining(n -> {
            if (!columns.contains(n)) {
                columns.add(n);
            }
        }));
        for (String column : columns) {
            grid.addColumn(row -> text(column, row.path(column))).setHeader(label(column)).setAutoWidth(true)
                    .setResizable(true);
        }
        List<JsonNode> rows = new ArrayList<>();
        array.forEach(rows::add);
        grid.setItems(rows);
        return grid;
    }

    String label(String field) {
        return owner.getTranslation("field." + field);
    }

    private String text(String field, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> parts.add(v.isObject() ? compact(v) : text(field, v)));
            return String.join(", ", parts);
        }
        if (value.isObject()) {
            return isMoney(value) ? value.path("amount").asText() + " " + value.path("currency").asText("")
                    : compact(value);
        }
        if (value.isBoolean()) {
            return owner.getTranslation(value.asBoolean() ? "yes" : "no");
        }
        if (LINES.contains(field) && value.isNumber()) {
            return String.valueOf(value.asInt() + 1);
        }
        String s = value.asText();
        String prefix = CODES.get(field);
        if (prefix != null) {
            return owner.getTranslation(prefix + "." + s);
        }
        return when(s);
    }

    private String compact(JsonNode object) {
        List<String> parts = new ArrayList<>();
        object.fields().forEachRemaining(f -> {
            if (!f.getValue().isNull()) {
                parts.add(label(f.getKey()) + " " + text(f.getKey(), f.getValue()));
            }
        });
        return String.join("; ", parts);
    }

    /** Timestamps and dates as people read them; anything else as it is. */
    private String when(String s) {
        if (s.length() >= 20 && s.charAt(4) == '-' && s.charAt(10) == 'T') {
            try {
                return Formats.dateTime(OffsetDateTime.parse(s), zone, locale());
            } catch (DateTimeParseException e) {
                return s;
            }
        }
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            try {
                return Formats.date(LocalDate.parse(s), locale());
            } catch (DateTimeParseException e) {
                return s;
            }
        }
        return s;
    }

    private static java.util.Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? java.util.Locale.ENGLISH : ui.getLocale();
    }

    private static boolean isMoney(JsonNode node) {
        return node.isObject() && node.has("amount") && node.has("currency") && node.size() == 2;
    }
}
