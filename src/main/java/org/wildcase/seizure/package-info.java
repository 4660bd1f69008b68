/**
 * Seizure cases: the registration a customs officer records (shipment, specimens, documents, parties, route), its
 * pre-check, who may see which case, the stage and overdue marks, and the steps of a case ({@link
 * org.wildcase.seizure.CaseStep}) that the other modules' tasks return and this module applies.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "api", "audit", "check", "permit", "security", "species", "species :: ui", "ui", "workflow"})
package org.wildcase.seizure;
