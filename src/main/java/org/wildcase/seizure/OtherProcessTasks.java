package org.wildcase.seizure;

import java.util.Set;

import org.wildcase.security.WildcaseUser;
import org.wildcase.workflow.WorkflowTask;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The user tasks of a process other than the seizure case flow (a reconciliation run's review), listed in the same
 * inbox and worked through the same task endpoints. The module that owns the process implements it, so this module
 * does not depend on it.
 */
public interface OtherProcessTasks {

    /** The task keys this port answers for. */
    Set<String> taskKeys();

    /** The body each of its task keys takes (api.md), for the published OpenAPI document. */
    default java.util.Map<String, Class<?>> bodies() {
        return java.util.Map.of();
    }

    /**
     * Whether the user may see what the task is about (404 otherwise); the caller has already checked that the
     * user's role is one the task is offered to, or that the user holds it.
     */
    void authorize(WorkflowTask task, WildcaseUser user);

    /**
     * Validates the body (400, nothing stored), stores the module's data and completes the engine task in the
     * caller's transaction. Returns the number of what the task was about (a run number).
     */
    String complete(WorkflowTask task, WildcaseUser user, JsonNode body);

    /** What a completion shows the caller: the thing the task was about, as the API shows it. */
    Object view(String reference, WildcaseUser user);
}
