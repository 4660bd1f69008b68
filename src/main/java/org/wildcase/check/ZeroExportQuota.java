package org.wildcase.check;

import org.wildcase.api.Phrase;

import org.wildcase.species.Purpose;
import org.wildcase.species.Source;

/**
 * Zero export quotas of the species list: wild specimens (W) traded for commercial purposes (T) in the listed terms,
 * unless their population is exempt. They apply to exports and re-exports, and to imports whose origin is covered.
 */
final class ZeroExportQuota implements Rule {

    @Override
    public void check(ShipmentContext s, Findings findings) {
        if (s.direction() == Direction.TRANSIT || s.purpose() != Purpose.T) {
            return;
        }
        for (ShipmentContext.Line line : s.lines) {
            if (line.source != Source.W || line.taxon.isEmpty()) {
                continue;
            }
            if (line.taxon.get().zeroQuotaCovers(line.specimen.term(), line.origin)) {
                findings.add(FindingCode.ZERO_QUOTA, line.index, null, line.origin == null
                        ? Phrase.of("explain.ZERO_QUOTA", line.name(), line.specimen.term())
                        : Phrase.of("explain.ZERO_QUOTA.origin", line.name(), line.specimen.term(), line.origin));
            }
        }
    }
}
