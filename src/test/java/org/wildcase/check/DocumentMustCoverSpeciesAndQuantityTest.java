package org.wildcase.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wildcase.check.DocumentBuilder.exportPermit;
import static org.wildcase.check.FindingAssertions.assertThatFindings;
import static org.wildcase.check.FindingAssertions.finding;
import static org.wildcase.check.FindingCode.EXPORT_PERMIT_MISSING;
import static org.wildcase.check.FindingCode.QUANTITY_EXCEEDS_PERMIT;
import static org.wildcase.check.FindingCode.SPECIES_NOT_ON_PERMIT;
import static org.wildcase.check.RegisteredPermitBuilder.registeredPermit;
import static org.wildcase.check.Severity.VIOLATION;
import static org.wildcase.check.SpecimenBuilder.specimen;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.wildcase.permit.DocumentType;

/**
 * A registered document must name each covered line's species in its term, and the line may not exceed the permit
 * line's quantity, compared within one dimension after unit conversion.
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
        void quantities_in_different_dimensions_are_not_compared() {
            List<Finding> findings = exportUnder(permit().line("Acipenser baerii", "CAV", "1", "KIL"),
                    specimen("Acipenser baerii").term("CAV").pieces("5000")).findings();

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
