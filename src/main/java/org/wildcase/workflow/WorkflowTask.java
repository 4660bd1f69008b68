package org.wildcase.workflow;

import java.time.OffsetDateTime;
import java.util.List;

/** An open user task of a case, as the API lists it. */
public record WorkflowTask(String taskId, String taskKey, String name, String caseNumber, OffsetDateTime created,
        OffsetDateTime due, String assignee, List<String> candidateGroups, String processInstanceId) {
}
