/**
 * Running Wildcase as a service: readiness (nothing is served before reference and demo data are loaded), the
 * metrics an operator watches, and the engine's incidents for admins.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "api", "audit", "casework", "expertise", "security", "seizure", "species", "ui", "workflow"})
package org.wildcase.operations;
