/**
 * Wildcase: case management and interagency workflow against illegal trade in CITES-listed fauna and flora.
 * Each sub-package is a domain module with a small public service at its top; see architecture.md.
 */
package org.wildcase;
