/**
 * Demo data for the embedded default: a few register entries that make the API examples and the first
 * walk-through meaningful. Never loaded with the keycloak or prod profile.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "api", "casework", "permit", "security", "seizure", "species", "workflow"})
package org.wildcase.demo;
