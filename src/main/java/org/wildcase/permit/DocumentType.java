package org.wildcase.permit;

import java.time.LocalDate;
import java.util.Optional;

/** CITES document types, with the longest validity the Convention allows (Res. Conf. 12.3). */
public enum DocumentType {
    EXPORT_PERMIT(6),
    IMPORT_PERMIT(12),
    REEXPORT_CERTIFICATE(6),
    CERTIFICATE_OF_ORIGIN(12),
    // domain.md gives no maximum for pre-Convention certificates; used for export they stand in for an export
    // permit, so they take its six months.
    PRE_CONVENTION_CERTIFICATE(6),
    OTHER(0);

    private final int maxValidityMonths;

    DocumentType(int maxValidityMonths) {
        this.maxValidityMonths = maxValidityMonths;
    }

    /** The last valid day (inclusive) for a document issued on {@code issuedOn}, as java.time adds months. */
    public Optional<LocalDate> latestValidUntil(LocalDate issuedOn) {
        if (maxValidityMonths == 0 || issuedOn == null) {
            return Optional.empty();
        }
        return Optional.of(issuedOn.plusMonths(maxValidityMonths));
    }

    public int maxValidityMonths() {
        return maxValidityMonths;
    }

    /** Whether the home register can hold this type: every CITES document, not "other" papers. */
    public boolean registrable() {
        return this != OTHER;
    }
}
