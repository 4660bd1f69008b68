package org.wildcase.seizure;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.wildcase.check.CheckResult;
import org.wildcase.check.PermitChecks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code POST /api/permit-checks}: the pre-check of a registration, without storing anything. */
@RestController
@Tag(name = "CITES checks")
class PermitCheckController {

    private final PermitChecks checks;
    private final RegistrationProblems problems;

    PermitCheckController(PermitChecks checks, RegistrationProblems problems) {
        this.checks = checks;
        this.problems = problems;
    }

    @PostMapping("/api/permit-checks")
    @Operation(summary = "Apply the CITES rules to a shipment (same body as a case registration); stores nothing. "
            + "Only direction, seizedAt and specimens are required.")
    CheckResult check(@RequestBody Registration registration) {
        problems.requireValidForCheck(registration);
        return checks.checkValidated(registration.toShipment());
    }
}
