package org.wildcase.check;

import org.wildcase.api.Phrase;

import java.time.LocalDate;

/**
 * Validity is judged on the shipment date in the home time zone: a document issued after it
 * (PERMIT_ISSUED_AFTER_SHIPMENT), valid only from a later day (PERMIT_NOT_YET_VALID), or past its last valid day,
 * which is inclusive and never beyond the CITES maximum from issue (PERMIT_EXPIRED). Dates not given are not judged.
 */
final class DocumentMustBeValidOnShipmentDate implements Rule {

    @Override
    public void check(ShipmentContext s, Findings findings) {
        LocalDate shipped = s.shipmentDate;
        for (ShipmentContext.Doc doc : s.documents) {
            LocalDate issued = doc.issuedOn();
            LocalDate from = doc.validFrom();
            LocalDate until = doc.validUntil();
            if (issued != null && issued.isAfter(shipped)) {
                findings.addForDocument(FindingCode.PERMIT_ISSUED_AFTER_SHIPMENT, doc,
                        Phrase.of("explain.PERMIT_ISSUED_AFTER_SHIPMENT", doc.label(), issued, shipped));
            } else if (from != null && from.isAfter(shipped)) {
                findings.addForDocument(FindingCode.PERMIT_NOT_YET_VALID, doc,
                        Phrase.of("explain.PERMIT_NOT_YET_VALID", doc.label(), from, shipped));
            }
            if (until != null && until.isBefore(shipped)) {
                findings.addForDocument(FindingCode.PERMIT_EXPIRED, doc,
                        Phrase.of("explain.PERMIT_EXPIRED", doc.label(), until, shipped));
            }
        }
    }
}
