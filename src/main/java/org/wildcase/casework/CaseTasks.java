package org.wildcase.casework;

import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wildcase.api.ConflictException;
import org.wildcase.api.NotFoundException;
import org.wildcase.api.TaskBody;
import org.wildcase.reconciliation.Reconciliations;
import org.wildcase.security.Roles;
import org.wildcase.security.WildcaseUser;
import org.wildcase.seizure.CaseRef;
import org.wildcase.seizure.CaseStep;
import org.wildcase.seizure.CaseView;
import org.wildcase.seizure.SeizureCases;
import org.wildcase.workflow.CaseWorkflow;
import org.wildcase.workflow.WorkflowTask;

/**
 * The task inbox and the work on tasks: who may see, claim and complete which task, and completing it through the
 * module that owns its data, in one transaction with the engine.
 */
@Service
public class CaseTasks {

    private final CaseWorkflow workflow;
    private final SeizureCases cases;
    private final TaskCommands commands;
    private final Reconciliations reconciliations;
    private final org.wildcase.security.UserDirectory directory;
    private final org.springframework.context.ApplicationEventPublisher events;

    private final CaseFiles files;

    private final org.wildcase.audit.AuditTrail audit;

    CaseTasks(CaseWorkflow workflow, SeizureCases cases, TaskCommands commands, Reconciliations reconciliations,
            org.wildcase.security.UserDirectory directory,
            org.springframework.context.ApplicationEventPublisher events, CaseFiles files, org.wildcase.audit.AuditTrail audit) {
        this.audit = audit;
        this.files = files;
        this.workflow = workflow;
        this.events = events;
        this.cases = cases;
        this.commands = commands;
        this.reconciliations = reconciliations;
        this.directory = directory;
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
            return new OpenTask(authorized.task(), null, null);
        }
        return new OpenTask(authorized.task(), authorized.seizureCase(),
                cases.view(authorized.seizureCase(), user));
    }

    /** An open task, its case and the case's file (both null for a task of another process). */
    public record OpenTask(WorkflowTask task, CaseRef ref, CaseView caseFile) {
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
        String unit = isReview(task) ? null : cases.ofProcess(task.processInstanceId()).unit();
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
        audit.record(manager.username(), "TASK_REASSIGNED", workflow.task(taskId).map(WorkflowTask::caseNumber)
                .orElse(null), org.wildcase.audit.AuditTrail.detail("taskId", taskId, "to", toUser));
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
        Authorized authorized = authorize(taskId, user);
        workflow.claim(taskId, user.username());
        audit.record(user.username(), "TASK_CLAIMED", authorized.task().caseNumber(), org.wildcase.audit.AuditTrail.detail("taskId",
                taskId, "task", authorized.task().taskKey()));
    }

    @Transactional
    public void unclaim(String taskId, WildcaseUser user) {
        Authorized authorized = authorize(taskId, user);
        workflow.unclaim(taskId, user.username());
        audit.record(user.username(), "TASK_UNCLAIMED", authorized.task().caseNumber(), org.wildcase.audit.AuditTrail.detail("taskId",
                taskId, "task", authorized.task().taskKey()));
    }

    /**
     * Completes a task: 403 for a role that may not, 404 for a case the user may not see, 409 for a task someone
     * else holds or that has ended, 400 for an invalid body. Either everything is stored, or nothing. Returns the
     * case number, so the caller can show the case file when it needs it.
     */
    @Transactional
    public String complete(String taskId, TaskBody body, WildcaseUser user) {
        return completeTask(taskId, body, user).reference();
    }

    /** What a completed task was about: its key, and the case or run number. */
    public record Completed(String taskKey, String reference) {
    }

    /** As {@link #complete}, saying which kind of task it was, so the caller can show what it led to. */
    @Transactional
    public Completed completeTask(String taskId, TaskBody body, WildcaseUser user) {
        Authorized authorized = authorize(taskId, user);
        WorkflowTask task = authorized.task();
        if (task.assignee() != null && !task.assignee().equals(user.username())) {
            throw new ConflictException("The task is held by " + task.assignee() + ".");
        }
        if (isReview(task)) {
            String run = reconciliations.review(task, body.as(Reconciliations.Review.class, true), user);
            Completed completed = new Completed(task.taskKey(), run);
            audit.record(user.username(), "TASK_COMPLETED", null, org.wildcase.audit.AuditTrail.detail("taskId", taskId, "task",
                    task.taskKey(), "run", run));
            events.publishEvent(new TaskCompleted(completed.taskKey(), completed.reference()));
            return completed;
        }
        TaskCommands.CaseCommand<?> command = commands.forCase(task.taskKey());
        CaseRef c = cases.lock(authorized.seizureCase());
        if (workflow.task(taskId).isEmpty()) {
            // Completed, or its case withdrawn, while this request waited for the case.
            throw new ConflictException("The task has already been completed or its case has ended.");
        }
        CaseStep step = command.take(c, user, body.as(command.type(), command.required()));
        workflow.complete(task, user.username(), step.flags());
        cases.advance(c.id(), step, user.username());
        audit.record(user.username(), "TASK_COMPLETED", c.caseNumber(), org.wildcase.audit.AuditTrail.detail("taskId", taskId, "task",
                task.taskKey(), "flags", step.flags().isEmpty() ? null : new java.util.TreeMap<>(step.flags()).toString()));
        events.publishEvent(new TaskCompleted(task.taskKey(), c.caseNumber()));
        return new Completed(task.taskKey(), c.caseNumber());
    }

    /**
     * What a case's work stands at after a completion: the open tasks this user may take next (held by them, or
     * offered to one of their roles and free), and the open tasks that are other people's.
     */
    @Transactional(readOnly = true)
    public Next next(String caseNumber, WildcaseUser user) {
        List<WorkflowTask> yours = new java.util.ArrayList<>();
        List<WorkflowTask> others = new java.util.ArrayList<>();
        for (WorkflowTask t : workflow.openTasks(caseNumber)) {
            List<String> groups = workflow.candidateGroups(t.taskId());
            WorkflowTask task = new WorkflowTask(t.taskId(), t.taskKey(), t.name(), t.caseNumber(), t.created(),
                    t.due(), t.assignee(), groups, t.processInstanceId());
            boolean mine = user.username().equals(t.assignee())
                    || (t.assignee() == null && groups.stream().anyMatch(user.roles()::contains));
            (mine ? yours : others).add(task);
        }
        return new Next(List.copyOf(yours), List.copyOf(others));
    }

    /** The open tasks of a case after a completion, split into the user's own and other people's. */
    public record Next(List<WorkflowTask> yours, List<WorkflowTask> others) {

        public boolean none() {
            return yours.isEmpty() && others.isEmpty();
        }
    }

    /** What a completion leads to, as the API shows it: the case file, or the reconciliation run. */
    @Transactional(readOnly = true)
    public Object show(Completed completed, WildcaseUser user) {
        return REVIEW_TASK.equals(completed.taskKey()) ? reconciliations.run(completed.reference(), user)
                : files.of(completed.reference(), user);
    }

    private static final String REVIEW_TASK = TaskCommands.REVIEW;

    private static boolean isReview(WorkflowTask task) {
        return REVIEW_TASK.equals(task.taskKey());
    }

    private record Authorized(WorkflowTask task, CaseRef seizureCase) {
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
        if (isReview(task)) {
            reconciliations.runNumberOf(task);
            return new Authorized(task, null);
        }
        CaseRef c = cases.ofProcess(task.processInstanceId());
        // Customs tasks are their unit's: another unit's case is not found, as in the case file.
        boolean viaOtherRole = groups.stream().anyMatch(g -> !g.equals(Roles.CUSTOMS_OFFICER)
                && user.roles().contains(g));
        if (!viaOtherRole && user.has(Roles.CUSTOMS_OFFICER) && !c.unit().equals(user.unit())) {
            throw new NotFoundException("No task " + taskId + ".");
        }
        if (!viaOtherRole && !cases.maySee(c, user)) {
            throw new NotFoundException("No task " + taskId + ".");
        }
        return new Authorized(task, c);
    }
}
