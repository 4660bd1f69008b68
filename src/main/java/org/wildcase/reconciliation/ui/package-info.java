/**
 * The reconciliation screens: importing a period's export records, the runs, and a run's discrepancies, where the
 * permit officer works the ReviewDiscrepancies task (casework's task list links there).
 */
@org.springframework.modulith.NamedInterface("ui")
package org.wildcase.reconciliation.ui;
