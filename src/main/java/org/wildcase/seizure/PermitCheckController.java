package org.wildcase.seizure;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import java.util.ArrayList;
import java.util.List;

import org.wildcase.api.FieldError;
import org.wildcase.api.InvalidInputException;
import org.wildcase.check.CheckResult;
import org.wildcase.check.PermitChecks;
import org.wildcase.check.Shipment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Validator;

/** {@code POST /api/permit-checks}: the pre-check of a registration, without storing anything. */
@RestController
@Tag(name = "CITES checks")
class PermitCheckController {

    private final PermitChecks checks;
    private final Validator validator;

    PermitCheckController(PermitChecks checks, Validator validator) {
        this.checks = checks;
        this.validator = validator;
    }

    @PostMapping("/api/permit-checks")
    @Operation(summary = "Apply the CITES rules to a shipment (same body as a case registration); stores nothing. "
            + "Only direction, seizedAt and specimens are required.")
    CheckResult check(@RequestBody Registration registration) {
        Shipment shipment = registration.toShipment();
        // Bean validation, code checks and the shipment's own rules are reported together, sorted by field.
        List<FieldError> problems = new ArrayList<>(checks.problems(shipment));
        validator.validate(registration).forEach(v -> problems.add(new FieldError(v.getPropertyPath().toString(),
                v.getMessage())));
        problems.addAll(registration.codeProblems());
        problems.sort(java.util.Comparator.comparing(FieldError::field));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.size() + " field(s) are invalid, first " + problems.get(0).field()
                    + ": " + problems.get(0).message(), problems);
        }
        return checks.check(shipment);
    }
}
