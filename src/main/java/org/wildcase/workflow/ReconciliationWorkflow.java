package org.wildcase.workflow;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;
import org.wildcase.api.ConflictException;

/**
 * The permit reconciliation process (bpmn/permit-reconciliation.bpmn) seen from the reconciliation module: start a
 * run's process, find and complete its review task. Engine calls run inside the caller's transaction. Its only
 * variables are the run id and the flag both gateways read.
 */
@Service
public class ReconciliationWorkflow {

    public static final String PROCESS = "PermitReconciliation";
    public static final String REVIEW_DISCREPANCIES = "ReviewDiscrepancies";

    public static final String RUN_ID = "runId";
    /** Read by Gateway_AnyDiscrepancies and Gateway_AllDecided. */
    public static final String ANY_UNDECIDED = "anyUndecided";

    private final RuntimeService runtime;
    private final TaskService tasks;

    ReconciliationWorkflow(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /**
     * Starts the run's process with the run number as business key; reconciliation and the first review task are
     * done when it returns. Returns the process instance id.
     */
    public String start(long runId, String runNumber) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(RUN_ID, runId);
        return runtime.startProcessInstanceByKey(PROCESS, runNumber, variables).getId();
    }

    /** The open review task of the run, if any. */
    public Optional<String> openReviewTaskId(String runNumber) {
        return tasks.createTaskQuery().processDefinitionKey(PROCESS).processInstanceBusinessKey(runNumber)
                .taskDefinitionKey(REVIEW_DISCREPANCIES).list().stream().findFirst().map(Task::getId);
    }

    /** The open review tasks of many runs in one query: run number to task id. */
    public Map<String, String> openReviewTaskIds(java.util.Collection<String> runNumbers) {
        Map<String, String> found = new HashMap<>();
        if (runNumbers.isEmpty()) {
            return found;
        }
        java.util.Set<String> wanted = java.util.Set.copyOf(runNumbers);
        java.util.List<Task> open = tasks.createTaskQuery().processDefinitionKey(PROCESS)
                .taskDefinitionKey(REVIEW_DISCREPANCIES).list();
        Map<String, String> keys = new HashMap<>();
        java.util.Set<String> instances = new java.util.HashSet<>();
        open.forEach(t -> instances.add(t.getProcessInstanceId()));
        if (!instances.isEmpty()) {
            runtime.createProcessInstanceQuery().processInstanceIds(instances).list()
                    .forEach(pi -> keys.put(pi.getId(), pi.getBusinessKey()));
        }
        for (Task t : open) {
            String number = keys.get(t.getProcessInstanceId());
            if (number != null && wanted.contains(number)) {
                found.put(number, t.getId());
            }
        }
        return found;
    }

    /**
     * Completes the review task for {@code user} (claiming it first when nobody holds it) and tells the gateway
     * whether discrepancies remain undecided; a new review task follows when they do. Someone else's task or a
     * concurrent completion is a conflict.
     */
    public void completeReview(WorkflowTask task, String user, boolean anyUndecided) {
        if (!REVIEW_DISCREPANCIES.equals(task.taskKey())) {
            throw new IllegalArgumentException("Not a review task: " + task.taskKey());
        }
        if (task.assignee() != null && !task.assignee().equals(user)) {
            throw new ConflictException("The task is held by " + task.assignee() + ".");
        }
        try {
            if (task.assignee() == null) {
                tasks.claim(task.taskId(), user);
            }
            tasks.complete(task.taskId(), Map.of(ANY_UNDECIDED, anyUndecided));
        } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
            throw new ConflictException("Someone else completed or claimed the task at the same time.");
        } catch (org.camunda.bpm.engine.exception.NullValueException e) {
            throw new ConflictException("The task has already been completed.");
        }
    }

    /** Whether the run's process has ended. */
    public boolean ended(String processInstanceId) {
        return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0;
    }

    /** The process variables of a running run, for tests that keep them few. */
    public Map<String, Object> variables(String processInstanceId) {
        return ended(processInstanceId) ? Map.of() : runtime.getVariables(processInstanceId);
    }

    /** Task_Reconcile: reads the run id, reconciles, sets the gateway flag. */
    @Configuration
    static class Delegates {

        @Bean
        JavaDelegate reconcileDelegate(ReconciliationSteps steps) {
            return execution -> execution.setVariable(ANY_UNDECIDED,
                    steps.reconcile(((Number) execution.getVariable(RUN_ID)).longValue()));
        }
    }
}
