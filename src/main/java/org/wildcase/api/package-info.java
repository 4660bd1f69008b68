/**
 * The shell of the REST API: problem+json error replies (RFC 9457) and the few exceptions modules throw
 * to ask for them. Modules keep their own controllers; this package only translates failures.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.wildcase.api;
