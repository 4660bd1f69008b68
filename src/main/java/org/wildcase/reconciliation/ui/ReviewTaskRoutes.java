package org.wildcase.reconciliation.ui;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.wildcase.reconciliation.Reconciliations;
import org.wildcase.reconciliation.Reconciliations.RunSummary;
import org.wildcase.security.WildcaseUser;
import org.wildcase.ui.TaskRoutes;

/** A run's ReviewDiscrepancies task is worked on in the run's view, not in a task form. */
@Component
class ReviewTaskRoutes implements TaskRoutes {

    static final String REVIEW_DISCREPANCIES = "ReviewDiscrepancies";

    /** How many runs, newest first, to look through for a task whose run the caller did not name. */
    private static final int SEARCHED_RUNS = 500;

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
        // Only /tasks/<id> comes without the run number; runs under review are the recent ones.
        for (int page = 0; page * 100 < SEARCHED_RUNS; page++) {
            Page<RunSummary> runs = reconciliations.runs(user, PageRequest.of(page, 100));
            Optional<RunSummary> found = runs.stream().filter(r -> Objects.equals(taskId, r.reviewTaskId()))
                    .findFirst();
            if (found.isPresent()) {
                return Optional.of(RunView.location(found.get().number()));
            }
            if (!runs.hasNext()) {
                break;
            }
        }
        return Optional.empty();
    }
}
