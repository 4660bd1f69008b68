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
    /** The steps a case's process is active at now: empty once it has ended. */
    public Set<String> activeSteps(String processInstanceId) {
        try {
            return Set.copyOf(runtime.getActiveActivityIds(processInstanceId));
        } catch (org.camunda.bpm.engine.ProcessEngineException e) {
            return Set.of(); // no running instance any more
        }
    }

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
        // Native queries of the task table in place of Camunda's task query: that one joins the identity links for
        // the OR and sorts the DISTINCT of every matching task before it pages (0.35 s at 100,000 open tasks); these
        // find a role's tasks by their keys (offer), count along an index and walk the inbox index (EngineIndexes)
        // in list order, stopping at the page.
        Map<String, Object> parameters = new HashMap<>();
        Offer offer = offer(roles);
        if (offer.definitions().isEmpty()) {
            return Page.empty(page);
        }
        // Two disjoint parts: the user's own tasks, and unassigned ones offered to their roles.
        String mine = "RES.ASSIGNEE_ = #{user} AND RES.PROC_DEF_ID_ IN ("
                + parameters(parameters, "definition", offer.definitions()) + ")";
        parameters.put("user", user);
        java.util.StringJoiner offered = new java.util.StringJoiner(" OR ", "RES.ASSIGNEE_ IS NULL AND (", ")");
        int clause = 0;
        for (Map.Entry<List<String>, List<String>> keys : offer.keys().entrySet()) {
            offered.add("RES.PROC_DEF_ID_ IN (" + parameters(parameters, "offered" + clause + "_", keys.getValue())
                    + ") AND RES.TASK_DEF_KEY_ IN (" + parameters(parameters, "key" + clause + "_", keys.getKey())
                    + ")");
            clause++;
        }
        StringBuilder filters = new StringBuilder();
        if (unit != null) {
            filters.append(" AND EXISTS (SELECT 1 FROM ACT_RU_EXECUTION E WHERE E.ID_ = RES.PROC_INST_ID_ "
                    + "AND E.BUSINESS_KEY_ LIKE #{unit})");
            parameters.put("unit", unit + "-%");
        }
        if (filter.caseNumber() != null) {
            filters.append(" AND EXISTS (SELECT 1 FROM ACT_RU_EXECUTION C WHERE C.ID_ = RES.PROC_INST_ID_ "
                    + "AND C.BUSINESS_KEY_ = #{caseNumber})");
            parameters.put("caseNumber", filter.caseNumber());
        }
        if (filter.taskKey() != null) {
            filters.append(" AND RES.TASK_DEF_KEY_ = #{taskKey}");
            parameters.put("taskKey", filter.taskKey());
        }
        Date now = ClockUtil.getCurrentTime();
        if (Boolean.TRUE.equals(filter.overdue())) {
            filters.append(" AND RES.DUE_DATE_ < #{now}");
            parameters.put("now", now);
        } else if (Boolean.FALSE.equals(filter.overdue())) {
            filters.append(" AND (RES.DUE_DATE_ > #{now} OR RES.DUE_DATE_ IS NULL)");
            parameters.put("now", now);
        }
        // Counted apart, each part is one range of an index (EngineIndexes) instead of a filter on every task.
        String count = "SELECT (SELECT COUNT(*) FROM ACT_RU_TASK RES WHERE " + mine + filters + ")"
                + (clause == 0 ? "" : " + (SELECT COUNT(*) FROM ACT_RU_TASK RES WHERE " + offered + filters + ")");
        org.camunda.bpm.engine.task.NativeTaskQuery counting = tasks.createNativeTaskQuery().sql(count);
        parameters.forEach(counting::parameter);
        long total = counting.count();
        if (total == 0 || page.getOffset() >= total) {
            return new PageImpl<>(List.of(), page, total);
        }
        String either = clause == 0 ? mine : "((" + mine + ") OR (" + offered + "))";
        org.camunda.bpm.engine.task.NativeTaskQuery list = tasks.createNativeTaskQuery()
                .sql("SELECT RES.* FROM ACT_RU_TASK RES WHERE " + either + filters + " ORDER BY " + inboxOrder(page));
        parameters.forEach(list::parameter);
        List<Task> found = list.listPage((int) page.getOffset(), page.getPageSize());
        Map<String, String> numbers = caseNumbers(found);
        return new PageImpl<>(found.stream().map(t -> view(t, numbers, List.of())).toList(), page, total);
    }

    /** Named parameters #{prefix0}, #{prefix1}, ... for the values, as a list for SQL's IN. */
    private static String parameters(Map<String, Object> parameters, String prefix, List<String> values) {
        java.util.StringJoiner names = new java.util.StringJoiner(", ");
        for (int i = 0; i < values.size(); i++) {
            parameters.put(prefix + i, values.get(i));
            names.add("#{" + prefix + i + "}");
        }
        return names.toString();
    }

    /**
     * Where a person's tasks can be: every version of the inbox's processes, and per version the user task keys
     * whose candidate groups include one of the roles (versions that offer the same keys share one entry: keys to
     * definition ids). The models name their groups literally and nothing changes them at run time, so this says
     * what the engine's identity links say, without joining them for every task (InboxQueryTest compares the two).
     */
    private Offer offer(Set<String> roles) {
        List<String> definitions = new java.util.ArrayList<>();
        Map<List<String>, List<String>> definitionsByKeys = new java.util.LinkedHashMap<>();
        for (org.camunda.bpm.engine.repository.ProcessDefinition d : repository.createProcessDefinitionQuery()
                .processDefinitionKeyIn(INBOX_PROCESSES).list()) {
            definitions.add(d.getId());
            List<String> keys = declaredGroups(d.getId()).entrySet().stream()
                    .filter(e -> e.getValue().stream().anyMatch(roles::contains)).map(Map.Entry::getKey).sorted()
                    .toList();
            if (!keys.isEmpty()) {
                definitionsByKeys.computeIfAbsent(keys, k -> new java.util.ArrayList<>()).add(d.getId());
            }
        }
        return new Offer(definitions, definitionsByKeys);
    }

    private record Offer(List<String> definitions, Map<List<String>, List<String>> keys) {
    }

    /**
     * The inbox's order: the caller's sort (due, created or name), else due date; tasks without a deadline last
     * (as PostgreSQL's index keeps them; H2 would put them first); then creation and id, so pages never overlap.
     */
    private static String inboxOrder(Pageable page) {
        List<String> columns = new java.util.ArrayList<>();
        for (org.springframework.data.domain.Sort.Order order : page.getSort()) {
            String column = switch (order.getProperty()) {
                case "due" -> "RES.DUE_DATE_";
                case "created" -> "RES.CREATE_TIME_";
                case "name" -> "RES.NAME_";
                default -> null;
            };
            if (column != null) {
                columns.add(column + (order.isAscending() ? " ASC" : " DESC") + " NULLS LAST");
            }
        }
        if (columns.isEmpty()) {
            columns.add("RES.DUE_DATE_ ASC NULLS LAST");
        }
        columns.add("RES.CREATE_TIME_ ASC");
        columns.add("RES.ID_ ASC");
        return String.join(", ", columns);
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

    /**
     * Open case tasks past their due date that are offered to {@code role}, whether someone holds them or not; of
     * one customs unit's cases (case numbers start with the unit code) or, with null, all. One count query.
     */
    public long overdueTaskCount(String role, String unit) {
        TaskQuery query = tasks.createTaskQuery().processDefinitionKey(TaskKeys.PROCESS).taskCandidateGroup(role)
                .includeAssignedTasks().dueBefore(ClockUtil.getCurrentTime());
        if (unit != null) {
            query.processInstanceBusinessKeyLike(unit + "-%");
        }
        return query.count();
    }

    /** The roles the case flow's user tasks are offered to, in the order the model first names them. */
    public List<String> offeredRoles() {
        org.camunda.bpm.engine.repository.ProcessDefinition latest = repository.createProcessDefinitionQuery()
                .processDefinitionKey(TaskKeys.PROCESS).latestVersion().singleResult();
        if (latest == null) {
            return List.of();
        }
        return repository.getBpmnModelInstance(latest.getId())
                .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class).stream()
                .flatMap(ut -> ut.getCamundaCandidateGroupsList().stream()).distinct().toList();
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
        return declaredGroups(task.getProcessDefinitionId()).getOrDefault(task.getTaskDefinitionKey(), List.of());
    }

    /** Task key to candidate groups, as one version of a process declares them. */
    private Map<String, List<String>> declaredGroups(String processDefinitionId) {
        return declaredGroups.computeIfAbsent(processDefinitionId, id -> {
            Map<String, List<String>> byTask = new HashMap<>();
            repository.getBpmnModelInstance(id)
                    .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class)
                    .forEach(ut -> byTask.put(ut.getId(), ut.getCamundaCandidateGroupsList()));
            return byTask;
        });
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
