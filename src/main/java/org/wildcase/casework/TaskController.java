package org.wildcase.casework;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wildcase.api.PagedResponse;
import org.wildcase.api.TaskBody;
import org.wildcase.security.CurrentUser;
import org.wildcase.workflow.CaseWorkflow;
import org.wildcase.workflow.WorkflowTask;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The task inbox over REST: list, claim, unclaim, complete (the body depends on the taskKey, see api.md). */
@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Tasks", description = "The tasks a user may work on")
class TaskController {

    private final CaseTasks tasks;
    private final CurrentUser currentUser;
    private final ObjectMapper mapper;

    TaskController(CaseTasks tasks, CurrentUser currentUser, ObjectMapper mapper) {
        this.tasks = tasks;
        this.currentUser = currentUser;
        this.mapper = mapper;
    }

    /** A task as api.md lists it. */
    @JsonIgnoreProperties("candidateGroups")
    record TaskItem(String taskId, String taskKey, String name, String caseNumber, java.time.OffsetDateTime created,
            java.time.OffsetDateTime due, String assignee) {
        static TaskItem of(WorkflowTask t) {
            return new TaskItem(t.taskId(), t.taskKey(), t.name(), t.caseNumber(), t.created(), t.due(),
                    t.assignee());
        }
    }

    @GetMapping
    @Operation(summary = "Tasks assigned to the caller plus unassigned ones of their roles, by due date then creation")
    PagedResponse<TaskItem> inbox(@RequestParam(required = false) String caseNumber,
            @RequestParam(required = false) String taskKey, @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) String unit, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PagedResponse.page(page, size, p -> tasks.inbox(currentUser.require(), new CaseWorkflow.Inbox(
                caseNumber, taskKey, overdue, unit), p).map(TaskItem::of));
    }

    @PostMapping("/{taskId}/claim")
    @Operation(summary = "Claim a task; 409 when someone else holds it")
    void claim(@PathVariable String taskId) {
        tasks.claim(taskId, currentUser.require());
    }

    @PostMapping("/{taskId}/unclaim")
    @Operation(summary = "Give a claimed task back to its role")
    void unclaim(@PathVariable String taskId) {
        tasks.unclaim(taskId, currentUser.require());
    }

    @PostMapping("/{taskId}/complete")
    @Operation(summary = "Complete a task with the body its taskKey asks for; returns the case file, or for "
            + "ReviewDiscrepancies the reconciliation run")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The case file "
            + "(a reconciliation run summary for ReviewDiscrepancies)", content = @io.swagger.v3.oas.annotations.media
                    .Content(schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = CaseFile.class)))
    Object complete(@PathVariable String taskId, @RequestBody(required = false) JsonNode body) {
        // Bound to the task key's command once the task is known and the caller may work on it.
        CaseTasks.Completed completed = tasks.completeTask(taskId, TaskBody.json(mapper, body), currentUser.require());
        return tasks.show(completed, currentUser.require());
    }
}
