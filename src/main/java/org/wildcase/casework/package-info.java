/**
 * The work on a case, on top of the domain modules: the task inbox and the completing of tasks (one table from
 * task key to the owning module's command and service method, called in one transaction with the engine's
 * completion), and the views people work in: my tasks, the task form, the case file and the managers' overview.
 * Domain modules never call it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "api", "audit", "check", "custody", "custody :: ui", "evidence", "evidence :: ui", "expertise", "expertise :: ui", "legal", "legal :: ui",
        "reconciliation", "reconciliation :: ui", "reporting", "security", "seizure", "seizure :: ui", "species",
        "ui", "workflow"})
package org.wildcase.casework;
