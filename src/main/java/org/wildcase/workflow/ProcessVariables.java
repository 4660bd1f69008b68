package org.wildcase.workflow;

import java.util.Set;

/** The only process variables of the seizure case process: the case id and the flags its gateways read. */
public final class ProcessVariables {

    public static final String CASE_ID = "caseId";
    public static final String ANY_LIVE = "anyLive";
    public static final String CONCLUSION = "conclusion";
    public static final String QUALIFICATION = "qualification";

    public static final Set<String> ALL = Set.of(CASE_ID, ANY_LIVE, CONCLUSION, QUALIFICATION);

    private ProcessVariables() {
    }
}
