/**
 * Who did what, and when: the case history, and the tamper-evident audit trail of every change (hash-chained,
 * append-only by a database trigger).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"api", "security"})
package org.wildcase.audit;
