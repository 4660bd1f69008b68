package org.wildcase.seizure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wildcase.api.ConflictException;
import org.wildcase.api.NotFoundException;
import org.wildcase.security.Roles;
import org.wildcase.security.WildcaseUser;
import org.wildcase.workflow.CaseWorkflow;
import org.wildcase.workflow.WorkflowTask;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The task inbox and the work on tasks: who may see, claim and complete which task, and completing it through the
 * module that owns its data, in one transaction with the engine.
 */
@Service
public class CaseTasks {

    private final CaseWorkflow workflow;
    private final SeizureCases cases;
    private final Map<String, CaseTaskHandler> handlers = new HashMap<>();
    private final org.wildcase.security.UserDirectory directory;
    private final Map<String, OtherProcessTasks> others = new HashMap<>();
    private final org.springframework.context.ApplicationEventPublisher events;

    CaseTasks(CaseWorkflow workflow, SeizureCases cases, List<CaseTaskHandler> handlers,
            org.wildcase.security.UserDirectory directory, List<OtherProcessTasks> others,
            org.springframework.context.ApplicationEventPublisher events) {
        this.workflow = workflow;
        this.events = events;
        this.cases = cases;
        this.directory = directory;
        handlers.forEach(h -> h.taskKeys().forEach(k -> this.handlers.put(k, h)));
        others.forEach(o -> o.taskKeys().forEach(k -> this.others.put(k, o)));
    }

    /** Tasks assigned to the user, plus unassigned ones of their roles; customs officers only see their unit's. */
    @Transactional(readOnly = true)
    public Page<WorkflowTask> inbox(WildcaseUser user, CaseWorkflow.Inbox filter, Pageable page) {
        // A customs officer's tasks are scoped to the unit; other roles are not.
        boolean onlyCustoms = user.roles().contains(Roles.CUSTOMS_OFFICER) && user.roles().size() == 1;
        String unit = onlyCustoms ? (user.unit() == null ? "-none-" : user.unit()) : null;
        return workflow.inbox(user.username(), user.roles(), unit, filter, page);
    }

    /**
     * A task with its case file, for the task's form: 403 for a role that may not work on it, 404 for a case the
     * user may not see, 409 for a task that has ended. A task of another process (a reconciliation review) comes
     * without a case file.
     */
    @Transactional(readOnly = true)
    public OpenTask open(String taskId, WildcaseUser user) {
        Authorized authorized = authorize(taskId, user);
        if (authorized.seizureCase() == null) {
            return new OpenTask(authorized.task(), null);
        }
        return new OpenTask(authorized.task(), cases.view(authorized.seizureCase().caseNumber, user));
    }

    /** An open task and the file of its case (null for a task of another process). */
    public record OpenTask(WorkflowTask task, CaseView caseFile) {
    }

    /** Every overdue task, whoever holds it: the managers' overview. */
    @Transactional(readOnly = true)
    public Page<WorkflowTask> overdue(WildcaseUser manager, Pageable page) {
        requireManager(manager);
        return workflow.overdueTasks(page);
    }

    /** The people a manager may hand this task to: holders of the roles the task is offered to. */
    @Transactional(readOnly = true)
    public List<String> candidatesFor(String taskId, WildcaseUser manager) {
        requireManager(manager);
        WorkflowTask task = openTask(taskId);
        String unit = others.containsKey(task.taskKey()) ? null : cases.byProcess(task.processInstanceId()).unit;
        // Customs work stays in the case's unit; the other roles are national.
        return task.candidateGroups().stream().flatMap(g -> directory.usersWithRole(g).stream()
                .filter(p -> !g.equals(Roles.CUSTOMS_OFFICER) || unit == null || unit.equals(p.unit())))
                .map(org.wildcase.security.UserDirectory.Person::username).distinct().sorted().toList();
    }

    /** A manager hands a task to another person of the right role (also when someone holds it). */
    @Transactional
    public void reassign(String taskId, String toUser, WildcaseUser manager) {
        if (toUser == null || toUser.isBlank()) {
            throw org.wildcase.api.InvalidInputException.of("assignee", "is required");
        }
        if (!candidatesFor(taskId, manager).contains(toUser)) {
            throw org.wildcase.api.InvalidInputException.of("assignee",
                    toUser + " does not hold a role this task is offered to");
        }
        workflow.assign(taskId, toUser);
    }

    private static void requireManager(WildcaseUser user) {
        if (!user.has(Roles.MANAGER)) {
            throw new AccessDeniedException("Only managers oversee and reassign tasks.");
        }
    }

