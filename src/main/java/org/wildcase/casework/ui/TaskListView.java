package org.wildcase.casework.ui;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.wildcase.api.ConflictException;
import org.wildcase.api.NotFoundException;
import org.wildcase.security.CurrentUser;
import org.wildcase.security.Roles;
import org.wildcase.security.WildcaseUser;
import org.wildcase.casework.CaseTasks;
import org.wildcase.seizure.SeizureCases;
import org.wildcase.species.CitesSettings;
import org.wildcase.ui.Formats;
import org.wildcase.workflow.CaseWorkflow;
import org.wildcase.workflow.WorkflowTask;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * My tasks: what the user may work on now, loaded page by page. Overdue tasks are marked in words, not only in
 * colour. Opening a task opens its form.
 */
@Menu(order = 10, title = "menu.tasks")
@Route("tasks")
@RolesAllowed({Roles.CUSTOMS_OFFICER, Roles.CITES_EXPERT, Roles.PERMIT_OFFICER, Roles.LEGAL_OFFICER, Roles.MANAGER})
class TaskListView extends VerticalLayout implements HasDynamicTitle {

    /** A task with what the list shows of its case. */
    record Row(WorkflowTask task, SeizureCases.TaskCase kase) {

        boolean overdue() {
            return task.due() != null && task.due().isBefore(OffsetDateTime.now());
        }
    }

    private final CaseTasks tasks;
    private final SeizureCases cases;
    private final WildcaseUser user;
    private final ZoneId zone;
    final Grid<Row> grid = new Grid<>();
    final Select<String> taskKey = new Select<>();
    final Checkbox overdueOnly = new Checkbox();
    final Select<String> unit = new Select<>();
    private final TaskForms forms;

    TaskListView(CaseTasks tasks, SeizureCases cases, CurrentUser currentUser, CitesSettings settings,
            TaskForms forms) {
        this.forms = forms;
        this.tasks = tasks;
        this.cases = cases;
        this.user = currentUser.require();
        this.zone = settings.timeZone();
        setSizeFull();
        add(new H2(getTranslation("tasks.title")));
        add(filters());
        configureGrid();
        add(grid);
        refresh();
    }

