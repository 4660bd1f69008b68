package org.wildcase.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wildcase.check.DocumentBuilder.exportPermit;
import static org.wildcase.check.FindingAssertions.assertThatFindings;
import static org.wildcase.check.FindingAssertions.finding;
import static org.wildcase.check.FindingCode.EXPORT_PERMIT_MISSING;
import static org.wildcase.check.FindingCode.QUANTITY_EXCEEDS_PERMIT;
import static org.wildcase.check.FindingCode.QUANTITY_NOT_COMPARABLE;
import static org.wildcase.check.FindingCode.SPECIES_NOT_ON_PERMIT;
import static org.wildcase.check.RegisteredPermitBuilder.registeredPermit;
import static org.wildcase.check.Severity.SUSPICION;
import static org.wildcase.check.Severity.VIOLATION;
import static org.wildcase.check.SpecimenBuilder.specimen;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.wildcase.permit.DocumentType;

/**
 * A registered document must name each covered line's species in its term, and the lines a permit line covers may
 * together not exceed its quantity, summed within one dimension after unit conversion (domain.md, Corrections); a line
 * in another dimension than every permit line covering it cannot be compared.
 */
class DocumentMustCoverSpeciesAndQuantityTest {

    private static final String NUMBER = "KG-2026-0001";

    private static ShipmentBuilder exportUnder(RegisteredPermitBuilder permit, SpecimenBuilder... lines) {
        ShipmentBuilder shipment = ShipmentBuilder.export();
        for (SpecimenBuilder line : lines) {
            shipment.specimen(line);
        }
        return shipment.document(exportPermit(NUMBER)).registered(permit);
    }

    private static RegisteredPermitBuilder permit() {
        return registeredPermit(DocumentType.EXPORT_PERMIT, NUMBER);
    }

    @Nested
    class Species {

        @Test
        void species_absent_from_the_permit_is_species_not_on_permit() {
            List<Finding> findings = exportUnder(permit().line("Falco cherrug", "LIV", "2", null),
                    specimen("Bubo bubo").pieces("1")).findings();

            assertThatFindings(findings).containsExactly(finding(SPECIES_NOT_ON_PERMIT, VIOLATION, 0, 0));
        }

        @Test
        void species_on_the_permit_in_another_term_is_species_not_on_permit() {
            List<Finding> findings = exportUnder(permit().line("Falco cherrug", "LIV", "2", null),
                    specimen("Falco cherrug").term("FEA").pieces("10")).findings();

            assertThatFindings(findings).containsExactly(finding(SPECIES_NOT_ON_PERMIT, VIOLATION, 0, 0));
        }

        @Test
        void species_on_the_permit_in_its_term_is_covered() {
            List<Finding> findings = exportUnder(permit().line("Falco cherrug", "LIV", "2", null),
                    specimen("Falco cherrug").pieces("1")).findings();

            assertThat(findings).isEmpty();
        }

        @Test
        void only_the_line_missing_from_the_permit_is_named() {
            List<Finding> findings = exportUnder(permit().line("Falco cherrug", "LIV", "2", null),
                    specimen("Falco cherrug").pieces("2"),
                    specimen("Falco peregrinus").pieces("1")).findings();

            assertThatFindings(findings).containsExactly(finding(SPECIES_NOT_ON_PERMIT, VIOLATION, 1, 0));
        }

        @Test
        void a_permit_line_for_the_family_covers_a_species_that_reaches_it() {
            List<Finding> findings = exportUnder(permit().line("Acipenseridae", "CAV", "1", "KIL"),
                    specimen("Acipenser ruthenus").term("CAV").grams("500")).findings();

            assertThat(findings).isEmpty();
        }

