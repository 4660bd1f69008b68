package org.wildcase.check;

import org.wildcase.api.Phrase;

import org.wildcase.permit.PermitStatus;

/** Res. Conf. 12.3: a cancelled document covers nothing, and a used one has already covered its one consignment. */
final class DocumentMustNotBeCancelledOrUsed implements Rule {

    @Override
    public void check(ShipmentContext s, Findings findings) {
        for (ShipmentContext.Doc doc : s.documents) {
            doc.registered.ifPresent(permit -> {
                if (permit.status() == PermitStatus.CANCELLED) {
                    findings.addForDocument(FindingCode.PERMIT_CANCELLED, doc, permit.cancelReason() == null
                            ? Phrase.of("explain.PERMIT_CANCELLED", doc.label())
                            : Phrase.of("explain.PERMIT_CANCELLED.reason", doc.label(), permit.cancelReason()));
                } else if (permit.status() == PermitStatus.USED) {
                    findings.addForDocument(FindingCode.PERMIT_ALREADY_USED, doc,
                            Phrase.of("explain.PERMIT_ALREADY_USED", doc.label(), permit.usedByCase()));
                }
            });
        }
    }
}
