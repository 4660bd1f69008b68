package org.wildcase.check;

/**
 * Res. Conf. 13.7: personal and household effects (purpose P) are exempt only where a rule grants it, never for
 * Appendix I. The rule known here is caviar up to 125 g in total per case.
 */
final class PersonalEffectsExemption implements Rule {

    @Override
    public void check(ShipmentContext s, Findings findings) {
        for (ShipmentContext.Line line : s.lines) {
            if (line.regulated() && line.personalEffects) {
                findings.add(FindingCode.EXEMPT_PERSONAL_EFFECTS, line.index, null, line.name()
                        + ": caviar as personal effects, at most " + ShipmentContext.CAVIAR_PERSONAL_LIMIT_GRAMS
                        + " g per case, needs no permit.");
            }
        }
    }
}