        @Test
        void a_line_the_document_does_not_cover_is_not_compared_with_it() {
            List<Finding> findings = ShipmentBuilder.export()
                    .specimen(specimen("Falco cherrug").pieces("2"))
                    .specimen(specimen("Bubo bubo").pieces("1"))
                    .document(exportPermit(NUMBER).covers(0))
                    .registered(permit().line("Falco cherrug", "LIV", "2", null))
                    .findings();

            assertThatFindings(findings).containsExactly(finding(EXPORT_PERMIT_MISSING, VIOLATION, 1, null));
        }
    }

    @Nested
    class Quantity {

        @Test
        void quantity_exactly_at_the_permit_line_is_within_it() {
            List<Finding> findings = exportUnder(permit().line("Falco cherrug", "LIV", "2", null),
                    specimen("Falco cherrug").pieces("2")).findings();

            assertThat(findings).isEmpty();
        }

        @Test
        void quantity_one_specimen_over_the_permit_line_exceeds_it() {
            List<Finding> findings = exportUnder(permit().line("Falco cherrug", "LIV", "2", null),
                    specimen("Falco cherrug").pieces("3")).findings();

            assertThatFindings(findings).containsExactly(finding(QUANTITY_EXCEEDS_PERMIT, VIOLATION, 0, 0));
        }

        @Test
        void permit_of_one_kilogram_allows_1000_grams() {
            List<Finding> findings = exportUnder(permit().line("Acipenser baerii", "CAV", "1", "KIL"),
                    specimen("Acipenser baerii").term("CAV").grams("1000")).findings();

            assertThat(findings).isEmpty();
        }

        @Test
        void permit_of_one_kilogram_is_exceeded_by_1001_grams() {
            List<Finding> findings = exportUnder(permit().line("Acipenser baerii", "CAV", "1", "KIL"),
                    specimen("Acipenser baerii").term("CAV").grams("1001")).findings();

            assertThatFindings(findings).containsExactly(finding(QUANTITY_EXCEEDS_PERMIT, VIOLATION, 0, 0));
        }

        @Test
        void a_count_against_a_line_in_kilograms_is_quantity_not_comparable() {
            List<Finding> findings = exportUnder(permit().line("Acipenser baerii", "CAV", "1", "KIL"),
                    specimen("Acipenser baerii").term("CAV").pieces("5000")).findings();

            assertThatFindings(findings).containsExactly(finding(QUANTITY_NOT_COMPARABLE, SUSPICION, 0, 0));
            assertThat(findings.get(0).message()).isEqualTo("Acipenser baerii: 5000 specimen(s) cannot be compared "
                    + "with 1 KIL on Export permit " + NUMBER + ", which counts in another dimension.");
        }

        @Test
        void litres_against_a_line_in_kilograms_are_quantity_not_comparable() {
            List<Finding> findings = exportUnder(permit().line("Acipenser baerii", "CAV", "1", "KIL"),
                    specimen("Acipenser baerii").term("CAV").quantity("2", "LTR")).findings();

            assertThatFindings(findings).containsExactly(finding(QUANTITY_NOT_COMPARABLE, SUSPICION, 0, 0));
        }

        @Test
        void a_line_comparable_with_one_of_two_permit_lines_is_compared_with_that_one() {
            List<Finding> findings = exportUnder(permit()
                            .line("Acipenser baerii", "CAV", "1", "KIL")
                            .line("Acipenser baerii", "CAV", "2", "LTR"),
                    specimen("Acipenser baerii").term("CAV").quantity("3", "LTR")).findings();

            assertThatFindings(findings).containsExactly(finding(QUANTITY_EXCEEDS_PERMIT, VIOLATION, 0, 0));
        }

        @Test
        void a_line_without_a_quantity_is_not_compared() {
            List<Finding> findings = exportUnder(permit().line("Falco cherrug", "LIV", "2", null),
                    specimen("Falco cherrug").noQuantity()).findings();

            assertThat(findings).isEmpty();
        }

