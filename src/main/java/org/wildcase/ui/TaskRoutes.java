package org.wildcase.ui;

import java.util.Optional;
import java.util.Set;

import org.wildcase.security.WildcaseUser;

/**
 * Tasks that are worked on in a view of their own rather than in a case task's form (a reconciliation run's review,
 * for instance). The task list and the task view ask the module that owns such a task where to go, so they need no
 * knowledge of it.
 */
public interface TaskRoutes {

    /** The task keys this module routes. */
    Set<String> taskKeys();

    /**
     * The location (without a leading slash) of the view to work on a task, or empty when the task cannot be placed
     * for this user. {@code businessKey} is the process's business key when the caller knows it, else null.
     */
    Optional<String> location(String taskId, String taskKey, String businessKey, WildcaseUser user);
}
