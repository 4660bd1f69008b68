package org.wildcase.seizure;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.wildcase.workflow.TaskKeys;

/**
 * Where a case stands in the flow; a released, closed or withdrawn case is DONE. The stage is read off the case's
 * process, in this one place: the main line's waiting step gives it, and the care of live specimens, which runs
 * beside it, gives none.
 */
public enum Stage {
    EXPERTISE, AWAITING_INFORMATION, RELEASE, LEGAL, DISPOSAL, DONE;

    /** The steps of the main line of bpmn/seizure-case.bpmn where a case waits, and the stage each one means. */
    private static final Map<String, Stage> WAITING_AT = Map.of(
            TaskKeys.IDENTIFY_SPECIES, EXPERTISE,
            TaskKeys.PROVIDE_INFORMATION, AWAITING_INFORMATION,
            TaskKeys.RELEASE_CONSIGNMENT, RELEASE,
            TaskKeys.QUALIFY_OFFENCE, LEGAL,
            TaskKeys.RECORD_PENALTY, LEGAL,
            TaskKeys.RECORD_PAYMENT, LEGAL,
            TaskKeys.REFER_TO_INVESTIGATION, LEGAL,
            "Task_AwaitInvestigationOutcome", LEGAL,
            TaskKeys.DECIDE_DISPOSAL, DISPOSAL,
            TaskKeys.RECORD_DISPOSAL, DISPOSAL);

    /** The stage the process's active steps mean; empty when the main line waits nowhere (the case has ended). */
    public static Optional<Stage> at(Set<String> activeSteps) {
        return activeSteps.stream().map(WAITING_AT::get).filter(java.util.Objects::nonNull).findFirst();
    }
}
