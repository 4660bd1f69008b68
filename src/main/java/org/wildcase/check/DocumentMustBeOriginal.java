package org.wildcase.check;

import org.wildcase.api.Phrase;

/** A copy presented instead of the original document is a suspicion (Res. Conf. 12.3). */
final class DocumentMustBeOriginal implements Rule {

    @Override
    public void check(ShipmentContext s, Findings findings) {
        for (ShipmentContext.Doc doc : s.documents) {
            if (Boolean.FALSE.equals(doc.document.original())) {
                findings.addForDocument(FindingCode.COPY_NOT_ORIGINAL, doc,
                        Phrase.of("explain.COPY_NOT_ORIGINAL", doc.label()));
            }
        }
    }
}