    private WorkflowTask openTask(String taskId) {
        return workflow.task(taskId).orElseThrow(() -> workflow.ended(taskId)
                ? new ConflictException("The task has already been completed or its case has ended.")
                : new NotFoundException("No task " + taskId + "."));
    }

    @Transactional
    public void claim(String taskId, WildcaseUser user) {
        authorize(taskId, user);
        workflow.claim(taskId, user.username());
    }

    @Transactional
    public void unclaim(String taskId, WildcaseUser user) {
        authorize(taskId, user);
        workflow.unclaim(taskId, user.username());
    }

    /**
     * Completes a task: 403 for a role that may not, 404 for a case the user may not see, 409 for a task someone
     * else holds or that has ended, 400 for an invalid body. Either everything is stored, or nothing. Returns the
     * case number, so the caller can show the case file when it needs it.
     */
    @Transactional
    public String complete(String taskId, JsonNode body, WildcaseUser user) {
        return completeTask(taskId, body, user).reference();
    }

    /** What a completed task was about: its key, and the case or run number. */
    public record Completed(String taskKey, String reference) {
    }

    /** As {@link #complete}, saying which kind of task it was, so the caller can show what it led to. */
    @Transactional
    public Completed completeTask(String taskId, JsonNode body, WildcaseUser user) {
        Authorized authorized = authorize(taskId, user);
        WorkflowTask task = authorized.task();
        if (task.assignee() != null && !task.assignee().equals(user.username())) {
            throw new ConflictException("The task is held by " + task.assignee() + ".");
        }
        OtherProcessTasks other = others.get(task.taskKey());
        if (other != null) {
            Completed completed = new Completed(task.taskKey(), other.complete(task, user, body));
            events.publishEvent(new TaskCompleted(completed.taskKey(), completed.reference()));
            return completed;
        }
        SeizureCase c = authorized.seizureCase();
        cases.lock(c);
        if (workflow.task(taskId).isEmpty()) {
            // Completed, or its case withdrawn, while this request waited for the case.
            throw new ConflictException("The task has already been completed or its case has ended.");
        }
        CaseTaskHandler handler = handlers.get(task.taskKey());
        if (handler == null) {
            throw new IllegalStateException("No module completes " + task.taskKey());
        }
        CaseTaskHandler.Result result = handler.complete(task.taskKey(), cases.ref(c), user, body);
        workflow.complete(task, user.username(), result.flags());
        cases.apply(c, result, user.username());
        events.publishEvent(new TaskCompleted(task.taskKey(), c.caseNumber));
        return new Completed(task.taskKey(), c.caseNumber);
    }

    /** What a completion leads to, as the API shows it: the case file, or the reconciliation run. */
    @Transactional(readOnly = true)
    public Object show(Completed completed, WildcaseUser user) {
        OtherProcessTasks other = others.get(completed.taskKey());
        return other != null ? other.view(completed.reference(), user) : cases.view(completed.reference(), user);
    }

    private record Authorized(WorkflowTask task, SeizureCase seizureCase) {
    }

    /** The open task and its case (null for another process's task), if this user's role may work on it and they may see the case. */
    private Authorized authorize(String taskId, WildcaseUser user) {
        WorkflowTask task = workflow.task(taskId).orElseThrow(() -> workflow.ended(taskId)
                ? new ConflictException("The task has already been completed or its case has ended.")
                : new NotFoundException("No task " + taskId + "."));
        Set<String> groups = Set.copyOf(task.candidateGroups());
        boolean byRole = groups.stream().anyMatch(user.roles()::contains);
        if (!byRole && !user.username().equals(task.assignee())) {
            throw new AccessDeniedException("Your role may not work on " + task.taskKey() + ".");
        }
        OtherProcessTasks other = others.get(task.taskKey());
        if (other != null) {
            other.authorize(task, user);
            return new Authorized(task, null);
        }
        SeizureCase c = cases.byProcess(task.processInstanceId());
        // Customs tasks are their unit's: another unit's case is not found, as in the case file.
        boolean viaOtherRole = groups.stream().anyMatch(g -> !g.equals(Roles.CUSTOMS_OFFICER)
                && user.roles().contains(g));
        if (!viaOtherRole && user.has(Roles.CUSTOMS_OFFICER) && !c.unit.equals(user.unit())) {
            throw new NotFoundException("No task " + taskId + ".");
        }
        if (!SeizureCases.maySee(c, user) && !viaOtherRole) {
            throw new NotFoundException("No task " + taskId + ".");
        }
        return new Authorized(task, c);
    }
}
