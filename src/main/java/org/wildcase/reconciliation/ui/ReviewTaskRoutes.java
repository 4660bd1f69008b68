package org.wildcase.reconciliation.ui;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.wildcase.reconciliation.Reconciliations;
import org.wildcase.security.WildcaseUser;

/** A run's ReviewDiscrepancies task is worked on in the run's view, not in a task form. */
@Component
public class ReviewTaskRoutes {

    private final Reconciliations reconciliations;

    ReviewTaskRoutes(Reconciliations reconciliations) {
        this.reconciliations = reconciliations;
    }

    /**
     * The location (without a leading slash) of the run view to review in, or empty when the run cannot be placed
     * for this user. {@code businessKey} is the process's business key (the run number) when the caller knows it.
     */
    public Optional<String> location(String taskId, String businessKey, WildcaseUser user) {
        if (businessKey != null) {
            return Optional.of(RunView.location(businessKey));
        }
        // Only /tasks/<id> comes without the run number: the task's process names its run.
        return reconciliations.runOfTask(taskId, user).map(RunView::location);
    }
}
