package org.wildcase.check;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code POST /api/permit-checks}: the pre-check of a shipment, without storing anything. */
@RestController
@Tag(name = "CITES checks")
class PermitCheckController {

    private final PermitChecks checks;

    PermitCheckController(PermitChecks checks) {
        this.checks = checks;
    }

    @PostMapping("/api/permit-checks")
    @Operation(summary = "Apply the CITES rules to a shipment (same fields as a case registration); stores nothing")
    CheckResult check(@RequestBody Shipment shipment) {
        return checks.check(shipment);
    }
}
