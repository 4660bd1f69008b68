package org.wildcase.seizure.ui;

import java.util.List;

import org.wildcase.workflow.TaskKeys;

/** The task keys people work on, in the order of the case flow; their labels are the keys {@code task.<key>}. */
final class TaskLabels {

    static final List<String> KEYS = List.of(TaskKeys.IDENTIFY_SPECIES, TaskKeys.PROVIDE_INFORMATION,
            TaskKeys.RELEASE_CONSIGNMENT, TaskKeys.RECORD_LIVE_SPECIMEN_CARE, TaskKeys.QUALIFY_OFFENCE,
            TaskKeys.RECORD_PENALTY, TaskKeys.RECORD_PAYMENT, TaskKeys.REFER_TO_INVESTIGATION,
            TaskKeys.DECIDE_DISPOSAL, TaskKeys.RECORD_DISPOSAL);

    private TaskLabels() {
    }
}
