package org.wildcase.check;

import org.wildcase.api.Phrase;

/**
 * Res. Conf. 13.7: personal and household effects (purpose P) are exempt only where a rule grants it, never for
 * Appendix I. The rule known here is caviar up to 125 g in total per case.
 */
final class PersonalEffectsExemption implements Rule {

    @Override
    public void check(ShipmentContext s, Findings findings) {
        for (ShipmentContext.Line line : s.lines) {
            if (line.regulated() && line.personalEffects) {
                findings.add(FindingCode.EXEMPT_PERSONAL_EFFECTS, line.index, null, Phrase.of(
                        "explain.EXEMPT_PERSONAL_EFFECTS", line.name(), ShipmentContext.CAVIAR_PERSONAL_LIMIT_GRAMS));
            }
        }
    }
}
