package org.wildcase.audit;

import java.time.OffsetDateTime;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wildcase.api.CanonicalJson;
import org.wildcase.api.PagedResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The audit trail over REST (api.md "Audit"): managers and admins read it, admins verify its chain. */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "The tamper-evident trail of every change")
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    /** An entry as api.md gives it: the detail as a JSON object. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "AuditEntry")
    record EntryReply(long seq, OffsetDateTime at, String who, String action, String caseNumber,
            java.util.Map<String, Object> detail,
            String hash, String previousHash) {
        static EntryReply of(AuditTrail.Entry e) {
            return new EntryReply(e.seq(), e.at(), e.who(), e.action(), e.caseNumber(),
                    CanonicalJson.map(e.detail()), e.hash(), e.previousHash());
        }
    }

    @GetMapping
    @Operation(summary = "Audit entries in sequence order, filtered (manager, admin)")
    PagedResponse<EntryReply> list(@RequestParam(required = false) String caseNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
            @RequestParam(required = false) String who, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        AuditTrail.Filter filter = new AuditTrail.Filter(caseNumber, from, to, who);
        return PagedResponse.page(page, size, p -> trail.list(filter, p).map(EntryReply::of));
    }

    @GetMapping("/verify")
    @Operation(summary = "Walk the hash chain from the first entry (admin)")
    AuditTrail.Verification verify() {
        return trail.verify();
    }
}
