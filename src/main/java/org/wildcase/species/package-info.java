/**
 * The CITES reference data: the species list with its appendices, population splits and zero quotas, and the
 * term and unit codes of the annual-report guidelines. The list is versioned: each import is kept, and findings
 * name the version they used. {@link org.wildcase.species.SpeciesCatalogue} is the entry point.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"api", "audit", "security", "ui"})
package org.wildcase.species;
