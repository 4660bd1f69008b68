package org.wildcase.legal;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.wildcase.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code POST /api/cases/{caseNumber}/investigation-outcome} (legal-officer, integration). */
@RestController
@Tag(name = "Cases")
class OutcomeController {

    private final LegalHandling legal;
    private final CurrentUser currentUser;

    OutcomeController(LegalHandling legal, CurrentUser currentUser) {
        this.legal = legal;
        this.currentUser = currentUser;
    }

    @PostMapping("/api/cases/{caseNumber}/investigation-outcome")
    @Operation(summary = "The outcome of a criminal investigation, correlated to the case waiting for it; "
            + "409 when the case is not waiting")
    LegalHandling.View outcome(@PathVariable String caseNumber, @RequestBody LegalHandling.InvestigationOutcome body) {
        return legal.recordOutcome(caseNumber, body, currentUser.require());
    }
}
