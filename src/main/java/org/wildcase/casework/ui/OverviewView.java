package org.wildcase.casework.ui;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.wildcase.api.ConflictException;
import org.wildcase.api.InvalidInputException;
import org.wildcase.api.NotFoundException;
import org.wildcase.security.CurrentUser;
import org.wildcase.security.Roles;
import org.wildcase.security.WildcaseUser;
import org.wildcase.casework.CaseTasks;
import org.wildcase.seizure.SeizureCases;
import org.wildcase.seizure.Stage;
import org.wildcase.species.CitesSettings;
import org.wildcase.ui.FieldErrors;
import org.wildcase.ui.Formats;
import org.wildcase.workflow.WorkflowTask;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * The managers' overview: open cases per stage and unit, overdue tasks with who holds them (and handing them to
 * someone else of the right role), and every case, searchable.
 */
@Menu(order = 40, title = "menu.overview")
@Route("overview")
@RolesAllowed(Roles.MANAGER)
class OverviewView extends VerticalLayout implements HasDynamicTitle {

    /** An overdue case with the reasons of its marks. */
    record OverdueCase(org.wildcase.seizure.CaseView.Summary kase, List<String> reasons) {
    }

    /** One stage's row of the counts: cases per unit and in all. */
    record StageRow(Stage stage, Map<String, Long> perUnit, long total) {
    }

    private final SeizureCases cases;
    private final CaseTasks tasks;
    private final WildcaseUser manager;
    private final ZoneId zone;
    private final TaskForms forms;
    final Grid<StageRow> counts = new Grid<>();
    final Grid<WorkflowTask> overdueTasks = new Grid<>();
    final Grid<OverdueCase> overdueCases = new Grid<>();
    final CaseList allCases;

    OverviewView(SeizureCases cases, CaseTasks tasks, CurrentUser currentUser, CitesSettings settings,
            TaskForms forms) {
        this.forms = forms;
        this.cases = cases;
        this.tasks = tasks;
        this.manager = currentUser.require();
        this.zone = settings.timeZone();
        add(new H2(getTranslation("overview.title")));
        add(new H3(getTranslation("overview.counts")), counts());
        add(new H3(getTranslation("overview.overdueCases")), overdueCases());
        add(new H3(getTranslation("overview.overdueTasks")), overdueTasks());
        allCases = new CaseList(cases, manager, zone);
        allCases.setHeight("600px");
        add(new H3(getTranslation("overview.cases")), allCases);
    }

