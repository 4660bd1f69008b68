package org.wildcase.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.wildcase.permit.DocumentType;
import org.wildcase.permit.PermitStatus;
import org.wildcase.permit.RegisteredPermit;
import org.wildcase.species.Purpose;

/**
 * A home document as the register holds it. Defaults: issued {@link #ISSUED_ON}, valid until {@link #VALID_UNTIL}
 * (within six months), stamp {@link #STAMP}, status VALID, no purpose, no lines.
 */
final class RegisteredPermitBuilder {

    static final LocalDate ISSUED_ON = LocalDate.of(2026, 10, 1);
    static final LocalDate VALID_UNTIL = LocalDate.of(2027, 3, 31);
    static final String STAMP = "KG-STAMP-0001";

    private final DocumentType type;
    private final String number;
    private LocalDate issuedOn = ISSUED_ON;
    private LocalDate validFrom;
    private LocalDate validUntil = VALID_UNTIL;
    private String securityStamp = STAMP;
    private Purpose purpose;
    private PermitStatus status = PermitStatus.VALID;
    private String usedByCase;
    private OffsetDateTime usedAt;
    private OffsetDateTime cancelledAt;
    private String cancelReason;
    private final List<RegisteredPermit.Line> lines = new ArrayList<>();

    private RegisteredPermitBuilder(DocumentType type, String number) {
        this.type = type;
        this.number = number;
    }

    static RegisteredPermitBuilder registeredPermit(DocumentType type, String number) {
        return new RegisteredPermitBuilder(type, number);
    }

    RegisteredPermitBuilder issuedOn(LocalDate date) {
        this.issuedOn = date;
        return this;
    }

    RegisteredPermitBuilder validFrom(LocalDate date) {
        this.validFrom = date;
        return this;
    }

    RegisteredPermitBuilder validUntil(LocalDate date) {
        this.validUntil = date;
        return this;
    }

    RegisteredPermitBuilder stamp(String stamp) {
        this.securityStamp = stamp;
        return this;
    }

    RegisteredPermitBuilder purpose(Purpose purpose) {
        this.purpose = purpose;
        return this;
    }

    RegisteredPermitBuilder used(String byCase) {
        this.status = PermitStatus.USED;
        this.usedByCase = byCase;
        this.usedAt = OffsetDateTime.parse("2026-11-01T10:00:00Z");
        return this;
    }

    RegisteredPermitBuilder cancelled(String reason) {
        this.status = PermitStatus.CANCELLED;
        this.cancelledAt = OffsetDateTime.parse("2026-11-01T10:00:00Z");
        this.cancelReason = reason;
        return this;
    }

    /** A permit line; a null unit counts specimens. */
    RegisteredPermitBuilder line(String scientificName, String term, String quantity, String unit) {
        lines.add(new RegisteredPermit.Line(lines.size(), scientificName, term, new BigDecimal(quantity), unit, null,
                null));
        return this;
    }

    RegisteredPermit build() {
        return new RegisteredPermit(number, type, issuedOn, validFrom, validUntil, "Test holder", "KG", securityStamp,
                purpose, status, List.copyOf(lines), usedByCase, usedAt, cancelledAt, cancelReason);
    }
}
