package org.wildcase.casework.ui;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.wildcase.seizure.SectionText;
import org.wildcase.ui.Formats;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Draws a module's part of the case file (expertise, legal proceeding, disposals, custody, care) from the record the
 * module returns, field by field in the order the API shows them, so that the case file view needs no knowledge of
 * each module's record.
 */
final class SectionView {

    private final Component owner;
    private final SectionText values;

    SectionView(Component owner, ZoneId zone) {
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

    /** A record as label–value lines with its nested parts below; a list of records as one table. */
    Component render(Object section) {
        if (section instanceof Collection<?> list) {
            return table(list);
        }
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.setSpacing(false);
        List<Map.Entry<String, Object>> nested = new ArrayList<>();
        for (Map.Entry<String, Object> field : SectionText.fields(section)) {
            Object value = field.getValue();
            if (value == null) {
                continue;
            }
            if (SectionText.isNested(value)) {
                nested.add(field);
                continue;
            }
            Div line = new Div(new Span(label(field.getKey()) + ": "), new Span(values.text(field.getKey(), value)));
            line.addClassName("case-field");
            layout.add(line);
        }
        for (Map.Entry<String, Object> field : nested) {
            layout.add(new H4(label(field.getKey())), render(field.getValue()));
        }
        return layout;
    }

    private Component table(Collection<?> list) {
        Grid<Object> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        if (list.isEmpty()) {
            grid.setEmptyStateText(owner.getTranslation("case.section.empty"));
            return grid;
        }
        List<String> columns = new ArrayList<>();
        list.forEach(row -> SectionText.fields(row).forEach(f -> {
            if (!columns.contains(f.getKey())) {
                columns.add(f.getKey());
            }
        }));
        for (String column : columns) {
            grid.addColumn(row -> values.text(column, valueOf(row, column))).setHeader(label(column))
                    .setAutoWidth(true).setResizable(true);
        }
        grid.setItems(new ArrayList<Object>(list));
        return grid;
    }

    /** A row's value in a column; null when the row's record has none there (a null, not a missing field). */
    static Object valueOf(Object row, String column) {
        for (Map.Entry<String, Object> f : SectionText.fields(row)) {
            if (f.getKey().equals(column)) {
                return f.getValue();
            }
        }
        return null;
    }

    String label(String field) {
        return owner.getTranslation("field." + field);
    }

    private static java.util.Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? java.util.Locale.ENGLISH : ui.getLocale();
    }
}