        @Test
        void two_lines_of_2_against_a_permit_line_of_3_exceed_it_and_both_are_named() {
            List<Finding> findings = exportUnder(permit().line("Falco cherrug", "LIV", "3", null),
                    specimen("Falco cherrug").pieces("2"),
                    specimen("Falco cherrug").pieces("2")).findings();

            assertThatFindings(findings).containsExactly(finding(QUANTITY_EXCEEDS_PERMIT, VIOLATION, 0, 0),
                    finding(QUANTITY_EXCEEDS_PERMIT, VIOLATION, 1, 0));
            assertThat(findings.get(0).message()).isEqualTo("Falco cherrug LIV: 4 specimen(s) shipped on 2 lines, "
                    + "Export permit " + NUMBER + " allows 3 specimen(s).");
        }

        @Test
        void lines_summed_exactly_to_the_permit_line_are_within_it() {
            List<Finding> findings = exportUnder(permit().line("Falco cherrug", "LIV", "4", null),
                    specimen("Falco cherrug").pieces("2"),
                    specimen("Falco cherrug").pieces("2")).findings();

            assertThat(findings).isEmpty();
        }

        @Test
        void grams_and_kilograms_of_several_lines_are_summed_after_conversion() {
            List<Finding> findings = exportUnder(permit().line("Acipenser baerii", "CAV", "1", "KIL"),
                    specimen("Acipenser baerii").term("CAV").grams("600"),
                    specimen("Acipenser baerii").term("CAV").quantity("0.5", "KIL")).findings();

            assertThatFindings(findings).containsExactly(finding(QUANTITY_EXCEEDS_PERMIT, VIOLATION, 0, 0),
                    finding(QUANTITY_EXCEEDS_PERMIT, VIOLATION, 1, 0));
            assertThat(findings.get(0).message()).contains("1.1 KIL shipped on 2 lines");
        }

        @Test
        void a_subspecies_line_and_a_species_line_are_summed_against_the_species_permit_line() {
            List<Finding> findings = exportUnder(permit().line("Ursus arctos", "SKI", "1", null),
                    specimen("Ursus arctos").term("SKI").pieces("1"),
                    specimen("Ursus arctos isabellinus").term("SKI").pieces("1")).findings();

            assertThat(FindingAssertions.withCode(findings, QUANTITY_EXCEEDS_PERMIT)).hasSize(2);
        }

        @Test
        void lines_of_another_term_are_not_summed_with_the_permit_line() {
            List<Finding> findings = exportUnder(permit().line("Falco cherrug", "LIV", "2", null)
                            .line("Falco cherrug", "FEA", "100", null),
                    specimen("Falco cherrug").pieces("2"),
                    specimen("Falco cherrug").term("FEA").pieces("50")).findings();

            assertThat(findings).isEmpty();
        }

        @Test
        void two_documents_each_limit_only_the_lines_they_cover() {
            List<Finding> findings = ShipmentBuilder.export()
                    .specimen(specimen("Falco cherrug").pieces("2"))
                    .specimen(specimen("Falco cherrug").pieces("2"))
                    .document(exportPermit(NUMBER).covers(0))
                    .registered(permit().line("Falco cherrug", "LIV", "2", null))
                    .document(exportPermit("KG-2026-0002").covers(1))
                    .registered(registeredPermit(DocumentType.EXPORT_PERMIT, "KG-2026-0002")
                            .line("Falco cherrug", "LIV", "2", null))
                    .findings();

            assertThat(findings).isEmpty();
        }

        @Test
        void quantity_exceeded_on_the_second_line_names_that_line() {
            List<Finding> findings = exportUnder(permit()
                            .line("Falco cherrug", "LIV", "2", null)
                            .line("Aquila chrysaetos", "LIV", "1", null),
                    specimen("Falco cherrug").pieces("2"),
                    specimen("Aquila chrysaetos").pieces("2")).findings();

            assertThatFindings(findings).containsExactly(finding(QUANTITY_EXCEEDS_PERMIT, VIOLATION, 1, 0));
        }
    }
}
