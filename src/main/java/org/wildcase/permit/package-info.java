/**
 * The register of CITES permits and certificates that the home authority issued. A document covers one
 * consignment: releasing a shipment against it marks it used and keeps the quantities shipped per line.
 * {@link org.wildcase.permit.PermitRegister} is the entry point.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "api", "audit", "security", "species", "species :: ui", "ui"})
package org.wildcase.permit;
