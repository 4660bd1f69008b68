package org.wildcase.casework.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.wildcase.api.ConflictException;
import org.wildcase.api.FieldError;
import org.wildcase.api.InvalidInputException;
import org.wildcase.api.NotFoundException;
import org.wildcase.security.CurrentUser;
import org.wildcase.security.Roles;
import org.wildcase.security.WildcaseUser;
import org.wildcase.casework.CaseTasks;
import org.wildcase.seizure.CaseView;
import org.wildcase.species.CitesSettings;
import org.wildcase.ui.Formats;
import org.wildcase.api.TaskBody;
import org.wildcase.ui.TaskForm;
import org.wildcase.workflow.CaseWorkflow;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * One task: its case at a glance (specimens with their appendix and findings), the task's form, and completing
 * it. A task that someone else completed or took in the meantime gives a notice and the task list, never an error.
 */
@Route("tasks/:taskId")
@RolesAllowed({Roles.CUSTOMS_OFFICER, Roles.CITES_EXPERT, Roles.PERMIT_OFFICER, Roles.LEGAL_OFFICER, Roles.MANAGER})
class TaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseTasks tasks;
    private final TaskForms forms;
    private final WildcaseUser user;
    private final ZoneId zone;
    private String taskId;
    private String title = "";
    TaskForm form;
    final Div summary = new Div();
    final Button complete = new Button();

    private final CaseWorkflow workflow;

    TaskView(CaseTasks tasks, TaskForms forms, CurrentUser currentUser, CitesSettings settings,
            CaseWorkflow workflow) {
        this.workflow = workflow;
        this.tasks = tasks;
        this.forms = forms;
        this.user = currentUser.require();
        this.zone = settings.timeZone();
        setMaxWidth("1100px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId = event.getRouteParameters().get("taskId").orElse("");
        Optional<String> routed = routed(taskId);
        if (routed.isPresent()) {
            event.forwardTo(routed.get());
            return;
        }
        CaseTasks.OpenTask open;
        try {
            open = tasks.open(taskId, user);
        } catch (ConflictException | NotFoundException | AccessDeniedException e) {
            notice(e instanceof ConflictException ? "task.gone" : "task.unavailable");
            event.forwardTo(TaskListView.class);
            return;
        }
        Optional<TaskForm> found = forms.form(open.task().taskKey(), open.ref(), open.caseFile());
        if (found.isEmpty()) {
            notice("task.noform");
            event.forwardTo(TaskListView.class);
            return;
        }
        form = found.get();
        title = getTranslation("task." + open.task().taskKey());
        removeAll();
        add(header(open), specimens(open.caseFile()), caseFindings(open.caseFile()), new H3(getTranslation(
                "task.form")), form.content(), summary, buttons());
    }

    /** Where a task that is worked on in its own module's view (a reconciliation run's review) is done. */
    private Optional<String> routed(String id) {
        return workflow.task(id).flatMap(t -> forms.elsewhere(t, user));
    }

    private Component header(CaseTasks.OpenTask open) {
        CaseView c = open.caseFile();
        H2 heading = new H2(title);
        heading.setId("task-title");
        RouterLink caseLink = new RouterLink(c.caseNumber(), CaseFileView.class,
                new RouteParameters("caseNumber", c.caseNumber()));
        caseLink.setId("task-case");
        Span where = new Span(" · " + c.unit() + " · " + getTranslation("stage." + c.stage()) + " · "
                + getTranslation("task.due") + ": " + (open.task().due() == null ? "—"
                        : Formats.dateTime(open.task().due(), zone, getLocale())));
        Span holder = new Span(open.task().assignee() == null ? getTranslation("task.unassigned")
                : getTranslation("task.heldBy", open.task().assignee()));
        holder.setId("task-holder");
        Paragraph line = new Paragraph(caseLink, where);
        return new VerticalLayout(heading, line, holder);
    }

    /** The specimens with their appendix and the pre-check findings about each line, beside the form. */
    private Component specimens(CaseView c) {
        Map<Integer, List<String>> findings = c.findings().stream().filter(f -> f.specimenIndex() != null)
                .collect(Collectors.groupingBy(f -> f.specimenIndex(), Collectors.mapping(
                        f -> getTranslation("severity." + f.severity()) + ": " + f.explained(this::getTranslation),
                        Collectors.toList())));
        com.vaadin.flow.component.grid.Grid<CaseView.SpecimenView> grid = new com.vaadin.flow.component.grid.Grid<>();
        grid.setId("task-specimens");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(s -> s.index() + 1).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CaseView.SpecimenView::description).setHeader(getTranslation("specimen.description"));
        grid.addColumn(s -> s.scientificName() == null ? "" : s.scientificName())
                .setHeader(getTranslation("specimen.species"));
        grid.addColumn(s -> s.appendix() == null ? getTranslation("appendix.unknown")
                : getTranslation("appendix." + s.appendix())).setHeader(getTranslation("specimen.appendix"))
                .setAutoWidth(true);
        // The trade term apart from the amount: "LIV 3 · live" read as one garbled quantity.
        grid.addColumn(s -> s.term() == null ? "" : getTranslation("term." + s.term()) + " (" + s.term() + ")")
                .setHeader(getTranslation("open.specimen.term")).setAutoWidth(true);
        grid.addColumn(s -> Formats.quantity(s.quantity(), s.unit())).setHeader(getTranslation("specimen.quantity"))
                .setAutoWidth(true);
        // One finding per line: joined, they ran together ("covers it.; Violation: ...").
        grid.addComponentColumn(s -> {
            UnorderedList list = new UnorderedList();
            list.getStyle().set("margin", "0").set("padding-inline-start", "1em");
            findings.getOrDefault(s.index(), List.of()).forEach(f -> list.add(new ListItem(f)));
            return list;
        }).setHeader(getTranslation("specimen.findings")).setFlexGrow(2);
        grid.setItems(c.specimens());
        return grid;
    }

    private Component caseFindings(CaseView c) {
        List<String> general = c.findings().stream().filter(f -> f.specimenIndex() == null)
                .map(f -> getTranslation("severity." + f.severity()) + ": " + f.explained(this::getTranslation))
                .toList();
        if (general.isEmpty()) {
            return new Div();
        }
        UnorderedList list = new UnorderedList();
        list.setId("task-case-findings");
        general.forEach(g -> list.add(new ListItem(g)));
        return list;
    }

    private Component buttons() {
        complete.setText(getTranslation("task.complete"));
        complete.setId("task-complete");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.addClickListener(e -> complete());
        complete.setDisableOnClick(true);
        Button back = new Button(getTranslation("task.back"), e -> getUI().ifPresent(ui -> ui.navigate(
                TaskListView.class)));
        back.setId("task-back");
        return new HorizontalLayout(complete, back);
    }

    void complete() {
        summary.removeAll();
        try {
            String caseNumber = tasks.complete(taskId, TaskBody.of(form.command()), user);
            whatComesNext(tasks.next(caseNumber, user), caseNumber);
            getUI().ifPresent(ui -> ui.navigate(TaskListView.class));
        } catch (InvalidInputException e) {
            List<FieldError> unplaced = form.errors().show(e.errors());
            showSummary(unplaced.isEmpty() ? List.of() : unplaced);
            complete.setEnabled(true);
        } catch (ConflictException | NotFoundException | AccessDeniedException e) {
            notice("task.gone");
            getUI().ifPresent(ui -> ui.navigate(TaskListView.class));
        } catch (RuntimeException e) {
            // A fault of ours: the error view tells of it, and the form stays usable for another try.
            complete.setEnabled(true);
            throw e;
        }
    }

    /**
     * The completion notice says what the case waits for now, and whose it is; when the next task is the user's
     * own, it offers to open it at once.
     */
    private void whatComesNext(CaseTasks.Next next, String caseNumber) {
        String text;
        Button openNext = null;
        if (!next.yours().isEmpty()) {
            var mine = next.yours().get(0);
            text = getTranslation("task.completed.yours", title, getTranslation("task." + mine.taskKey()));
            openNext = new Button(getTranslation("task.completed.open"));
            openNext.setId("task-next-open");
            // The notice outlives this view (the task list is shown under it): navigate from the button's UI.
            openNext.addClickListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(TaskView.class,
                    new RouteParameters("taskId", mine.taskId()))));
        } else if (!next.others().isEmpty()) {
            text = getTranslation("task.completed.others", title, next.others().stream()
                    .map(t -> getTranslation("task." + t.taskKey()) + " (" + whose(t) + ")")
                    .collect(Collectors.joining(", ")));
        } else {
            text = getTranslation("task.completed.none", title, caseNumber);
        }
        Span said = new Span(text);
        said.setId("task-next-text");
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.setDuration(openNext == null ? 5000 : 10000);
        HorizontalLayout content = new HorizontalLayout(said);
        content.setAlignItems(Alignment.CENTER);
        if (openNext != null) {
            Button button = openNext;
            button.addClickListener(e -> notification.close());
            content.add(button);
        }
        notification.add(content);
        notification.open();
    }

    /** Who holds or may take a task: its holder, or the roles it is offered to. */
    private String whose(org.wildcase.workflow.WorkflowTask t) {
        return t.assignee() != null ? t.assignee()
                : t.candidateGroups().stream().map(g -> getTranslation("role." + g)).collect(Collectors.joining(", "));
    }

    private void showSummary(List<FieldError> errors) {
        summary.setId("task-errors");
        summary.getElement().setAttribute("role", "alert");
        Paragraph intro = new Paragraph(getTranslation("form.invalid"));
        summary.add(intro);
        if (!errors.isEmpty()) {
            UnorderedList list = new UnorderedList();
            errors.forEach(err -> list.add(new ListItem(err.field() + ": " + err.message())));
            summary.add(list);
        }
        summary.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    private void notice(String key) {
        Notification.show(getTranslation(key)).addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    @Override
    public String getPageTitle() {
        return title + " | Wildcase";
    }

}
