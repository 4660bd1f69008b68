package org.wildcase.workflow;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.wildcase.api.ConflictException;

/**
 * The seizure case process seen from the domain: start it, list and work its tasks, deliver its messages. Engine
 * calls run inside the caller's transaction, so a domain module saves its data and completes a task atomically.
 */
@Service
public class CaseWorkflow {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final org.camunda.bpm.engine.RepositoryService repository;
    private final Map<String, Map<String, List<String>>> declaredGroups =
            new java.util.concurrent.ConcurrentHashMap<>();

    CaseWorkflow(RuntimeService runtime, TaskService tasks, HistoryService history,
            org.camunda.bpm.engine.RepositoryService repository) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
        this.repository = repository;
    }

    /** Starts the case's process; the pre-check and everything up to the first user tasks run before it returns. */
    public String start(long caseId, String caseNumber, boolean anyLive) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.CASE_ID, caseId);
        variables.put(ProcessVariables.ANY_LIVE, anyLive);
        return runtime.startProcessInstanceByKey(TaskKeys.PROCESS, caseNumber, variables).getId();
    }

    public Optional<WorkflowTask> task(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        // The case is found by its process instance, so no business-key query is needed here.
        return task == null ? Optional.empty() : Optional.of(view(task, Map.of(), declaredGroups(task)));
    }

    /** Whether the task existed and has been completed (or ended with its case). */
    public boolean ended(String taskId) {
        return history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0;
    }

    public void claim(String taskId, String user) {
        Task task = openTask(taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(user)) {
            throw new ConflictException("The task is held by " + task.getAssignee() + ".");
        }
        try {
            tasks.claim(taskId, user);
        } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
            throw new ConflictException("Someone else claimed the task at the same time.");
        }
    }

    public void unclaim(String taskId, String user) {
        Task task = openTask(taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(user)) {
            throw new ConflictException("The task is held by " + task.getAssignee() + ".");
        }
        try {
            tasks.setAssignee(taskId, null);
        } catch (OptimisticLockingException e) {
            throw new ConflictException("The task changed at the same time.");
        }
    }

    /**
     * Completes a task for {@code user}, claiming it first when nobody holds it, and sets the gateway flags.
     * Someone else's task, a task completed in the meantime, or a concurrent completion is a conflict.
     */
    public void complete(WorkflowTask task, String user, Map<String, Object> flags) {
        String taskId = task.taskId();
        if (task.assignee() != null && !task.assignee().equals(user)) {
            throw new ConflictException("The task is held by " + task.assignee() + ".");
        }
        for (String name : flags.keySet()) {
            if (!ProcessVariables.ALL.contains(name)) {
                throw new IllegalArgumentException("Not a process variable of the case flow: " + name);
            }
        }
        try {
            if (task.assignee() == null) {
                tasks.claim(taskId, user);
            }
            tasks.complete(taskId, flags);
        } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
            throw new ConflictException("Someone else completed or claimed the task at the same time.");
        } catch (org.camunda.bpm.engine.exception.NullValueException e) {
            throw new ConflictException("The task has already been completed.");
        }
    }

    /** Delivers an investigation outcome to the case waiting for it; a case that is not waiting is a conflict. */
    public void deliverInvestigationOutcome(String caseNumber) {
        long waiting = runtime.createExecutionQuery().processInstanceBusinessKey(caseNumber)
                .messageEventSubscriptionName(TaskKeys.MESSAGE_INVESTIGATION_OUTCOME).count();
        if (waiting == 0) {
            throw new ConflictException("Case " + caseNumber + " is not waiting for an investigation outcome.");
        }
        try {
            runtime.createMessageCorrelation(TaskKeys.MESSAGE_INVESTIGATION_OUTCOME).processInstanceBusinessKey(
                    caseNumber).correlate();
        } catch (OptimisticLockingException e) {
            throw new ConflictException("The outcome arrived twice at the same time.");
        }
    }

    /** Whether the case is waiting for an investigation outcome now. */
    public boolean awaitsInvestigationOutcome(String caseNumber) {
        return runtime.createExecutionQuery().processInstanceBusinessKey(caseNumber)
                .messageEventSubscriptionName(TaskKeys.MESSAGE_INVESTIGATION_OUTCOME).count() > 0;
    }

    /** Ends the case's process through its withdrawal event subprocess: its open tasks are gone. */
    public void withdraw(String caseNumber) {
        if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count() == 0) {
            throw new ConflictException("Case " + caseNumber + " has no running process.");
        }
        try {
            runtime.createMessageCorrelation(TaskKeys.MESSAGE_CASE_WITHDRAWN).processInstanceBusinessKey(caseNumber)
                    .correlate();
        } catch (OptimisticLockingException e) {
            throw new ConflictException("The case changed at the same time; try again.");
        }
    }

    /** The id of the open task of this key in the case, if there is one. */
    public Optional<String> openTaskId(String caseNumber, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskKey).list()
                .stream().findFirst().map(Task::getId);
    }

    public List<WorkflowTask> openTasks(String caseNumber) {
        List<Task> found = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).orderByTaskCreateTime()
                .asc().list();
        Map<String, String> numbers = caseNumbers(found);
        return found.stream().map(t -> view(t, numbers, List.of())).toList();
    }

    /** The variables of a running case, for tests that keep them few. */
    public Map<String, Object> variables(String caseNumber) {
        ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .singleResult();
        return pi == null ? Map.of() : runtime.getVariables(pi.getId());
    }

    /**
     * The tasks a user may work on: assigned to them, or unassigned in one of their roles; customs tasks only of
     * their unit (case numbers start with the unit code). Reconciliation reviews are listed too, their run number
     * in place of a case number. Ordered by due date, then creation.
     */
    public Page<WorkflowTask> inbox(String user, Set<String> roles, String unitScope, Inbox filter,
            Pageable page) {
        String unit = unitScope;
        if (filter.unit() != null) {
            if (unitScope != null && !unitScope.equals(filter.unit())) {
                return Page.empty(page);
            }
            unit = filter.unit();
        }
        TaskQuery query = tasks.createTaskQuery().processDefinitionKeyIn(INBOX_PROCESSES)
                .or().taskAssignee(user).taskCandidateGroupIn(List.copyOf(roles)).endOr();
        if (unit != null) {
            query.processInstanceBusinessKeyLike(unit + "-%");
        }
        if (filter.caseNumber() != null) {
            query.processInstanceBusinessKey(filter.caseNumber());
        }
        if (filter.taskKey() != null) {
            query.taskDefinitionKey(filter.taskKey());
        }
        Date now = ClockUtil.getCurrentTime();
        if (Boolean.TRUE.equals(filter.overdue())) {
            query.dueBefore(now);
        } else if (Boolean.FALSE.equals(filter.overdue())) {
            query.or().dueAfter(now).withoutDueDate().endOr();
        }
        return page(query, page);
    }

    /**
     * The processes whose tasks the inbox lists: case tasks and reconciliation reviews. Run numbers (REC-...) never
     * start with a unit code, so the customs unit scope keeps leaving reviews out.
     */
    private static final String[] INBOX_PROCESSES = {TaskKeys.PROCESS, ReconciliationWorkflow.PROCESS};

    /** Every open case task past its due date, whoever holds it, for the managers' overview. */
    public Page<WorkflowTask> overdueTasks(Pageable page) {
        return page(tasks.createTaskQuery().processDefinitionKeyIn(INBOX_PROCESSES)
                .dueBefore(ClockUtil.getCurrentTime()), page);
    }

    /** Hands a task to another person (a manager's reassignment); the caller has checked their role. */
    public void assign(String taskId, String user) {
        openTask(taskId);
        try {
            tasks.setAssignee(taskId, user);
        } catch (OptimisticLockingException e) {
            throw new ConflictException("The task changed at the same time; try again.");
        }
    }

    /** Moves a task's due date (demo data showing a late task; deadlines otherwise come from the model). */
    public void setDue(String taskId, OffsetDateTime due) {
        openTask(taskId);
        tasks.setDueDate(taskId, Date.from(due.toInstant()));
    }

    /**
     * Pages a task query in the order asked for: by due date, creation or name; by default due date, then
     * creation, as api.md lists tasks.
     */
    private Page<WorkflowTask> page(TaskQuery query, Pageable page) {
        long total = query.count();
        boolean ordered = false;
        for (org.springframework.data.domain.Sort.Order order : page.getSort()) {
            switch (order.getProperty()) {
                case "due" -> query.orderByDueDate();
                case "created" -> query.orderByTaskCreateTime();
                case "name" -> query.orderByTaskName();
                default -> {
                    continue;
                }
            }
            if (order.isAscending()) {
                query.asc();
            } else {
                query.desc();
            }
            ordered = true;
        }
        if (!ordered) {
            query.orderByDueDate().asc();
        }
        query.orderByTaskCreateTime().asc();
        List<Task> found = query.listPage((int) page.getOffset(), page.getPageSize());
        Map<String, String> numbers = caseNumbers(found);
        return new PageImpl<>(found.stream().map(t -> view(t, numbers, List.of())).toList(), page, total);
    }

    /** Filters of a task list; null means any. {@code unit} narrows to one customs unit's cases. */
    public record Inbox(String caseNumber, String taskKey, Boolean overdue, String unit) {

        public Inbox(String caseNumber, String taskKey, Boolean overdue) {
            this(caseNumber, taskKey, overdue, null);
        }
    }

    public List<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(l -> l.getGroupId()).toList();
    }

    /**
     * The candidate groups a task definition declares in the model, read once per process definition: checking a
     * user's role on every task then costs no query.
     */
    private List<String> declaredGroups(Task task) {
        return declaredGroups.computeIfAbsent(task.getProcessDefinitionId(), id -> {
            Map<String, List<String>> byTask = new HashMap<>();
            repository.getBpmnModelInstance(id)
                    .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class)
                    .forEach(ut -> byTask.put(ut.getId(), ut.getCamundaCandidateGroupsList()));
            return byTask;
        }).getOrDefault(task.getTaskDefinitionKey(), List.of());
    }

    private Task openTask(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new ConflictException("The task is no longer open: it has been completed or its case ended.");
        }
        return task;
    }

    /** One query for the case numbers (business keys) of many tasks. */
    private Map<String, String> caseNumbers(List<Task> found) {
        Set<String> ids = found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(ids).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey, (a, b) -> a));
    }

    private static WorkflowTask view(Task t, Map<String, String> caseNumbers, List<String> groups) {
        Function<Date, OffsetDateTime> at = d -> d == null ? null : d.toInstant().atOffset(ZoneOffset.UTC);
        return new WorkflowTask(t.getId(), t.getTaskDefinitionKey(), t.getName(),
                caseNumbers.get(t.getProcessInstanceId()), at.apply(t.getCreateTime()), at.apply(t.getDueDate()),
                t.getAssignee(), groups, t.getProcessInstanceId());
    }
}
