package org.wildcase.casework.ui;

import java.time.ZoneId;

import org.springframework.data.domain.PageRequest;
import org.wildcase.security.Roles;
import org.wildcase.security.WildcaseUser;
import org.wildcase.seizure.CaseStatus;
import org.wildcase.seizure.CaseView;
import org.wildcase.seizure.SeizureCases;
import org.wildcase.seizure.Stage;
import org.wildcase.ui.Formats;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/**
 * The cases a user may see, newest first, searched by number, place or goods and filtered; loaded page by page,
 * so it stays quick with any number of cases. Managers can withdraw an open case from here.
 */
class CaseList extends VerticalLayout {

    private final SeizureCases cases;
    private final WildcaseUser user;
    private final ZoneId zone;
    final TextField search = new TextField();
    final Select<CaseStatus> status = new Select<>();
    final Select<Stage> stage = new Select<>();
    final Select<String> unit = new Select<>();
    final Checkbox overdue = new Checkbox();
    final Grid<CaseView.Summary> grid = new Grid<>();

    CaseList(SeizureCases cases, WildcaseUser user, ZoneId zone) {
        this.cases = cases;
        this.user = user;
        this.zone = zone;
        setPadding(false);
        setSizeFull();
        add(filters());
        configureGrid();
        add(grid);
        refresh();
    }

    private Component filters() {
        search.setId("cases-search");
        search.setPlaceholder(getTranslation("cases.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        status.setId("cases-filter-status");
        status.setLabel(getTranslation("cases.filter.status"));
        status.setItems(CaseStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("filter.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("filter.any") : getTranslation("status." + s));
        status.addValueChangeListener(e -> refresh());
        stage.setId("cases-filter-stage");
        stage.setLabel(getTranslation("cases.filter.stage"));
        stage.setItems(Stage.values());
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption(getTranslation("filter.any"));
        stage.setItemLabelGenerator(s -> s == null ? getTranslation("filter.any") : getTranslation("stage." + s));
        stage.addValueChangeListener(e -> refresh());
        unit.setId("cases-filter-unit");
        unit.setLabel(getTranslation("cases.filter.unit"));
        unit.setItems(cases.units());
        unit.setEmptySelectionAllowed(true);
        unit.setEmptySelectionCaption(getTranslation("filter.any"));
        unit.setItemLabelGenerator(u -> u == null ? getTranslation("filter.any") : u);
        unit.addValueChangeListener(e -> refresh());
        overdue.setId("cases-filter-overdue");
        overdue.setLabel(getTranslation("cases.filter.overdue"));
        overdue.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(search, status, stage, unit, overdue);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private void configureGrid() {
        grid.setId("cases-grid");
        // A place ("Manas International Airport, cargo terminal") wraps instead of being cut.
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(c -> new RouterLink(c.caseNumber(), CaseFileView.class,
                new RouteParameters("caseNumber", c.caseNumber()))).setHeader(getTranslation("cases.column.case"))
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation("status." + c.status())).setHeader(getTranslation("cases.column.status"))
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation("stage." + c.stage())).setHeader(getTranslation("cases.column.stage"))
                .setAutoWidth(true);
        grid.addColumn(CaseView.Summary::unit).setHeader(getTranslation("cases.column.unit")).setAutoWidth(true);
        grid.addColumn(c -> Formats.dateTime(c.seizedAt(), zone, getLocale()))
                .setHeader(getTranslation("cases.column.seizedAt")).setAutoWidth(true);
        grid.addColumn(CaseView.Summary::location).setHeader(getTranslation("cases.column.location")).setWidth("14em")
                .setFlexGrow(1);
        grid.addComponentColumn(c -> {
            Span mark = new Span(c.overdue() ? getTranslation("tasks.overdue") : "");
            if (c.overdue()) {
                org.wildcase.ui.Marks.alert(mark);
            }
            return mark;
        }).setHeader(getTranslation("cases.column.overdue")).setAutoWidth(true);
        if (user.has(Roles.MANAGER)) {
            grid.addComponentColumn(c -> {
                if (c.status() != CaseStatus.OPEN) {
                    return new Span();
                }
                Button withdraw = new Button(getTranslation("case.withdraw"),
                        e -> WithdrawDialog.open(this, cases, user, c.caseNumber(), this::refresh));
                withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                withdraw.setId("cases-withdraw-" + c.caseNumber());
                return withdraw;
            }).setAutoWidth(true);
        }
        grid.setEmptyStateText(getTranslation("cases.empty"));
        grid.setSizeFull();
        grid.setMinHeight("300px");
    }

    void refresh() {
        SeizureCases.CaseFilter filter = new SeizureCases.CaseFilter(status.getValue(), stage.getValue(),
                unit.getValue(), overdue.getValue() ? Boolean.TRUE : null, search.getValue());
        grid.setItems(q -> cases.list(filter, user, PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                q -> (int) cases.list(filter, user, PageRequest.of(0, 1)).getTotalElements());
    }
}
