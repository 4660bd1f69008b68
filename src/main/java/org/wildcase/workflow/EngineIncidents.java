package org.wildcase.workflow;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The engine seen by an operator: incidents (a job that failed after its retries: a timer, an asynchronous step),
 * jobs that are failing, and open and overdue tasks per role. Read-only, and cheap enough for every metrics scrape:
 * one count query per figure.
 */
@Service
public class EngineIncidents {

    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskService tasks;

    EngineIncidents(RuntimeService runtime, ManagementService management, TaskService tasks) {
        this.runtime = runtime;
        this.management = management;
        this.tasks = tasks;
    }

    /** An incident with the case (or reconciliation run) it stopped. */
    public record EngineIncident(String id, OffsetDateTime at, String type, String reference, String activity,
            String message) {
    }

    /** Incidents, newest first. */
    public Page<EngineIncident> incidents(Pageable page) {
        long total = runtime.createIncidentQuery().count();
        List<Incident> found = runtime.createIncidentQuery().orderByIncidentTimestamp().desc()
                .listPage((int) page.getOffset(), page.getPageSize());
        Set<String> processes = found.stream().map(Incident::getProcessInstanceId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<String, String> references = processes.isEmpty() ? Map.of()
                : runtime.createProcessInstanceQuery().processInstanceIds(processes).list().stream()
                        .collect(Collectors.toMap(ProcessInstance::getId,
                                p -> p.getBusinessKey() == null ? "" : p.getBusinessKey(), (a, b) -> a));
        return new PageImpl<>(found.stream().map(i -> new EngineIncident(i.getId(),
                i.getIncidentTimestamp().toInstant().atOffset(ZoneOffset.UTC), i.getIncidentType(),
                references.get(i.getProcessInstanceId()), i.getActivityId(), i.getIncidentMessage())).toList(),
                page, total);
    }

    public long incidentCount() {
        return runtime.createIncidentQuery().count();
    }

    /** Jobs that failed at least once and still have retries left: they will run again. */
    public long failingJobs() {
        return management.createJobQuery().withException().withRetriesLeft().count();
    }

    /** Open case tasks offered to a role, held by someone or not. */
    public long openTasks(String role) {
        return tasks.createTaskQuery().taskCandidateGroup(role).includeAssignedTasks().count();
    }

    /** Open tasks offered to a role whose due date has passed. */
    public long overdueTasks(String role) {
        return tasks.createTaskQuery().taskCandidateGroup(role).includeAssignedTasks()
                .dueBefore(ClockUtil.getCurrentTime()).count();
    }
}
