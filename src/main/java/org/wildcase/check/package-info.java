/**
 * The CITES permit checks: every rule of domain.md ("CITES rules the system encodes" and the automatic
 * suspicious-document indicators), one small class per rule, each producing stable finding codes. The checks
 * decide nothing; they tell the expert what to look at. {@link org.wildcase.check.PermitChecks} is the entry point.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"api", "permit", "species"})
package org.wildcase.check;
