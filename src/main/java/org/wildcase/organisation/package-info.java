/**
 * The names of the agencies and customs units, kept as configuration an admin edits rather than constants in the
 * code: the CITES authority moved from SAEPF to the environment ministry, and units open and close. Codes are
 * stable (a user's unit, the prefix of a case number); names are shown in English, Russian and Kyrgyz.
 * {@link org.wildcase.organisation.OrganisationNames} is the entry point.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"api", "audit", "ui"})
package org.wildcase.organisation;
