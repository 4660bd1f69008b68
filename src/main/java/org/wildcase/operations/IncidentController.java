package org.wildcase.operations;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wildcase.api.PagedResponse;
import org.wildcase.workflow.EngineIncidents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The engine's incidents for admins: which case a failed job stopped, where, and why. */
@RestController
@RequestMapping("/api/incidents")
@Tag(name = "Operations", description = "The engine's incidents (admin)")
class IncidentController {

    private final EngineIncidents engine;
    private final org.wildcase.audit.AuditTrail audit;

    IncidentController(EngineIncidents engine, org.wildcase.audit.AuditTrail audit) {
        this.engine = engine;
        this.audit = audit;
    }

    @GetMapping("/evidence")
    @Operation(summary = "Evidence refused because its stored bytes no longer matched its SHA-256, newest first "
            + "(admin): who asked, which case and attachment")
    PagedResponse<org.wildcase.audit.AuditTrail.Entry> evidence(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PagedResponse.page(page, size, p -> audit.ofAction(EVIDENCE_REFUSED, p));
    }

    /** The audit action of a file refused on reading (evidence.CaseEvidence). */
    static final String EVIDENCE_REFUSED = "ATTACHMENT_READ_REFUSED";

    @GetMapping
    @Operation(summary = "Incidents, newest first (admin): a job (timer, asynchronous step) that failed after its "
            + "retries, with the case or run it stopped")
    PagedResponse<EngineIncidents.EngineIncident> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PagedResponse.page(page, size, engine::incidents);
    }
}
