package org.wildcase.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wildcase.check.FindingAssertions.assertThatFindings;
import static org.wildcase.check.FindingAssertions.codes;
import static org.wildcase.check.FindingAssertions.finding;
import static org.wildcase.check.FindingAssertions.withCode;
import static org.wildcase.check.FindingCode.EXPORT_PERMIT_MISSING;
import static org.wildcase.check.FindingCode.PURPOSE_NOT_PERMITTED;
import static org.wildcase.check.Severity.VIOLATION;
import static org.wildcase.check.SpecimenBuilder.specimen;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wildcase.species.CitesSettings;
import org.wildcase.species.Purpose;
import org.wildcase.species.Source;

/** Art. III and VII.4: Appendix I for commercial purposes (T) only from registered captive breeding (source D). */
class AppendixICommercialTradeOnlyFromCaptiveBreedingTest {

    @Test
    void appendix_i_for_commercial_purposes_from_the_wild_is_purpose_not_permitted() {
        List<Finding> findings = ShipmentBuilder.export()
                .purpose(Purpose.T)
                .specimen(specimen("Panthera uncia").term("SKI").source(Source.W))
                .findings();

        assertThatFindings(findings).containsExactlyInAnyOrder(
                finding(EXPORT_PERMIT_MISSING, VIOLATION, 0, null),
                finding(PURPOSE_NOT_PERMITTED, VIOLATION, 0, null));
    }

    @Test
    void appendix_i_for_commercial_purposes_from_captive_breeding_source_d_is_permitted() {
        List<Finding> findings = ShipmentBuilder.export()
                .purpose(Purpose.T)
                .specimen(specimen("Panthera uncia").term("SKI").source(Source.D))
                .findings();

        assertThat(codes(findings)).containsExactly(EXPORT_PERMIT_MISSING);
    }

    @Test
    void appendix_i_from_the_wild_for_scientific_purposes_is_permitted() {
        List<Finding> findings = ShipmentBuilder.export()
                .purpose(Purpose.Q)
                .specimen(specimen("Panthera uncia").term("SKI").source(Source.W))
                .findings();

        assertThat(codes(findings)).containsExactly(EXPORT_PERMIT_MISSING);
    }

    @Test
    void appendix_i_for_commercial_purposes_with_an_unstated_source_is_purpose_not_permitted() {
        List<Finding> findings = ShipmentBuilder.export()
                .purpose(Purpose.T)
                .specimen(specimen("Panthera uncia").term("SKI"))
                .findings();

        assertThatFindings(withCode(findings, PURPOSE_NOT_PERMITTED))
                .containsExactly(finding(PURPOSE_NOT_PERMITTED, VIOLATION, 0, null));
    }

    @Test
    void appendix_i_captive_bred_source_c_is_not_source_d_and_is_purpose_not_permitted() {
        List<Finding> findings = ShipmentBuilder.export()
                .purpose(Purpose.T)
                .specimen(specimen("Panthera uncia").term("SKI").source(Source.C))
                .findings();

        assertThatFindings(withCode(findings, PURPOSE_NOT_PERMITTED))
                .containsExactly(finding(PURPOSE_NOT_PERMITTED, VIOLATION, 0, null));
    }

    @Test
    void the_shipment_source_applies_to_a_line_that_states_none() {
        List<Finding> findings = ShipmentBuilder.export()
                .purpose(Purpose.T)
                .source(Source.W)
                .specimen(specimen("Panthera uncia").term("SKI"))
                .specimen(specimen("Panthera uncia").term("SKI").source(Source.D))
                .findings();

        assertThatFindings(withCode(findings, PURPOSE_NOT_PERMITTED))
                .containsExactly(finding(PURPOSE_NOT_PERMITTED, VIOLATION, 0, null));
    }

    @Test
    void appendix_ii_for_commercial_purposes_from_the_wild_is_permitted() {
        List<Finding> findings = ShipmentBuilder.export()
                .purpose(Purpose.T)
                .specimen(specimen("Falco cherrug").source(Source.W))
                .findings();

        assertThat(codes(findings)).containsExactly(EXPORT_PERMIT_MISSING);
    }

    @Test
    void ursus_arctos_imported_from_cn_is_appendix_i_so_wild_commercial_trade_is_not_permitted() {
        List<Finding> findings = ShipmentBuilder.importing()
                .purpose(Purpose.T)
                .specimen(specimen("Ursus arctos").term("SKI").source(Source.W).origin("CN"))
                .findings();

        assertThatFindings(withCode(findings, PURPOSE_NOT_PERMITTED))
                .containsExactly(finding(PURPOSE_NOT_PERMITTED, VIOLATION, 0, null));
    }

    @Test
    void ursus_arctos_imported_from_kz_is_appendix_ii_so_wild_commercial_trade_is_permitted() {
        List<Finding> findings = ShipmentBuilder.importing()
                .purpose(Purpose.T)
                .specimen(specimen("Ursus arctos").term("SKI").source(Source.W).origin("KZ"))
                .findings();

        assertThat(codes(findings)).containsExactly(EXPORT_PERMIT_MISSING);
    }

    @Test
    void export_without_any_origin_is_judged_on_the_home_country_population() {
        // Home CN: Chinese brown bears are Appendix I, so with neither specimen nor route origin the export counts
        // as CN and is Appendix I.
        CitesSettings homeIsChina = new CitesSettings("CN", ZoneId.of("Asia/Shanghai"), List.of());

        List<Finding> findings = ShipmentBuilder.export()
                .settings(homeIsChina)
                .purpose(Purpose.T)
                .specimen(specimen("Ursus arctos").term("SKI").source(Source.W))
                .findings();

        assertThatFindings(withCode(findings, PURPOSE_NOT_PERMITTED))
                .containsExactly(finding(PURPOSE_NOT_PERMITTED, VIOLATION, 0, null));
    }

    @Test
    void export_without_any_origin_from_kg_is_judged_on_the_kyrgyz_population() {
        List<Finding> findings = ShipmentBuilder.export()
                .purpose(Purpose.T)
                .specimen(specimen("Ursus arctos").term("SKI").source(Source.W))
                .findings();

        assertThat(codes(findings)).containsExactly(EXPORT_PERMIT_MISSING);
    }
}
