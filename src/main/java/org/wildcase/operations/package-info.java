/**
 * Running Wildcase as a service: readiness (nothing is served before reference and demo data are loaded), the
 * metrics an operator watches, and the engine's incidents for admins.
 */
package org.wildcase.operations;
