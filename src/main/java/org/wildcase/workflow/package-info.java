/**
 * The only module that talks to the embedded Camunda engine: it starts the seizure case process, completes and
 * claims its tasks, correlates messages, lists task inboxes, computes deadlines for the timers and draws a case's
 * process as SVG. Process variables are the case id and the few flags gateways read; the case data lives in the
 * domain modules' own tables. Modules plug in through {@link org.wildcase.workflow.CaseSteps} (what the engine asks
 * of them).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"api", "audit", "security", "species"})
package org.wildcase.workflow;
