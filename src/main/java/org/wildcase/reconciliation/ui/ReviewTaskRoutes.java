package org.wildcase.reconciliation.ui;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.wildcase.reconciliation.Reconciliations;
import org.wildcase.security.WildcaseUser;
import org.wildcase.ui.TaskRoutes;

/** A run's ReviewDiscrepancies task is worked on in the run's view, not in a task form. */
@Component
class ReviewTaskRoutes implements TaskRoutes {

    static final String REVIEW_DISCREPANCIES = "ReviewDiscrepancies";

    private final Reconciliations reconciliations;

    ReviewTaskRoutes(Reconciliations reconciliations) {
        this.reconciliations = reconciliations;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of(REVIEW_DISCREPANCIES);
    }

    @Override
    public Optional<String> location(String taskId, String taskKey, String businessKey, WildcaseUser user) {
        if (!REVIEW_DISCREPANCIES.equals(taskKey)) {
            return Optional.empty();
        }
        if (businessKey != null) {
            return Optional.of(RunView.location(businessKey));
        }
        // Only /tasks/<id> comes without the run number: the task's process names its run.
        return reconciliations.runOfTask(taskId, user).map(RunView::location);
    }
}
