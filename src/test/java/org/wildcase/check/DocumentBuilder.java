package org.wildcase.check;

import java.time.LocalDate;
import java.util.List;

import org.wildcase.permit.DocumentType;
import org.wildcase.species.Purpose;

/**
 * A document presented with the shipment. By default no issuing country (so the checks infer it from the direction),
 * no dates, no stamp, original not stated, covering every specimen line.
 */
final class DocumentBuilder {

    private final DocumentType type;
    private final String number;
    private String issuingCountry;
    private Boolean original;
    private String securityStamp;
    private LocalDate issuedOn;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private Purpose purpose;
    private List<Integer> covers;

    private DocumentBuilder(DocumentType type, String number) {
        this.type = type;
        this.number = number;
    }

    static DocumentBuilder document(DocumentType type, String number) {
        return new DocumentBuilder(type, number);
    }

    static DocumentBuilder exportPermit(String number) {
        return document(DocumentType.EXPORT_PERMIT, number);
    }

    static DocumentBuilder importPermit(String number) {
        return document(DocumentType.IMPORT_PERMIT, number);
    }

    static DocumentBuilder reexportCertificate(String number) {
        return document(DocumentType.REEXPORT_CERTIFICATE, number);
    }

    static DocumentBuilder certificateOfOrigin(String number) {
        return document(DocumentType.CERTIFICATE_OF_ORIGIN, number);
    }

    static DocumentBuilder preConventionCertificate(String number) {
        return document(DocumentType.PRE_CONVENTION_CERTIFICATE, number);
    }

    DocumentBuilder issuedBy(String country) {
        this.issuingCountry = country;
        return this;
    }

    DocumentBuilder original(Boolean original) {
        this.original = original;
        return this;
    }

    DocumentBuilder stamp(String securityStamp) {
        this.securityStamp = securityStamp;
        return this;
    }

    DocumentBuilder issuedOn(LocalDate date) {
        this.issuedOn = date;
        return this;
    }

    DocumentBuilder validFrom(LocalDate date) {
        this.validFrom = date;
        return this;
    }

    DocumentBuilder validUntil(LocalDate date) {
        this.validUntil = date;
        return this;
    }

    DocumentBuilder purpose(Purpose purpose) {
        this.purpose = purpose;
        return this;
    }

    /** The specimen lines (indexes) the document covers; not calling this covers every line. */
    DocumentBuilder covers(Integer... lines) {
        this.covers = List.of(lines);
        return this;
    }

    Shipment.Document build() {
        return new Shipment.Document(type, number, issuingCountry, original, securityStamp, issuedOn, validFrom,
                validUntil, purpose, covers);
    }
}
