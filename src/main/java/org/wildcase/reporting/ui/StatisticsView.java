package org.wildcase.reporting.ui;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.wildcase.api.InvalidInputException;
import org.wildcase.reporting.CaseStatistics;
import org.wildcase.security.CurrentUser;
import org.wildcase.security.Roles;
import org.wildcase.security.WildcaseUser;
import org.wildcase.ui.UnitLabels;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The managers' statistics: six charts over the cases of one unit or all, seized in a period (by default the last
 * twelve months). Drawn on the server as SVG ({@link BarChart}); a chart with nothing to show says so instead.
 */
@Menu(order = 45, title = "menu.statistics")
@Route("statistics")
@RolesAllowed(Roles.MANAGER)
class StatisticsView extends VerticalLayout implements HasDynamicTitle {

    static final String[] CHARTS = {"chart-months", "chart-species", "chart-stages", "chart-durations",
        "chart-overdue", "chart-routes"};

    private final CaseStatistics statistics;
    private final UnitLabels unitLabels;
    private final WildcaseUser manager;
    final ComboBox<String> unit = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final FlexLayout charts = new FlexLayout();

    StatisticsView(CaseStatistics statistics, CurrentUser currentUser, UnitLabels unitLabels) {
        this.statistics = statistics;
        this.unitLabels = unitLabels;
        this.manager = currentUser.require();
        add(new H2(getTranslation("statistics.title")));

        unit.setId("statistics-unit");
        unit.setLabel(getTranslation("statistics.unit"));
        unit.setPlaceholder(getTranslation("statistics.unit.all"));
        unit.setClearButtonVisible(true);
        unit.setItems(statistics.units(manager));
        unit.setItemLabelGenerator(code -> unitLabels.label(code, getLocale()));
        CaseStatistics.Filter period = statistics.resolve(CaseStatistics.Filter.all());
        from.setId("statistics-from");
        from.setLabel(getTranslation("statistics.from"));
        from.setLocale(getLocale());
        from.setValue(period.from());
        to.setId("statistics-to");
        to.setLabel(getTranslation("statistics.to"));
        to.setLocale(getLocale());
        to.setValue(period.to());
        unit.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(unit, from, to);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(filters);

        charts.setId("statistics-charts");
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        charts.getStyle().set("gap", "var(--lumo-space-l)");
        charts.setWidthFull();
        add(charts);
        refresh();
    }

    /** Draws the six charts anew for the filters. */
    void refresh() {
        from.setInvalid(false);
        CaseStatistics.Filter filter = new CaseStatistics.Filter(unit.getValue(), from.getValue(), to.getValue());
        try {
            filter = statistics.resolve(filter);
        } catch (InvalidInputException e) {
            from.setErrorMessage(getTranslation("statistics.period.invalid"));
            from.setInvalid(true);
            return;
        }
        charts.removeAll();
        charts.add(months(filter), species(filter), stages(filter), durations(filter), overdue(filter),
                routes(filter));
    }

