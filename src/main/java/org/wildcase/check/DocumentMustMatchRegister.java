package org.wildcase.check;

import org.wildcase.api.Phrase;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.wildcase.permit.RegisteredPermit;

/**
 * A home document must be in the register (PERMIT_NOT_IN_REGISTER), what the request states of it must agree with
 * the register (DOCUMENT_DIFFERS_FROM_REGISTER), and its security stamp must be the registered one.
 * Foreign documents cannot be checked against our register.
 */
final class DocumentMustMatchRegister implements Rule {

    @Override
    public void check(ShipmentContext s, Findings findings) {
        for (ShipmentContext.Doc doc : s.documents) {
            if (!doc.home || doc.document.type() == null || !doc.document.type().registrable()) {
                continue;
            }
            if (doc.registered.isEmpty()) {
                findings.addForDocument(FindingCode.PERMIT_NOT_IN_REGISTER, doc,
                        Phrase.of("explain.PERMIT_NOT_IN_REGISTER", doc.label(), s.home()));
                continue;
            }
            RegisteredPermit registered = doc.registered.get();
            List<Phrase> differences = differences(doc.document, registered);
            if (!differences.isEmpty()) {
                Phrase all = differences.get(0);
                for (Phrase next : differences.subList(1, differences.size())) {
                    all = Phrase.of("explain.and", all, next);
                }
                findings.addForDocument(FindingCode.DOCUMENT_DIFFERS_FROM_REGISTER, doc,
                        Phrase.of("explain.DOCUMENT_DIFFERS_FROM_REGISTER", doc.label(), all));
            }
            String stamp = doc.document.securityStamp();
            if (stamp != null && !stamp.isBlank() && registered.securityStamp() != null
                    && !stamp.trim().equalsIgnoreCase(registered.securityStamp())) {
                findings.addForDocument(FindingCode.SECURITY_STAMP_MISMATCH, doc, Phrase.of(
                        "explain.SECURITY_STAMP_MISMATCH", doc.label(), stamp.trim(), registered.securityStamp()));
            }
        }
    }

    private static List<Phrase> differences(Shipment.Document given, RegisteredPermit registered) {
        List<Phrase> fields = new ArrayList<>();
        if (given.type() != registered.type()) {
            fields.add(Phrase.of("explain.differs", Phrase.of("explain.field.type"),
                    Phrase.of("documentType." + given.type()), Phrase.of("documentType." + registered.type())));
        }
        differs(fields, "issuedOn", given.issuedOn(), registered.issuedOn());
        differs(fields, "validFrom", given.validFrom(), registered.validFrom());
        differs(fields, "validUntil", given.validUntil(), registered.validUntil());
        differs(fields, "purpose", given.purpose(), registered.purpose());
        return fields;
    }

    /** Only what the request states is compared: an omitted value is taken from the register. */
    private static void differs(List<Phrase> fields, String name, Object given, Object registered) {
        if (given != null && !Objects.equals(given, registered)) {
            fields.add(Phrase.of("explain.differs", Phrase.of("explain.field." + name), given,
                    registered == null ? Phrase.of("explain.none") : registered));
        }
    }
}
