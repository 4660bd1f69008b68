package org.wildcase.casework.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.springframework.stereotype.Component;
import org.wildcase.custody.ui.CustodyForms;
import org.wildcase.expertise.ui.ExpertiseForms;
import org.wildcase.legal.ui.LegalForms;
import org.wildcase.reconciliation.ui.ReviewTaskRoutes;
import org.wildcase.security.WildcaseUser;
import org.wildcase.seizure.CaseRef;
import org.wildcase.seizure.CaseView;
import org.wildcase.seizure.ui.SeizureForms;
import org.wildcase.ui.TaskForm;
import org.wildcase.workflow.ReconciliationWorkflow;
import org.wildcase.workflow.TaskKeys;
import org.wildcase.workflow.WorkflowTask;

/**
 * The one table of the task forms, in the order of the case flow (their labels are the keys {@code task.<key>}):
 * each case task's form from the module that owns it, and the one task worked on in a view of its own, a
 * reconciliation run's review.
 */
@Component
class TaskForms {

    private final Map<String, BiFunction<CaseRef, CaseView, TaskForm>> forms = new LinkedHashMap<>();
    private final ReviewTaskRoutes review;

    TaskForms(ExpertiseForms expertise, SeizureForms seizure, CustodyForms custody, LegalForms legal,
            ReviewTaskRoutes review) {
        this.review = review;
        forms.put(TaskKeys.IDENTIFY_SPECIES, expertise::identifySpecies);
        forms.put(TaskKeys.PROVIDE_INFORMATION, expertise::provideInformation);
        forms.put(TaskKeys.RELEASE_CONSIGNMENT, seizure::releaseConsignment);
        forms.put(TaskKeys.RECORD_LIVE_SPECIMEN_CARE, custody::recordLiveSpecimenCare);
        forms.put(TaskKeys.QUALIFY_OFFENCE, legal::qualifyOffence);
        forms.put(TaskKeys.RECORD_PENALTY, legal::recordPenalty);
        forms.put(TaskKeys.RECORD_PAYMENT, legal::recordPayment);
        forms.put(TaskKeys.REFER_TO_INVESTIGATION, legal::referToInvestigation);
        forms.put(TaskKeys.DECIDE_DISPOSAL, custody::decideDisposal);
        forms.put(TaskKeys.RECORD_DISPOSAL, custody::recordDisposal);
    }

    /** Every task key people work on, case tasks in flow order, then the review. */
    List<String> keys() {
        List<String> keys = new ArrayList<>(forms.keySet());
        keys.add(ReconciliationWorkflow.REVIEW_DISCREPANCIES);
        return keys;
    }

    /** A fresh form for a task of this case; empty for a task that has none here. */
    Optional<TaskForm> form(String taskKey, CaseRef ref, CaseView caseFile) {
        return Optional.ofNullable(forms.get(taskKey)).map(f -> f.apply(ref, caseFile));
    }

    /**
     * The location (no leading slash) of the view a task is worked on in when it is not a case task's form (a run's
     * review); empty for a case task, or when this user cannot be taken there.
     */
    Optional<String> elsewhere(WorkflowTask task, WildcaseUser user) {
        return ReconciliationWorkflow.REVIEW_DISCREPANCIES.equals(task.taskKey())
                ? review.location(task.taskId(), task.caseNumber(), user)
                : Optional.empty();
    }
}
