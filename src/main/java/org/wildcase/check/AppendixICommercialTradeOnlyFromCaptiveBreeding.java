package org.wildcase.check;

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
                findings.add(FindingCode.PURPOSE_NOT_PERMITTED, line.index, null, line.name()
                        + " is in Appendix I: commercial trade (purpose T) is permitted only from source D, not "
                        + (line.source == null ? "an unstated source" : "source " + line.source) + ".");
            }
        }
    }
}
