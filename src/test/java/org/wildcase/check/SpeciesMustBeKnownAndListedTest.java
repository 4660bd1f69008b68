package org.wildcase.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wildcase.check.DocumentBuilder.exportPermit;
import static org.wildcase.check.FindingAssertions.assertThatFindings;
import static org.wildcase.check.FindingAssertions.finding;
import static org.wildcase.check.FindingAssertions.withCode;
import static org.wildcase.check.FindingCode.EXPORT_PERMIT_MISSING;
import static org.wildcase.check.FindingCode.IMPORT_PERMIT_MISSING;
import static org.wildcase.check.FindingCode.NOT_CITES_LISTED;
import static org.wildcase.check.FindingCode.SPECIES_UNKNOWN;
import static org.wildcase.check.RegisteredPermitBuilder.registeredPermit;
import static org.wildcase.check.Severity.INFO;
import static org.wildcase.check.Severity.VIOLATION;
import static org.wildcase.check.SpecimenBuilder.specimen;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wildcase.permit.DocumentType;
import org.wildcase.species.Appendix;
import org.wildcase.species.CitesSettings;

/**
 * SPECIES_UNKNOWN for a name the list does not resolve (or no name), NOT_CITES_LISTED for a taxon the Appendices
 * leave out; a stricter domestic measure (Art. XIV, configuration) can make a taxon regulated.
 */
class SpeciesMustBeKnownAndListedTest {

    private static CitesSettings withMeasure(String taxon, Appendix appendix) {
        return new CitesSettings("KG", ZoneId.of("Asia/Bishkek"),
                List.of(new CitesSettings.StricterMeasure(taxon, appendix, "test measure")));
    }

    @Test
    void unknown_scientific_name_is_species_unknown_and_needs_no_permit_finding() {
        List<Finding> findings = ShipmentBuilder.export().specimen("Fooia barensis").findings();

        assertThatFindings(findings).containsExactly(finding(SPECIES_UNKNOWN, INFO, 0, null));
    }

    @Test
    void missing_scientific_name_is_species_unknown() {
        List<Finding> findings = ShipmentBuilder.export().specimen(specimen(null).term("SKI")).findings();

        assertThatFindings(findings).containsExactly(finding(SPECIES_UNKNOWN, INFO, 0, null));
    }

    @Test
    void blank_scientific_name_is_species_unknown() {
        List<Finding> findings = ShipmentBuilder.export().specimen(specimen("   ").term("SKI")).findings();

        assertThatFindings(findings).containsExactly(finding(SPECIES_UNKNOWN, INFO, 0, null));
    }

    @Test
    void siberian_ibex_capra_sibirica_is_not_cites_listed_and_needs_no_permit() {
        List<Finding> findings = ShipmentBuilder.export()
                .specimen(specimen("Capra sibirica").term("TRO"))
                .findings();

        assertThatFindings(findings).containsExactly(finding(NOT_CITES_LISTED, INFO, 0, null));
    }

    @Test
    void liquorice_glycyrrhiza_glabra_is_not_cites_listed_and_needs_no_permit() {
        List<Finding> findings = ShipmentBuilder.export()
                .specimen(specimen("Glycyrrhiza glabra").term("ROO").kilograms("500"))
                .findings();

        assertThatFindings(findings).containsExactly(finding(NOT_CITES_LISTED, INFO, 0, null));
    }

    @Test
    void listed_species_is_neither_unknown_nor_unlisted() {
        List<Finding> findings = ShipmentBuilder.export().specimen("Falco cherrug").findings();

        assertThatFindings(findings).containsExactly(finding(EXPORT_PERMIT_MISSING, VIOLATION, 0, null));
    }

    @Test
    void species_without_its_own_row_that_reaches_a_listed_family_is_known() {
        List<Finding> findings = ShipmentBuilder.export()
                .specimen(specimen("Acipenser ruthenus").term("CAV").kilograms("2"))
                .findings();

        assertThatFindings(findings).containsExactly(finding(EXPORT_PERMIT_MISSING, VIOLATION, 0, null));
    }

    @Test
    void each_line_gets_its_own_finding() {
        List<Finding> findings = ShipmentBuilder.export()
                .specimen(specimen("Capra sibirica").term("TRO"))
                .specimen(specimen("Fooia barensis"))
                .specimen(specimen("Falco cherrug"))
                .findings();

        assertThatFindings(findings).containsExactlyInAnyOrder(
                finding(NOT_CITES_LISTED, INFO, 0, null),
                finding(SPECIES_UNKNOWN, INFO, 1, null),
                finding(EXPORT_PERMIT_MISSING, VIOLATION, 2, null));
    }

    @Test
    void stricter_domestic_measure_makes_an_export_of_capra_sibirica_need_an_export_permit() {
        List<Finding> findings = ShipmentBuilder.export()
                .settings(withMeasure("Capra sibirica", Appendix.II))
                .specimen(specimen("Capra sibirica").term("TRO"))
                .findings();

        assertThatFindings(findings).containsExactly(finding(EXPORT_PERMIT_MISSING, VIOLATION, 0, null));
    }

    @Test
    void capra_sibirica_under_a_stricter_measure_with_a_home_export_permit_has_no_finding() {
        List<Finding> findings = ShipmentBuilder.export()
                .settings(withMeasure("Capra sibirica", Appendix.II))
                .specimen(specimen("Capra sibirica").term("TRO"))
                .document(exportPermit("KG-2026-0001"))
                .registered(registeredPermit(DocumentType.EXPORT_PERMIT, "KG-2026-0001")
                        .line("Capra sibirica", "TRO", "1", null))
                .findings();

        assertThat(findings).isEmpty();
    }

    @Test
    void stricter_measure_can_regulate_a_taxon_missing_from_the_list() {
        List<Finding> findings = ShipmentBuilder.export()
                .settings(withMeasure("Vulpes vulpes", Appendix.II))
                .specimen(specimen("Vulpes vulpes").term("SKI"))
                .findings();

        assertThatFindings(withCode(findings, EXPORT_PERMIT_MISSING))
                .containsExactly(finding(EXPORT_PERMIT_MISSING, VIOLATION, 0, null));
    }

    @Test
    void a_domestic_measure_never_relaxes_the_cites_listing() {
        List<Finding> findings = ShipmentBuilder.importing()
                .settings(withMeasure("Panthera uncia", Appendix.III))
                .specimen(specimen("Panthera uncia").origin("CN"))
                .document(exportPermit("CN-EXP-1").issuedBy("CN"))
                .findings();

        assertThatFindings(findings).containsExactly(finding(IMPORT_PERMIT_MISSING, VIOLATION, 0, null));
    }

    @Test
    void the_result_names_the_species_list_version_used() {
        CheckResult result = ShipmentBuilder.export().specimen("Falco cherrug").check();

        assertThat(result.speciesListVersion()).isEqualTo("test");
    }
}
