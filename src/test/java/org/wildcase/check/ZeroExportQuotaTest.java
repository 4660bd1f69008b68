package org.wildcase.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wildcase.check.FindingAssertions.assertThatFindings;
import static org.wildcase.check.FindingAssertions.codes;
import static org.wildcase.check.FindingAssertions.finding;
import static org.wildcase.check.FindingCode.EXPORT_PERMIT_MISSING;
import static org.wildcase.check.FindingCode.REEXPORT_CERTIFICATE_MISSING;
import static org.wildcase.check.FindingCode.ZERO_QUOTA;
import static org.wildcase.check.Severity.SUSPICION;
import static org.wildcase.check.Severity.VIOLATION;
import static org.wildcase.check.SpecimenBuilder.specimen;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wildcase.species.CitesSettings;
import org.wildcase.species.Purpose;
import org.wildcase.species.Source;

/**
 * Zero export quotas from the species list: wild (W), commercial (T), the listed terms, except exempt populations;
 * for exports, re-exports and imports whose origin is covered, never for transit. Saiga tatarica: every term, KZ
 * exempt. Panthera leo: BON BOP CLA SKE SKU TEE.
 */
class ZeroExportQuotaTest {

    private static SpecimenBuilder saigaHorns() {
        return specimen("Saiga tatarica").term("HOR").pieces("4");
    }

    @Test
    void export_of_wild_saiga_for_commercial_purposes_from_kg_is_zero_quota() {
        List<Finding> findings = ShipmentBuilder.export()
                .purpose(Purpose.T)
                .specimen(saigaHorns().source(Source.W).origin("KG"))
                .findings();

        assertThatFindings(findings).containsExactlyInAnyOrder(
                finding(EXPORT_PERMIT_MISSING, VIOLATION, 0, null),
                finding(ZERO_QUOTA, VIOLATION, 0, null));
    }

    @Test
    void saiga_from_the_exempt_kazakh_population_is_not_zero_quota() {
        List<Finding> findings = ShipmentBuilder.export()
                .purpose(Purpose.T)
                .specimen(saigaHorns().source(Source.W).origin("KZ"))
                .findings();

        assertThat(codes(findings)).containsExactly(EXPORT_PERMIT_MISSING);
    }

    @Test
    void captive_bred_saiga_source_c_is_not_zero_quota() {
        List<Finding> findings = ShipmentBuilder.export()
                .purpose(Purpose.T)
                .specimen(saigaHorns().source(Source.C).origin("KG"))
                .findings();

        assertThat(codes(findings)).containsExactly(EXPORT_PERMIT_MISSING);
    }

    @Test
    void wild_saiga_as_personal_effects_is_not_zero_quota() {
        List<Finding> findings = ShipmentBuilder.export()
                .purpose(Purpose.P)
                .specimen(saigaHorns().source(Source.W).origin("KG"))
                .findings();

        assertThat(codes(findings)).containsExactly(EXPORT_PERMIT_MISSING);
    }

    @Test
    void import_of_wild_saiga_for_commercial_purposes_with_covered_origin_kg_is_zero_quota() {
        List<Finding> findings = ShipmentBuilder.importing()
                .purpose(Purpose.T)
                .specimen(saigaHorns().source(Source.W).origin("KG"))
                .findings();

        assertThatFindings(findings).containsExactlyInAnyOrder(
                finding(EXPORT_PERMIT_MISSING, VIOLATION, 0, null),
                finding(ZERO_QUOTA, VIOLATION, 0, null));
    }

    @Test
    void import_of_wild_saiga_with_exempt_origin_kz_is_not_zero_quota() {
        List<Finding> findings = ShipmentBuilder.importing()
                .purpose(Purpose.T)
                .specimen(saigaHorns().source(Source.W).origin("KZ"))
                .findings();

        assertThat(codes(findings)).containsExactly(EXPORT_PERMIT_MISSING);
    }

    @Test
    void reexport_of_wild_saiga_for_commercial_purposes_is_zero_quota() {
        List<Finding> findings = ShipmentBuilder.reexport()
                .purpose(Purpose.T)
                .specimen(saigaHorns().source(Source.W).origin("UZ"))
                .findings();

        assertThatFindings(findings).containsExactlyInAnyOrder(
                finding(REEXPORT_CERTIFICATE_MISSING, VIOLATION, 0, null),
                finding(ZERO_QUOTA, VIOLATION, 0, null));
    }

    @Test
    void transit_of_wild_saiga_for_commercial_purposes_is_not_zero_quota() {
        List<Finding> findings = ShipmentBuilder.transit()
                .from("UZ").to("CN")
                .purpose(Purpose.T)
                .specimen(saigaHorns().source(Source.W))
                .findings();

        assertThatFindings(findings).containsExactly(finding(EXPORT_PERMIT_MISSING, SUSPICION, 0, null));
    }

    @Test
    void wild_lion_bones_for_commercial_purposes_are_zero_quota() {
        List<Finding> findings = ShipmentBuilder.export()
                .purpose(Purpose.T)
                .specimen(specimen("Panthera leo").term("BON").kilograms("2").source(Source.W))
                .findings();

        assertThatFindings(findings).containsExactlyInAnyOrder(
                finding(EXPORT_PERMIT_MISSING, VIOLATION, 0, null),
                finding(ZERO_QUOTA, VIOLATION, 0, null));
    }

    @Test
    void wild_lion_skins_are_not_a_zero_quota_term() {
        List<Finding> findings = ShipmentBuilder.export()
                .purpose(Purpose.T)
                .specimen(specimen("Panthera leo").term("SKI").pieces("1").source(Source.W))
                .findings();

        assertThat(codes(findings)).containsExactly(EXPORT_PERMIT_MISSING);
    }

    @Test
    void only_the_zero_quota_line_is_named() {
        List<Finding> findings = ShipmentBuilder.export()
                .purpose(Purpose.T)
                .source(Source.W)
                .specimen(specimen("Panthera leo").term("SKI").pieces("1"))
                .specimen(specimen("Panthera leo").term("CLA").pieces("10"))
                .findings();

        assertThatFindings(FindingAssertions.withCode(findings, ZERO_QUOTA))
                .containsExactly(finding(ZERO_QUOTA, VIOLATION, 1, null));
    }

    @Test
    void export_of_wild_saiga_without_any_origin_counts_as_the_home_population() {
        CitesSettings homeIsKazakhstan = new CitesSettings("KZ", ZoneId.of("Asia/Almaty"), List.of());

        List<Finding> fromKazakhstan = ShipmentBuilder.export()
                .settings(homeIsKazakhstan)
                .purpose(Purpose.T)
                .specimen(saigaHorns().source(Source.W))
                .findings();
        List<Finding> fromKyrgyzstan = ShipmentBuilder.export()
                .purpose(Purpose.T)
                .specimen(saigaHorns().source(Source.W))
                .findings();

        assertThat(codes(fromKazakhstan)).containsExactly(EXPORT_PERMIT_MISSING);
        assertThatFindings(FindingAssertions.withCode(fromKyrgyzstan, ZERO_QUOTA))
                .containsExactly(finding(ZERO_QUOTA, VIOLATION, 0, null));
    }
}