    private Component filters() {
        taskKey.setId("tasks-filter-key");
        taskKey.setLabel(getTranslation("tasks.filter.task"));
        taskKey.setItems(forms.keys());
        taskKey.setEmptySelectionAllowed(true);
        taskKey.setEmptySelectionCaption(getTranslation("filter.any"));
        taskKey.setItemLabelGenerator(k -> k == null ? getTranslation("filter.any") : getTranslation("task." + k));
        taskKey.addValueChangeListener(e -> refresh());

        overdueOnly.setId("tasks-filter-overdue");
        overdueOnly.setLabel(getTranslation("tasks.filter.overdue"));
        overdueOnly.addValueChangeListener(e -> refresh());

        unit.setId("tasks-filter-unit");
        unit.setLabel(getTranslation("tasks.filter.unit"));
        unit.setEmptySelectionAllowed(true);
        unit.setEmptySelectionCaption(getTranslation("filter.any"));
        unit.setItemLabelGenerator(u -> u == null ? getTranslation("filter.any") : u);
        if (user.has(Roles.CUSTOMS_OFFICER) && user.roles().size() == 1) {
            // A customs officer works in their own unit only.
            unit.setItems(user.unit() == null ? List.of() : List.of(user.unit()));
            unit.setValue(user.unit());
            unit.setReadOnly(true);
        } else {
            unit.setItems(cases.units());
        }
        unit.addValueChangeListener(e -> refresh());

        HorizontalLayout bar = new HorizontalLayout(taskKey, unit, overdueOnly);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private void configureGrid() {
        grid.setId("tasks-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::caseLink).setHeader(getTranslation("tasks.column.case"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("task." + r.task().taskKey())).setHeader(getTranslation("tasks.column.task"))
                .setSortProperty("name").setWidth("10em").setFlexGrow(1);
        grid.addColumn(r -> r.kase() == null ? "" : String.join(", ", r.kase().species()))
                .setHeader(getTranslation("tasks.column.species")).setFlexGrow(1).setWidth("8em");
        grid.addColumn(r -> r.kase() == null ? "" : r.kase().unit()).setHeader(getTranslation("tasks.column.unit"))
                .setAutoWidth(true);
        // What is due and what to do with it come before the columns one can scroll to: a pinned Actions column at
        // the end covered the due dates on a 1366-pixel screen, and an unpinned one at the end fell out of sight.
        grid.addComponentColumn(this::due).setHeader(getTranslation("tasks.column.due")).setSortProperty("due")
                .setWidth("12em").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("tasks.column.actions"))
                .setWidth("11em").setFlexGrow(0).setKey("actions");
        grid.addColumn(r -> Formats.dateTime(r.task().created(), zone, getLocale()))
                .setHeader(getTranslation("tasks.column.created")).setSortProperty("created").setWidth("10em")
                .setFlexGrow(0);
        grid.addColumn(r -> r.task().assignee() == null ? "" : r.task().assignee())
                .setHeader(getTranslation("tasks.column.assignee")).setWidth("8em").setFlexGrow(0);
        grid.setPartNameGenerator(r -> r.overdue() ? "overdue" : null);
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.setEmptyStateText(getTranslation("tasks.empty"));
        grid.setSizeFull();
    }

    private Component caseLink(Row r) {
        String caseNumber = r.task().caseNumber();
        if (caseNumber == null) {
            return new Span();
        }
        // A task worked on in its own module's view (a reconciliation run) links there, not to a case file.
        Optional<String> routed = routed(r.task());
        if (routed.isPresent()) {
            return new com.vaadin.flow.component.html.Anchor(routed.get(), caseNumber);
        }
        return new com.vaadin.flow.router.RouterLink(caseNumber, CaseFileView.class,
                new com.vaadin.flow.router.RouteParameters("caseNumber", caseNumber));
    }

    private Optional<String> routed(WorkflowTask task) {
        return forms.elsewhere(task, user);
    }

    private Component due(Row r) {
        Span due = new Span(Formats.dateTime(r.task().due(), zone, getLocale()));
        if (r.overdue()) {
            due.setText(due.getText() + " · " + getTranslation("tasks.overdue"));
            org.wildcase.ui.Marks.alert(due);
            due.addClassName("overdue");
        }
        return due;
    }

    private Component actions(Row r) {
        Button open = new Button(getTranslation("tasks.open"), e -> open(r));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        open.setId("task-open-" + r.task().taskId());
        open.getElement().setAttribute("data-case", String.valueOf(r.task().caseNumber()));
        open.getElement().setAttribute("data-task", r.task().taskKey());
        HorizontalLayout buttons = new HorizontalLayout(open);
        buttons.setSpacing(false);
        buttons.getStyle().set("gap", "var(--lumo-space-xs)");
        if (r.task().assignee() == null) {
            Button claim = new Button(getTranslation("tasks.claim"), e -> act(() -> tasks.claim(r.task().taskId(), user),
                    "tasks.claimed"));
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
            claim.setId("task-claim-" + r.task().taskId());
            buttons.add(claim);
        } else if (r.task().assignee().equals(user.username())) {
            Button unclaim = new Button(getTranslation("tasks.unclaim"),
                    e -> act(() -> tasks.unclaim(r.task().taskId(), user), "tasks.unclaimed"));
            unclaim.addThemeVariants(ButtonVariant.LUMO_SMALL);
            unclaim.setId("task-unclaim-" + r.task().taskId());
            buttons.add(unclaim);
        }
        return buttons;
    }

    void open(Row r) {
        Optional<String> routed = routed(r.task());
        if (routed.isPresent()) {
            getUI().ifPresent(ui -> ui.navigate(routed.get()));
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(TaskView.class,
                new com.vaadin.flow.router.RouteParameters("taskId", r.task().taskId())));
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Notification.show(getTranslation(doneKey)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ConflictException | NotFoundException e) {
            Notification.show(getTranslation("tasks.changed")).addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
        refresh();
    }

    void refresh() {
        CaseWorkflow.Inbox filter = new CaseWorkflow.Inbox(null, taskKey.getValue(),
                overdueOnly.getValue() ? Boolean.TRUE : null, unit.getValue());
        grid.setItems(query -> fetch(filter, PageRequest.of(query.getPage(), query.getPageSize(),
                sort(query.getSortOrders()))), query -> (int) tasks.inbox(user, filter, PageRequest.of(0, 1))
                        .getTotalElements());
    }

    private Stream<Row> fetch(CaseWorkflow.Inbox filter, PageRequest page) {
        List<WorkflowTask> found = tasks.inbox(user, filter, page).getContent();
        Map<String, SeizureCases.TaskCase> described = cases.describe(
                found.stream().map(WorkflowTask::caseNumber).filter(java.util.Objects::nonNull).distinct().toList(),
                user);
        return found.stream().map(t -> new Row(t, described.get(t.caseNumber())));
    }

    static Sort sort(List<QuerySortOrder> orders) {
        return Sort.by(orders.stream().map(o -> o.getDirection() == SortDirection.ASCENDING
                ? Sort.Order.asc(o.getSorted()) : Sort.Order.desc(o.getSorted())).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tasks.title") + " | Wildcase";
    }
}
