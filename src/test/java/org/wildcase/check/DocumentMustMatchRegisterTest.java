package org.wildcase.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wildcase.check.DocumentBuilder.exportPermit;
import static org.wildcase.check.DocumentBuilder.importPermit;
import static org.wildcase.check.FindingAssertions.assertThatFindings;
import static org.wildcase.check.FindingAssertions.codes;
import static org.wildcase.check.FindingAssertions.finding;
import static org.wildcase.check.FindingAssertions.withCode;
import static org.wildcase.check.FindingCode.DOCUMENT_DIFFERS_FROM_REGISTER;
import static org.wildcase.check.FindingCode.EXPORT_PERMIT_MISSING;
import static org.wildcase.check.FindingCode.PERMIT_EXPIRED;
import static org.wildcase.check.FindingCode.PERMIT_NOT_IN_REGISTER;
import static org.wildcase.check.FindingCode.SECURITY_STAMP_MISMATCH;
import static org.wildcase.check.RegisteredPermitBuilder.ISSUED_ON;
import static org.wildcase.check.RegisteredPermitBuilder.STAMP;
import static org.wildcase.check.RegisteredPermitBuilder.VALID_UNTIL;
import static org.wildcase.check.RegisteredPermitBuilder.registeredPermit;
import static org.wildcase.check.Severity.SUSPICION;
import static org.wildcase.check.Severity.VIOLATION;
import static org.wildcase.check.SpecimenBuilder.specimen;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.wildcase.permit.DocumentType;
import org.wildcase.species.Purpose;

/** A home document must be in the register, agree with it, and bear its security stamp. Foreign ones are not ours. */
class DocumentMustMatchRegisterTest {

    private static final String NUMBER = "KG-2026-0001";

    /** An export of two live saker falcons against home export permit {@link #NUMBER}, as presented. */
    private static ShipmentBuilder falconExport(DocumentBuilder presented) {
        return ShipmentBuilder.export()
                .specimen(specimen("Falco cherrug").pieces("2"))
                .document(presented);
    }

    private static RegisteredPermitBuilder falconPermit() {
        return registeredPermit(DocumentType.EXPORT_PERMIT, NUMBER).line("Falco cherrug", "LIV", "2", null);
    }

    @Nested
    class NotInRegister {

        @Test
        void home_export_permit_not_in_the_register_is_a_suspicion() {
            List<Finding> findings = falconExport(exportPermit(NUMBER)).findings();

            assertThatFindings(findings).containsExactly(finding(PERMIT_NOT_IN_REGISTER, SUSPICION, 0, 0));
        }

        @Test
        void home_export_permit_in_the_register_is_not_reported() {
            List<Finding> findings = falconExport(exportPermit(NUMBER)).registered(falconPermit()).findings();

            assertThat(findings).isEmpty();
        }

        @Test
        void home_import_permit_not_in_the_register_is_a_suspicion() {
            List<Finding> findings = ShipmentBuilder.importing()
                    .specimen(specimen("Panthera uncia").origin("CN"))
                    .document(exportPermit("CN-EXP-1").issuedBy("CN"))
                    .document(importPermit("KG-IMP-0404"))
                    .findings();

            assertThatFindings(findings).containsExactly(finding(PERMIT_NOT_IN_REGISTER, SUSPICION, 0, 1));
        }

        @Test
        void foreign_export_permit_is_never_reported_as_not_in_the_register() {
            List<Finding> findings = ShipmentBuilder.importing()
                    .specimen(specimen("Falco cherrug").origin("KZ"))
                    .document(exportPermit("KZ-EXP-0404").issuedBy("KZ"))
                    .findings();

            assertThat(findings).isEmpty();
        }

        @Test
        void foreign_document_with_a_number_that_is_in_our_register_is_not_checked_against_it() {
            List<Finding> findings = ShipmentBuilder.importing()
                    .specimen(specimen("Falco cherrug").pieces("2").origin("KZ"))
                    .document(exportPermit(NUMBER).issuedBy("KZ").stamp("KZ-OTHER-STAMP"))
                    .registered(falconPermit().used("BIS-2026-00001"))
                    .findings();

            assertThat(findings).isEmpty();
        }

        @Test
        void document_stated_as_issued_by_the_home_country_on_an_import_is_checked_against_the_register() {
            List<Finding> findings = ShipmentBuilder.importing()
                    .specimen(specimen("Falco cherrug").origin("KZ"))
                    .document(exportPermit("KG-2026-0404").issuedBy("KG"))
                    .findings();

            assertThatFindings(withCode(findings, PERMIT_NOT_IN_REGISTER))
                    .containsExactly(finding(PERMIT_NOT_IN_REGISTER, SUSPICION, 0, 0));
        }

        @Test
        void a_non_cites_document_is_not_looked_up_in_the_register() {
            List<Finding> findings = ShipmentBuilder.export()
                    .specimen("Falco cherrug")
                    .document(DocumentBuilder.document(DocumentType.OTHER, "INVOICE-17"))
                    .findings();

            assertThatFindings(findings).containsExactly(finding(EXPORT_PERMIT_MISSING, VIOLATION, 0, null));
        }

