package org.wildcase.reconciliation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.wildcase.permit.DocumentType;
import org.wildcase.permit.PermitStatus;
import org.wildcase.permit.RegisteredPermit;
import org.wildcase.species.Purpose;

/** An export permit as the register holds it: issued 2026-10-01, valid until 2027-03-31, status VALID, no lines. */
final class PermitBuilder {

    static final LocalDate ISSUED_ON = LocalDate.of(2026, 10, 1);
    static final LocalDate VALID_UNTIL = LocalDate.of(2027, 3, 31);

    private final String number;
    private DocumentType type = DocumentType.EXPORT_PERMIT;
    private LocalDate issuedOn = ISSUED_ON;
    private LocalDate validFrom;
    private LocalDate validUntil = VALID_UNTIL;
    private PermitStatus status = PermitStatus.VALID;
    private OffsetDateTime cancelledAt;
    private String cancelReason;
    private final List<RegisteredPermit.Line> lines = new ArrayList<>();

    private PermitBuilder(String number) {
        this.number = number;
    }

    static PermitBuilder permit(String number) {
        return new PermitBuilder(number);
    }

    PermitBuilder type(DocumentType type) {
        this.type = type;
        return this;
    }

    PermitBuilder issuedOn(LocalDate date) {
        this.issuedOn = date;
        return this;
    }

    PermitBuilder validFrom(LocalDate date) {
        this.validFrom = date;
        return this;
    }

    PermitBuilder validUntil(LocalDate date) {
        this.validUntil = date;
        return this;
    }

    /** Cancelled at this instant (the reconciler takes its date in Asia/Bishkek). */
    PermitBuilder cancelledAt(String instant) {
        this.status = PermitStatus.CANCELLED;
        this.cancelledAt = OffsetDateTime.parse(instant);
        this.cancelReason = "Withdrawn by the authority";
        return this;
    }

    /** A permit line; a null unit counts specimens. */
    PermitBuilder line(String scientificName, String term, String quantity, String unit) {
        lines.add(new RegisteredPermit.Line(lines.size(), scientificName, term, new BigDecimal(quantity), unit, null,
                null));
        return this;
    }

    RegisteredPermit build() {
        return new RegisteredPermit(number, type, issuedOn, validFrom, validUntil, "Holder of " + number, "KG",
                "STAMP-" + number, Purpose.T, status, List.copyOf(lines), null, null, cancelledAt, cancelReason);
    }
}
