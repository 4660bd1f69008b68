package org.wildcase.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wildcase.check.FindingAssertions.assertThatFindings;
import static org.wildcase.check.FindingAssertions.codes;
import static org.wildcase.check.FindingAssertions.finding;
import static org.wildcase.check.FindingCode.EXEMPT_PERSONAL_EFFECTS;
import static org.wildcase.check.FindingCode.EXPORT_PERMIT_MISSING;
import static org.wildcase.check.Severity.INFO;
import static org.wildcase.check.Severity.VIOLATION;
import static org.wildcase.check.SpecimenBuilder.specimen;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wildcase.species.Purpose;

/**
 * Res. Conf. 13.7 as narrowed by domain.md: personal effects (purpose P) are exempt only for caviar (CAV) of at most
 * 125 g in total per case, units converted, never for Appendix I. Acipenser baerii is Appendix II, Acipenser sturio I.
 */
class PersonalEffectsExemptionTest {

    private static ShipmentBuilder personalExport() {
        return ShipmentBuilder.export().purpose(Purpose.P);
    }

    private static SpecimenBuilder caviar(String species) {
        return specimen(species).term("CAV");
    }

    @Test
    void caviar_of_125_grams_as_personal_effects_is_exempt() {
        List<Finding> findings = personalExport()
                .specimen(caviar("Acipenser baerii").grams("125"))
                .findings();

        assertThatFindings(findings).containsExactly(finding(EXEMPT_PERSONAL_EFFECTS, INFO, 0, null));
    }

    @Test
    void caviar_of_0_125_kilograms_is_converted_to_125_grams_and_is_exempt() {
        List<Finding> findings = personalExport()
                .specimen(caviar("Acipenser baerii").kilograms("0.125"))
                .findings();

        assertThatFindings(findings).containsExactly(finding(EXEMPT_PERSONAL_EFFECTS, INFO, 0, null));
    }

    @Test
    void caviar_on_two_lines_of_100_and_25_grams_totals_125_grams_and_is_exempt() {
        List<Finding> findings = personalExport()
                .specimen(caviar("Acipenser baerii").grams("100"))
                .specimen(caviar("Acipenser gueldenstaedtii").grams("25"))
                .findings();

        assertThatFindings(findings).containsExactlyInAnyOrder(
                finding(EXEMPT_PERSONAL_EFFECTS, INFO, 0, null),
                finding(EXEMPT_PERSONAL_EFFECTS, INFO, 1, null));
    }

    @Test
    void caviar_of_125_001_grams_is_not_exempt() {
        List<Finding> findings = personalExport()
                .specimen(caviar("Acipenser baerii").grams("125.001"))
                .findings();

        assertThatFindings(findings).containsExactly(finding(EXPORT_PERMIT_MISSING, VIOLATION, 0, null));
    }

    @Test
    void caviar_on_two_lines_of_100_and_26_grams_exceeds_the_case_total_and_is_not_exempt() {
        List<Finding> findings = personalExport()
                .specimen(caviar("Acipenser baerii").grams("100"))
                .specimen(caviar("Acipenser gueldenstaedtii").grams("26"))
                .findings();

        assertThatFindings(findings).containsExactlyInAnyOrder(
                finding(EXPORT_PERMIT_MISSING, VIOLATION, 0, null),
                finding(EXPORT_PERMIT_MISSING, VIOLATION, 1, null));
    }

    @Test
    void caviar_counted_in_pieces_has_no_mass_and_is_not_exempt() {
        List<Finding> findings = personalExport()
                .specimen(caviar("Acipenser baerii").pieces("1"))
                .findings();

        assertThatFindings(findings).containsExactly(finding(EXPORT_PERMIT_MISSING, VIOLATION, 0, null));
    }

    @Test
    void appendix_i_sturgeon_caviar_is_never_exempt() {
        List<Finding> findings = personalExport()
                .specimen(caviar("Acipenser sturio").grams("50"))
                .findings();

        assertThatFindings(findings).containsExactly(finding(EXPORT_PERMIT_MISSING, VIOLATION, 0, null));
    }

    @Test
    void caviar_under_the_limit_traded_commercially_is_not_exempt() {
        List<Finding> findings = ShipmentBuilder.export()
                .purpose(Purpose.T)
                .specimen(caviar("Acipenser baerii").grams("125"))
                .findings();

        assertThatFindings(findings).containsExactly(finding(EXPORT_PERMIT_MISSING, VIOLATION, 0, null));
    }

    @Test
    void personal_effects_other_than_caviar_are_not_exempt() {
        List<Finding> findings = personalExport()
                .specimen(specimen("Falco cherrug").term("FEA").pieces("3"))
                .findings();

        assertThatFindings(findings).containsExactly(finding(EXPORT_PERMIT_MISSING, VIOLATION, 0, null));
        assertThat(codes(findings)).doesNotContain(EXEMPT_PERSONAL_EFFECTS);
    }

    @Test
    void caviar_as_personal_effects_on_an_import_is_exempt_from_the_foreign_export_permit() {
        List<Finding> findings = ShipmentBuilder.importing()
                .purpose(Purpose.P)
                .specimen(caviar("Acipenser baerii").grams("125").origin("RU"))
                .findings();

        assertThatFindings(findings).containsExactly(finding(EXEMPT_PERSONAL_EFFECTS, INFO, 0, null));
    }
}
