package org.wildcase.check;

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
                findings.addForDocument(FindingCode.PERMIT_ISSUED_AFTER_SHIPMENT, doc, doc.label() + " was issued on "
                        + issued + ", after the shipment date " + shipped + ".");
            } else if (from != null && from.isAfter(shipped)) {
                findings.addForDocument(FindingCode.PERMIT_NOT_YET_VALID, doc, doc.label() + " is valid only from "
                        + from + ", after the shipment date " + shipped + ".");
            }
            if (until != null && until.isBefore(shipped)) {
                findings.addForDocument(FindingCode.PERMIT_EXPIRED, doc, doc.label() + " was valid until " + until
                        + ", before the shipment date " + shipped + ".");
            }
        }
    }
}
