package org.wildcase.casework.ui;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.wildcase.seizure.SectionText;
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

    private final ObjectMapper mapper;
    private final Component owner;
    private final SectionText values;

    SectionView(ObjectMapper mapper, Component owner, ZoneId zone) {
        this.mapper = mapper;
        this.owner = owner;
        this.values = new SectionText(new SectionText.Words() {
            @Override
            public String field(String name) {
                return owner.getTranslation("field." + name);
            }

            @Override
            public String label(String key, String otherwise) {
                return owner.getTranslation(key);
            }

            @Override
            public String dateTime(OffsetDateTime at) {
                return Formats.dateTime(at, zone, locale());
            }

            @Override
            public String date(LocalDate day) {
                return Formats.date(day, locale());
            }

            @Override
            public java.util.Locale locale() {
                return SectionView.locale();
            }
        });
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
                    || value.isObject() && !SectionText.isMoney(value)) {
                nested.add(field);
                continue;
            }
            Div line = new Div(new Span(label(field.getKey()) + ": "), new Span(values.text(field.getKey(), value)));
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
            grid.addColumn(row -> values.text(column, row.path(column))).setHeader(label(column)).setAutoWidth(true)
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

    private static java.util.Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? java.util.Locale.ENGLISH : ui.getLocale();
    }
}
