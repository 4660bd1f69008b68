package org.wildcase.check;

import org.wildcase.api.Phrase;

/** Art. VII.2: a pre-Convention certificate replaces the permits of Art. III-V for the lines it covers. */
final class PreConventionCertificateReplacesPermits implements Rule {

    @Override
    public void check(ShipmentContext s, Findings findings) {
        for (ShipmentContext.Line line : s.lines) {
            if (line.regulated() && line.preConventionCertificate != null) {
                findings.add(FindingCode.PRE_CONVENTION, line.index, line.preConventionCertificate.index,
                        Phrase.of("explain.PRE_CONVENTION", line.name()));
            }
        }
    }
}
