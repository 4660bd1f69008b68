/**
 * Permit-vs-export reconciliation: the export records Customs reports for a period are checked against the permits
 * the CITES authority issued. Each run imports a CSV or XLSX file, finds discrepancies with stable codes, and a
 * permit officer decides each one (accepted with a reason, or a seizure case opened from it) in the
 * {@code ReviewDiscrepancies} task of {@code bpmn/permit-reconciliation.bpmn}.
 * {@link org.wildcase.reconciliation.Reconciliations} is the entry point.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "api", "audit", "check", "organisation", "permit", "security", "seizure", "species", "ui", "workflow"})
package org.wildcase.reconciliation;
