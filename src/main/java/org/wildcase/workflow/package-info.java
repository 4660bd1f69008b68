/**
 * The only module that talks to the embedded Camunda engine. The case flow (next issue) starts and correlates its
 * processes here; for now it holds the demo engine admin that lets an admin into Cockpit in the embedded default.
 */
package org.wildcase.workflow;