        @Test
        void not_in_register_names_every_line_the_document_covers() {
            List<Finding> findings = ShipmentBuilder.export()
                    .specimen("Falco cherrug")
                    .specimen("Aquila chrysaetos")
                    .document(exportPermit(NUMBER))
                    .findings();

            assertThatFindings(findings).containsExactlyInAnyOrder(
                    finding(PERMIT_NOT_IN_REGISTER, SUSPICION, 0, 0),
                    finding(PERMIT_NOT_IN_REGISTER, SUSPICION, 1, 0));
        }

        @Test
        void not_in_register_names_only_the_lines_its_document_covers_and_that_document() {
            List<Finding> findings = ShipmentBuilder.export()
                    .specimen(specimen("Falco cherrug").pieces("2"))
                    .specimen("Aquila chrysaetos")
                    .document(exportPermit(NUMBER).covers(0))
                    .document(exportPermit("KG-2026-0404").covers(1))
                    .registered(falconPermit())
                    .findings();

            assertThatFindings(findings).containsExactly(finding(PERMIT_NOT_IN_REGISTER, SUSPICION, 1, 1));
        }
    }

    @Nested
    class DiffersFromRegister {

        @Test
        void presented_valid_until_that_differs_from_the_register_is_a_suspicion() {
            List<Finding> findings = falconExport(exportPermit(NUMBER).validUntil(VALID_UNTIL.minusDays(1)))
                    .registered(falconPermit())
                    .findings();

            assertThatFindings(findings).containsExactly(finding(DOCUMENT_DIFFERS_FROM_REGISTER, SUSPICION, 0, 0));
        }

        @Test
        void presented_issue_date_that_differs_from_the_register_is_a_suspicion() {
            List<Finding> findings = falconExport(exportPermit(NUMBER).issuedOn(ISSUED_ON.minusDays(1)))
                    .registered(falconPermit())
                    .findings();

            assertThatFindings(findings).containsExactly(finding(DOCUMENT_DIFFERS_FROM_REGISTER, SUSPICION, 0, 0));
        }

        @Test
        void presented_valid_from_when_the_register_has_none_is_a_suspicion() {
            List<Finding> findings = falconExport(exportPermit(NUMBER).validFrom(ISSUED_ON))
                    .registered(falconPermit())
                    .findings();

            assertThatFindings(findings).containsExactly(finding(DOCUMENT_DIFFERS_FROM_REGISTER, SUSPICION, 0, 0));
        }

        @Test
        void presented_purpose_that_differs_from_the_register_is_a_suspicion() {
            List<Finding> findings = falconExport(exportPermit(NUMBER).purpose(Purpose.T))
                    .registered(falconPermit().purpose(Purpose.Z))
                    .findings();

            assertThatFindings(findings).containsExactly(finding(DOCUMENT_DIFFERS_FROM_REGISTER, SUSPICION, 0, 0));
        }

        @Test
        void presented_dates_equal_to_the_register_are_not_reported() {
            List<Finding> findings = falconExport(exportPermit(NUMBER).issuedOn(ISSUED_ON).validUntil(VALID_UNTIL))
                    .registered(falconPermit())
                    .findings();

            assertThat(findings).isEmpty();
        }

        @Test
        void request_without_dates_does_not_differ_and_is_judged_on_the_register_dates() {
            // The register's last valid day is the day before the shipment: omitted dates are taken from it.
            List<Finding> findings = falconExport(exportPermit(NUMBER))
                    .registered(falconPermit()
                            .issuedOn(LocalDate.of(2026, 6, 1))
                            .validUntil(ShipmentBuilder.SHIPPED_ON.minusDays(1)))
                    .findings();

            assertThatFindings(findings).containsExactly(finding(PERMIT_EXPIRED, VIOLATION, 0, 0));
            assertThat(codes(findings)).doesNotContain(DOCUMENT_DIFFERS_FROM_REGISTER);
        }
    }

    @Nested
    class SecurityStamp {

        @Test
        void security_stamp_other_than_the_registered_one_is_a_suspicion() {
            List<Finding> findings = falconExport(exportPermit(NUMBER).stamp("KG-STAMP-9999"))
                    .registered(falconPermit())
                    .findings();

            assertThatFindings(findings).containsExactly(finding(SECURITY_STAMP_MISMATCH, SUSPICION, 0, 0));
        }

        @Test
        void security_stamp_equal_to_the_registered_one_is_not_reported() {
            List<Finding> findings = falconExport(exportPermit(NUMBER).stamp(STAMP))
                    .registered(falconPermit())
                    .findings();

            assertThat(findings).isEmpty();
        }

        @Test
        void security_stamp_not_stated_is_not_reported() {
            List<Finding> findings = falconExport(exportPermit(NUMBER))
                    .registered(falconPermit())
                    .findings();

            assertThat(codes(findings)).doesNotContain(SECURITY_STAMP_MISMATCH);
            assertThat(findings).isEmpty();
        }

        @Test
        void security_stamp_mismatch_names_every_covered_line() {
            List<Finding> findings = ShipmentBuilder.export()
                    .specimen("Falco cherrug")
                    .specimen("Falco cherrug")
                    .document(exportPermit(NUMBER).stamp("FORGED"))
                    .registered(falconPermit())
                    .findings();

            assertThatFindings(findings).containsExactlyInAnyOrder(
                    finding(SECURITY_STAMP_MISMATCH, SUSPICION, 0, 0),
                    finding(SECURITY_STAMP_MISMATCH, SUSPICION, 1, 0));
        }
    }
}
