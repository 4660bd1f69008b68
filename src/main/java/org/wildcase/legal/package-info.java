/**
 * Legal handling of a violation: the qualification (administrative or criminal) with its legal basis, the protocol,
 * penalty and payment, or the referral to an investigative body and the outcome it reports.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "api", "audit", "expertise", "security", "seizure", "species", "ui", "workflow"})
package org.wildcase.legal;
