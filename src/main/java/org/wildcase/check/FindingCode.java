package org.wildcase.check;

/** The stable finding codes of domain.md, with their severities. */
public enum FindingCode {
    EXPORT_PERMIT_MISSING(Severity.VIOLATION),
    IMPORT_PERMIT_MISSING(Severity.VIOLATION),
    REEXPORT_CERTIFICATE_MISSING(Severity.VIOLATION),
    CERTIFICATE_OF_ORIGIN_MISSING(Severity.VIOLATION),

    PERMIT_NOT_IN_REGISTER(Severity.SUSPICION),
    DOCUMENT_DIFFERS_FROM_REGISTER(Severity.SUSPICION),
    PERMIT_EXPIRED(Severity.VIOLATION),
    PERMIT_NOT_YET_VALID(Severity.VIOLATION),
    PERMIT_ISSUED_AFTER_SHIPMENT(Severity.VIOLATION),
    PERMIT_CANCELLED(Severity.VIOLATION),
    PERMIT_ALREADY_USED(Severity.VIOLATION),

    SPECIES_NOT_ON_PERMIT(Severity.VIOLATION),
    QUANTITY_EXCEEDS_PERMIT(Severity.VIOLATION),
    /** The line's unit is not in the permit line's dimension (litres against kilograms, a count against a mass). */
    QUANTITY_NOT_COMPARABLE(Severity.SUSPICION),
    SECURITY_STAMP_MISMATCH(Severity.SUSPICION),
    COPY_NOT_ORIGINAL(Severity.SUSPICION),

    PURPOSE_NOT_PERMITTED(Severity.VIOLATION),
    ZERO_QUOTA(Severity.VIOLATION),

    EXEMPT_PERSONAL_EFFECTS(Severity.INFO),
    PRE_CONVENTION(Severity.INFO),
    NOT_CITES_LISTED(Severity.INFO),
    SPECIES_UNKNOWN(Severity.INFO);

    private final Severity severity;

    FindingCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
