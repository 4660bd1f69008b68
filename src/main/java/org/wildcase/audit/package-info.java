/** Who did what, and when, to a case: an append-only history that is never updated or deleted. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.wildcase.audit;