    private Component counts() {
        List<SeizureCases.StageCount> found = cases.openCasesPerStage(manager);
        TreeSet<String> units = found.stream().map(SeizureCases.StageCount::unit)
                .collect(Collectors.toCollection(TreeSet::new));
        List<StageRow> rows = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            if (stage == Stage.DONE) {
                continue;
            }
            Map<String, Long> perUnit = found.stream().filter(f -> f.stage() == stage)
                    .collect(Collectors.toMap(SeizureCases.StageCount::unit, SeizureCases.StageCount::cases));
            rows.add(new StageRow(stage, perUnit, perUnit.values().stream().mapToLong(Long::longValue).sum()));
        }
        counts.setId("overview-counts");
        counts.setAllRowsVisible(true);
        counts.addColumn(r -> getTranslation("stage." + r.stage())).setHeader(getTranslation("overview.stage"));
        for (String unit : units) {
            counts.addColumn(r -> r.perUnit().getOrDefault(unit, 0L)).setHeader(unit).setKey("unit-" + unit);
        }
        counts.addColumn(StageRow::total).setHeader(getTranslation("overview.total")).setKey("total");
        counts.setItems(rows);
        return counts;
    }

    /** Open cases marked overdue, with why: also those whose mark no task settles (welfare checks, outcomes). */
    private Component overdueCases() {
        SeizureCases.CaseFilter filter = new SeizureCases.CaseFilter(org.wildcase.seizure.CaseStatus.OPEN, null,
                null, Boolean.TRUE, null);
        overdueCases.setId("overview-overdue-cases");
        // Long texts wrap instead of being cut, here and in the other lists.
        overdueCases.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        overdueCases.addComponentColumn(o -> new RouterLink(o.kase().caseNumber(), CaseFileView.class,
                new RouteParameters("caseNumber", o.kase().caseNumber()))).setHeader(getTranslation(
                        "tasks.column.case")).setAutoWidth(true);
        overdueCases.addColumn(o -> getTranslation("stage." + o.kase().stage())).setHeader(getTranslation(
                "cases.column.stage"));
        overdueCases.addColumn(o -> o.kase().unit()).setHeader(getTranslation("cases.column.unit"));
        overdueCases.addColumn(o -> o.reasons().stream().map(r -> getTranslation("overdue." + r))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("overview.reasons")).setFlexGrow(2);
        overdueCases.setEmptyStateText(getTranslation("overview.overdueCases.none"));
        overdueCases.setHeight("250px");
        overdueCases.setItems(q -> {
            List<org.wildcase.seizure.CaseView.Summary> page = cases.list(filter, manager,
                    PageRequest.of(q.getPage(), q.getPageSize())).getContent();
            Map<String, List<String>> reasons = cases.overdueReasons(page.stream()
                    .map(org.wildcase.seizure.CaseView.Summary::caseNumber).toList());
            return page.stream().map(c -> new OverdueCase(c, reasons.getOrDefault(c.caseNumber(), List.of())));
        }, q -> (int) cases.list(filter, manager, PageRequest.of(0, 1)).getTotalElements());
        return overdueCases;
    }

    private Component overdueTasks() {
        overdueTasks.setId("overview-overdue-tasks");
        overdueTasks.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        overdueTasks.addComponentColumn(this::caseLink).setHeader(getTranslation("tasks.column.case"))
                .setAutoWidth(true);
        overdueTasks.addColumn(t -> getTranslation("task." + t.taskKey())).setHeader(getTranslation(
                "tasks.column.task"));
        overdueTasks.addColumn(t -> t.assignee() == null ? getTranslation("overview.nobody") : t.assignee())
                .setHeader(getTranslation("tasks.column.assignee"));
        overdueTasks.addColumn(t -> Formats.dateTime(t.due(), zone, getLocale()))
                .setHeader(getTranslation("tasks.column.due"));
        overdueTasks.addComponentColumn(t -> {
            Button reassign = new Button(getTranslation("overview.reassign"), e -> reassign(t));
            reassign.addThemeVariants(ButtonVariant.LUMO_SMALL);
            reassign.setId("reassign-" + t.taskId());
            return reassign;
        }).setKey("reassign");
        overdueTasks.setEmptyStateText(getTranslation("overview.overdueTasks.none"));
        overdueTasks.setHeight("300px");
        overdueTasks.setItems(q -> tasks.overdue(manager, PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                q -> (int) tasks.overdue(manager, PageRequest.of(0, 1)).getTotalElements());
        return overdueTasks;
    }

    /** The case file, or for a task worked on in a view of its own (a run's review) that view. */
    private Component caseLink(WorkflowTask t) {
        return forms.elsewhere(t, manager).<Component>map(location -> new com.vaadin.flow.component.html.Anchor(location,
                        t.caseNumber()))
                .orElseGet(() -> new RouterLink(t.caseNumber(), CaseFileView.class,
                        new RouteParameters("caseNumber", t.caseNumber())));
    }

    /** Hands an overdue task to another person of a role the task is offered to. */
    void reassign(WorkflowTask task) {
        List<String> people;
        try {
            people = tasks.candidatesFor(task.taskId(), manager);
        } catch (ConflictException | NotFoundException e) {
            changed();
            return;
        }
        Dialog dialog = new Dialog(getTranslation("overview.reassign.title", getTranslation("task." + task.taskKey()),
                task.caseNumber()));
        dialog.setId("reassign-dialog");
        ComboBox<String> to = new ComboBox<>(getTranslation("overview.reassign.to"), people);
        to.setId("reassign-to");
        FieldErrors errors = new FieldErrors();
        errors.bind("assignee", to);
        Button confirm = new Button(getTranslation("overview.reassign.confirm"), e -> {
            try {
                tasks.reassign(task.taskId(), to.getValue(), manager);
                dialog.close();
                Notification.show(getTranslation("overview.reassigned", to.getValue()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                overdueTasks.getDataProvider().refreshAll();
            } catch (InvalidInputException ex) {
                errors.show(ex.errors());
            } catch (ConflictException | NotFoundException ex) {
                dialog.close();
                changed();
            }
        });
        confirm.setId("reassign-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("overview.reassign.explain")), to);
        dialog.getFooter().add(new Button(getTranslation("cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void changed() {
        Notification.show(getTranslation("tasks.changed")).addThemeVariants(NotificationVariant.LUMO_WARNING);
        overdueTasks.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title") + " | Wildcase";
    }
}
