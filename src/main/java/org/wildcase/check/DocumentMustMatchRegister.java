package org.wildcase.check;

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
                findings.addForDocument(FindingCode.PERMIT_NOT_IN_REGISTER, doc, doc.label()
                        + " is not in the register of documents issued by " + s.home() + ".");
                continue;
            }
            RegisteredPermit registered = doc.registered.get();
            List<String> differences = differences(doc.document, registered);
            if (!differences.isEmpty()) {
                findings.addForDocument(FindingCode.DOCUMENT_DIFFERS_FROM_REGISTER, doc, doc.label()
                        + " differs from the register in " + String.join(", ", differences) + ".");
            }
            String stamp = doc.document.securityStamp();
            if (stamp != null && !stamp.isBlank() && registered.securityStamp() != null
                    && !stamp.trim().equalsIgnoreCase(registered.securityStamp())) {
                findings.addForDocument(FindingCode.SECURITY_STAMP_MISMATCH, doc, doc.label() + " bears stamp "
                        + stamp.trim() + ", the register has " + registered.securityStamp() + ".");
            }
        }
    }

    private static List<String> differences(Shipment.Document given, RegisteredPermit registered) {
        List<String> fields = new ArrayList<>();
        if (given.type() != registered.type()) {
            fields.add("type (" + given.type() + " presented, " + registered.type() + " registered)");
        }
        differs(fields, "issuedOn", given.issuedOn(), registered.issuedOn());
        differs(fields, "validFrom", given.validFrom(), registered.validFrom());
        differs(fields, "validUntil", given.validUntil(), registered.validUntil());
        differs(fields, "purpose", given.purpose(), registered.purpose());
        return fields;
    }

    /** Only what the request states is compared: an omitted value is taken from the register. */
    private static void differs(List<String> fields, String name, Object given, Object registered) {
        if (given != null && !Objects.equals(given, registered)) {
            fields.add(name + " (" + given + " presented, " + (registered == null ? "none" : registered)
                    + " registered)");
        }
    }
}