    private Component months(CaseStatistics.Filter filter) {
        List<CaseStatistics.MonthCount> months = statistics.seizuresPerMonth(filter, manager);
        String title = getTranslation("statistics.months.title");
        if (months.stream().allMatch(m -> m.cases() == 0)) {
            return card("chart-months", title, empty("statistics.empty"));
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern("LLL yy", getLocale());
        List<BarChart.Bar> bars = months.stream().map(m -> new BarChart.Bar(format.format(m.month()), m.cases(),
                count(m.cases()))).toList();
        return card("chart-months", title, svg(BarChart.columns("chart-months", title,
                getTranslation("statistics.months.x"), getTranslation("statistics.cases"), bars)));
    }

    private Component species(CaseStatistics.Filter filter) {
        List<CaseStatistics.SpeciesCount> top = statistics.topSpecies(filter, manager);
        String title = getTranslation("statistics.species.title");
        if (top.isEmpty()) {
            return card("chart-species", title, empty("statistics.empty"));
        }
        List<BarChart.Bar> bars = top.stream().map(s -> new BarChart.Bar(s.scientificName()
                + s.commonName(getLocale()).map(n -> " (" + n + ")").orElse(""), s.cases(), count(s.cases())))
                .toList();
        return card("chart-species", title, svg(BarChart.horizontal("chart-species", title,
                getTranslation("statistics.species.axis"), bars)));
    }

    private Component stages(CaseStatistics.Filter filter) {
        List<CaseStatistics.StageCount> stages = statistics.openCasesPerStage(filter, manager);
        String title = getTranslation("statistics.stages.title");
        if (stages.stream().allMatch(s -> s.cases() == 0)) {
            return card("chart-stages", title, empty("statistics.stages.none"));
        }
        List<BarChart.Bar> bars = stages.stream().map(s -> new BarChart.Bar(getTranslation("stage." + s.stage()),
                s.cases(), count(s.cases()))).toList();
        return card("chart-stages", title, svg(BarChart.horizontal("chart-stages", title,
                getTranslation("statistics.stages.axis"), bars)));
    }

    private Component durations(CaseStatistics.Filter filter) {
        List<CaseStatistics.StageTime> times = statistics.averageTimePerStage(filter, manager);
        String title = getTranslation("statistics.durations.title");
        if (times.stream().allMatch(t -> t.periods() == 0)) {
            return card("chart-durations", title, empty("statistics.durations.none"));
        }
        NumberFormat days = NumberFormat.getNumberInstance(getLocale());
        days.setMaximumFractionDigits(1);
        days.setMinimumFractionDigits(1);
        List<BarChart.Bar> bars = times.stream().map(t -> new BarChart.Bar(getTranslation("stage." + t.stage()),
                t.averageDays(), getTranslation("statistics.durations.value", days.format(t.averageDays()),
                        count(t.periods())))).toList();
        return card("chart-durations", title, svg(BarChart.horizontal("chart-durations", title,
                getTranslation("statistics.durations.axis"), bars)));
    }

    private Component overdue(CaseStatistics.Filter filter) {
        List<CaseStatistics.RoleCount> roles = statistics.overdueTasksPerRole(filter, manager);
        String title = getTranslation("statistics.overdue.title");
        if (roles.stream().allMatch(r -> r.tasks() == 0)) {
            return card("chart-overdue", title, empty("statistics.overdue.none"));
        }
        List<BarChart.Bar> bars = roles.stream().map(r -> new BarChart.Bar(getTranslation("role." + r.role()),
                r.tasks(), count(r.tasks()))).toList();
        return card("chart-overdue", title, svg(BarChart.horizontal("chart-overdue", title,
                getTranslation("statistics.overdue.axis"), bars)));
    }

    private Component routes(CaseStatistics.Filter filter) {
        CaseStatistics.Routes routes = statistics.routes(filter, manager);
        String title = getTranslation("statistics.routes.title");
        if (routes.isEmpty()) {
            return card("chart-routes", title, empty("statistics.routes.none"));
        }
        String axis = getTranslation("statistics.cases");
        List<BarChart.Bar> pairs = routes.pairs().stream().map(r -> new BarChart.Bar(country(r.origin()) + " → "
                + country(r.destination()), r.cases(), count(r.cases()))).toList();
        List<Component> parts = new ArrayList<>();
        String pairsTitle = getTranslation("statistics.routes.pairs");
        parts.add(new H4(pairsTitle));
        parts.add(svg(BarChart.horizontal("chart-routes", title + ": " + pairsTitle, axis, pairs)));
        String originsTitle = getTranslation("statistics.routes.origins");
        parts.add(new H4(originsTitle));
        parts.add(svg(BarChart.horizontal("chart-origins", title + ": " + originsTitle, axis,
                routes.origins().stream().map(c -> new BarChart.Bar(country(c.country()), c.cases(),
                        count(c.cases()))).toList())));
        String destinationsTitle = getTranslation("statistics.routes.destinations");
        parts.add(new H4(destinationsTitle));
        parts.add(svg(BarChart.horizontal("chart-destinations", title + ": " + destinationsTitle, axis,
                routes.destinations().stream().map(c -> new BarChart.Bar(country(c.country()), c.cases(),
                        count(c.cases()))).toList())));
        return card("chart-routes", title, parts.toArray(Component[]::new));
    }

    private static Div card(String id, String title, Component... content) {
        Div card = new Div();
        card.setId(id);
        card.addClassName("statistics-chart");
        card.getStyle().set("flex", "1 1 560px").set("max-width", "680px").set("padding", "var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)");
        card.add(new H3(title));
        card.add(content);
        return card;
    }

    private Paragraph empty(String key) {
        Paragraph p = new Paragraph(getTranslation(key));
        p.addClassName("chart-empty");
        return p;
    }

    private static Div svg(String markup) {
        Div holder = new Div();
        holder.addClassName("chart-svg");
        holder.setWidthFull();
        // Set as inner HTML, so that the browser's HTML parser puts the drawing in the SVG namespace.
        holder.getElement().setProperty("innerHTML", markup);
        return holder;
    }

    private String count(long n) {
        return NumberFormat.getIntegerInstance(getLocale()).format(n);
    }

    /** A country code as the country's name in the reader's language (the code if Java knows no name). */
    private String country(String code) {
        String name = new Locale("", code).getDisplayCountry(getLocale());
        return name == null || name.isBlank() || name.equals(code) ? code : name;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("statistics.title") + " | Wildcase";
    }
}
