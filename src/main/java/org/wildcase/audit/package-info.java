/** Who did what, and when, to a case: an append-only history that is never updated or deleted. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"api"})
package org.wildcase.audit;
