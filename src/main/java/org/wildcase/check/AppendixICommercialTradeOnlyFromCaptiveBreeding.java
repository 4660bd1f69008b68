package org.wildcase.check;

import org.wildcase.api.Phrase;

import org.wildcase.species.Appendix;
import org.wildcase.species.Purpose;
import org.wildcase.species.Source;

/**
 * Art. III and VII.4: Appendix-I specimens may be traded for commercial purposes (T) only from registered
 * captive-breeding or artificial-propagation operations (source D). A source that is not stated is not D.
 */
final class AppendixICommercialTradeOnlyFromCaptiveBreeding implements Rule {

    @Override
    public void check(ShipmentContext s, Findings findings) {
        if (s.purpose() != Purpose.T) {
            return;
        }
        for (ShipmentContext.Line line : s.lines) {
            if (line.appendix == Appendix.I && line.preConventionCertificate == null && line.source != Source.D) {
                findings.add(FindingCode.PURPOSE_NOT_PERMITTED, line.index, null, Phrase.of(
                        "explain.PURPOSE_NOT_PERMITTED", line.name(), line.source == null
                                ? Phrase.of("explain.source.unstated") : Phrase.of("explain.source", line.source)));
            }
        }
    }
}
