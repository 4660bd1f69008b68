package org.wildcase.workflow;

/** The user task ids of bpmn/seizure-case.bpmn, which are the taskKeys of api.md. */
public final class TaskKeys {

    public static final String PROCESS = "SeizureCase";

    public static final String IDENTIFY_SPECIES = "IdentifySpecies";
    public static final String PROVIDE_INFORMATION = "ProvideInformation";
    public static final String RELEASE_CONSIGNMENT = "ReleaseConsignment";
    public static final String RECORD_LIVE_SPECIMEN_CARE = "RecordLiveSpecimenCare";
    public static final String QUALIFY_OFFENCE = "QualifyOffence";
    public static final String RECORD_PENALTY = "RecordPenalty";
    public static final String RECORD_PAYMENT = "RecordPayment";
    public static final String REFER_TO_INVESTIGATION = "ReferToInvestigation";
    public static final String DECIDE_DISPOSAL = "DecideDisposal";
    public static final String RECORD_DISPOSAL = "RecordDisposal";

    static final String MESSAGE_INVESTIGATION_OUTCOME = "InvestigationOutcome";
    static final String MESSAGE_CASE_WITHDRAWN = "CaseWithdrawn";
    static final String AWAIT_INVESTIGATION_OUTCOME = "Task_AwaitInvestigationOutcome";

    private TaskKeys() {
    }
}
