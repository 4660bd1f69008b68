package org.wildcase.workflow;

/**
 * What bpmn/permit-reconciliation.bpmn asks of the reconciliation module, which implements it; the delegate reads
 * the run id and calls it.
 */
public interface ReconciliationSteps {

    /** Reconciles the run's stored records with the register and stores the outcome; whether any discrepancy. */
    boolean reconcile(long runId);
}
