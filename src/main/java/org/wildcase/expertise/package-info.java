/**
 * Species expertise by the CITES authority: per specimen line the identified taxon and appendix, an assessment of
 * each document, and the conclusion. MORE_INFORMATION_NEEDED opens a round that the customs officer answers.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "api", "audit", "evidence", "evidence :: ui", "permit", "security", "seizure", "species", "species :: ui", "ui"})
package org.wildcase.expertise;
