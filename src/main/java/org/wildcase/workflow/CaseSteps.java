package org.wildcase.workflow;

/**
 * What the process asks of the case modules. The seizure module implements it; the engine's delegates stay a few
 * lines: read the case id, call one method.
 */
public interface CaseSteps {

    /** Applies the CITES checks to the registered case and stores the findings on it. */
    void runPreCheck(long caseId);

    /** A timer passed: marks the case for the managers' overview, with the reason. */
    void markOverdue(long caseId, String reason);
}
