package org.wildcase.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wildcase.check.DocumentBuilder.certificateOfOrigin;
import static org.wildcase.check.DocumentBuilder.exportPermit;
import static org.wildcase.check.DocumentBuilder.importPermit;
import static org.wildcase.check.DocumentBuilder.reexportCertificate;
import static org.wildcase.check.FindingAssertions.assertThatFindings;
import static org.wildcase.check.FindingAssertions.codes;
import static org.wildcase.check.FindingAssertions.finding;
import static org.wildcase.check.FindingCode.CERTIFICATE_OF_ORIGIN_MISSING;
import static org.wildcase.check.FindingCode.EXPORT_PERMIT_MISSING;
import static org.wildcase.check.FindingCode.IMPORT_PERMIT_MISSING;
import static org.wildcase.check.FindingCode.REEXPORT_CERTIFICATE_MISSING;
import static org.wildcase.check.RegisteredPermitBuilder.registeredPermit;
import static org.wildcase.check.Severity.SUSPICION;
import static org.wildcase.check.Severity.VIOLATION;
import static org.wildcase.check.SpecimenBuilder.specimen;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.wildcase.permit.DocumentType;
import org.wildcase.species.CitesSettings;

/** Art. III-V and Res. Conf. 9.7: which document each specimen line needs, by direction and appendix. */
class PermitsRequiredByAppendixTest {

    // Falco cherrug: Appendix II. Panthera uncia: Appendix I. Mustela altaica: Appendix III, listed by IN.
    // Ursus arctos: Appendix II, populations of BT CN MX MN in Appendix I.

    @Nested
    class Export {

        @Test
        void export_of_appendix_ii_without_export_permit_is_a_violation() {
            List<Finding> findings = ShipmentBuilder.export().specimen("Falco cherrug").findings();

            assertThatFindings(findings).containsExactly(finding(EXPORT_PERMIT_MISSING, VIOLATION, 0, null));
        }

        @Test
        void export_of_appendix_ii_with_registered_home_export_permit_has_no_finding() {
            List<Finding> findings = ShipmentBuilder.export()
                    .specimen(specimen("Falco cherrug").pieces("2"))
                    .document(exportPermit("KG-2026-0001"))
                    .registered(registeredPermit(DocumentType.EXPORT_PERMIT, "KG-2026-0001")
                            .line("Falco cherrug", "LIV", "2", null))
                    .findings();

            assertThat(findings).isEmpty();
        }

        @Test
        void export_of_appendix_i_needs_only_the_home_export_permit() {
            List<Finding> findings = ShipmentBuilder.export()
                    .specimen(specimen("Panthera uncia").term("SKI"))
                    .document(exportPermit("KG-2026-0002"))
                    .registered(registeredPermit(DocumentType.EXPORT_PERMIT, "KG-2026-0002")
                            .line("Panthera uncia", "SKI", "1", null))
                    .findings();

            assertThat(findings).isEmpty();
        }

        @Test
        void export_permit_of_another_country_does_not_cover_an_export() {
            List<Finding> findings = ShipmentBuilder.export()
                    .specimen("Falco cherrug")
                    .document(exportPermit("KZ-123").issuedBy("KZ"))
                    .findings();

            assertThatFindings(findings).containsExactly(finding(EXPORT_PERMIT_MISSING, VIOLATION, 0, null));
        }

        @Test
        void export_permit_covering_only_the_first_line_leaves_the_second_line_missing() {
            List<Finding> findings = ShipmentBuilder.export()
                    .specimen("Falco cherrug")
                    .specimen("Falco cherrug")
                    .document(exportPermit("KG-2026-0003").covers(0))
                    .registered(registeredPermit(DocumentType.EXPORT_PERMIT, "KG-2026-0003")
                            .line("Falco cherrug", "LIV", "1", null))
                    .findings();

            assertThatFindings(findings).containsExactly(finding(EXPORT_PERMIT_MISSING, VIOLATION, 1, null));
        }

        @Test
        void every_uncovered_line_gets_its_own_missing_finding() {
            List<Finding> findings = ShipmentBuilder.export()
                    .specimen("Falco cherrug")
                    .specimen("Capra sibirica")
                    .specimen("Testudo horsfieldii")
                    .findings();

            assertThatFindings(findings).contains(
                    finding(EXPORT_PERMIT_MISSING, VIOLATION, 0, null),
                    finding(EXPORT_PERMIT_MISSING, VIOLATION, 2, null));
            assertThat(findings)
                    .noneMatch(f -> f.code() == EXPORT_PERMIT_MISSING && Integer.valueOf(1).equals(f.specimenIndex()));
        }
    }

    @Nested
    class Import {

        @Test
        void import_of_appendix_i_without_documents_needs_import_permit_and_foreign_export_permit() {
            List<Finding> findings = ShipmentBuilder.importing()
                    .specimen(specimen("Panthera uncia").origin("CN"))
                    .findings();

            assertThatFindings(findings).containsExactlyInAnyOrder(
                    finding(IMPORT_PERMIT_MISSING, VIOLATION, 0, null),
                    finding(EXPORT_PERMIT_MISSING, VIOLATION, 0, null));
        }

        @Test
        void import_of_appendix_i_with_home_import_permit_and_foreign_export_permit_has_no_finding() {
            List<Finding> findings = ShipmentBuilder.importing()
                    .specimen(specimen("Panthera uncia").origin("CN"))
                    .document(importPermit("KG-IMP-0001"))
                    .document(exportPermit("CN-EXP-1").issuedBy("CN"))
                    .registered(registeredPermit(DocumentType.IMPORT_PERMIT, "KG-IMP-0001")
                            .line("Panthera uncia", "LIV", "1", null))
                    .findings();

            assertThat(findings).isEmpty();
        }

        @Test
        void import_of_appendix_i_with_only_the_import_permit_misses_the_foreign_export_permit() {
            List<Finding> findings = ShipmentBuilder.importing()
                    .specimen(specimen("Panthera uncia").origin("CN"))
                    .document(importPermit("KG-IMP-0001"))
                    .registered(registeredPermit(DocumentType.IMPORT_PERMIT, "KG-IMP-0001")
                            .line("Panthera uncia", "LIV", "1", null))
                    .findings();

            assertThatFindings(findings).containsExactly(finding(EXPORT_PERMIT_MISSING, VIOLATION, 0, null));
        }

        @Test
        void import_of_appendix_i_with_only_the_foreign_export_permit_misses_the_import_permit() {
            List<Finding> findings = ShipmentBuilder.importing()
                    .specimen(specimen("Panthera uncia").origin("CN"))
                    .document(exportPermit("CN-EXP-1").issuedBy("CN"))
                    .findings();

            assertThatFindings(findings).containsExactly(finding(IMPORT_PERMIT_MISSING, VIOLATION, 0, null));
        }

        @Test
        void import_of_appendix_i_accepts_a_foreign_reexport_certificate_instead_of_the_export_permit() {
            List<Finding> findings = ShipmentBuilder.importing()
                    .specimen(specimen("Panthera uncia").origin("CN"))
                    .from("AE")
                    .document(importPermit("KG-IMP-0001"))
                    .document(reexportCertificate("AE-RE-1").issuedBy("AE"))
                    .registered(registeredPermit(DocumentType.IMPORT_PERMIT, "KG-IMP-0001")
                            .line("Panthera uncia", "LIV", "1", null))
                    .findings();

            assertThat(findings).isEmpty();
        }

        @Test
        void import_of_appendix_ii_without_documents_misses_only_the_foreign_export_permit() {
            List<Finding> findings = ShipmentBuilder.importing()
                    .specimen(specimen("Falco cherrug").origin("KZ"))
                    .findings();

            assertThatFindings(findings).containsExactly(finding(EXPORT_PERMIT_MISSING, VIOLATION, 0, null));
        }

        @Test
        void import_of_appendix_ii_with_foreign_export_permit_needs_no_import_permit() {
            List<Finding> findings = ShipmentBuilder.importing()
                    .specimen(specimen("Falco cherrug").origin("KZ"))
                    .document(exportPermit("KZ-EXP-1").issuedBy("KZ"))
                    .findings();

            assertThat(findings).isEmpty();
        }

        @Test
        void import_of_appendix_ii_with_foreign_reexport_certificate_has_no_finding() {
            List<Finding> findings = ShipmentBuilder.importing()
                    .from("AE")
                    .specimen(specimen("Falco cherrug").origin("KZ"))
                    .document(reexportCertificate("AE-RE-1").issuedBy("AE"))
                    .findings();

            assertThat(findings).isEmpty();
        }
    }

    @Nested
    class Reexport {

        @Test
        void reexport_without_reexport_certificate_is_a_violation() {
            List<Finding> findings = ShipmentBuilder.reexport()
                    .specimen(specimen("Falco cherrug").origin("KZ"))
                    .findings();

            assertThatFindings(findings).containsExactly(finding(REEXPORT_CERTIFICATE_MISSING, VIOLATION, 0, null));
        }

        @Test
        void reexport_with_an_export_permit_instead_of_a_reexport_certificate_is_a_violation() {
            List<Finding> findings = ShipmentBuilder.reexport()
                    .specimen(specimen("Falco cherrug").origin("KZ"))
                    .document(exportPermit("KG-2026-0001"))
                    .registered(registeredPermit(DocumentType.EXPORT_PERMIT, "KG-2026-0001")
                            .line("Falco cherrug", "LIV", "1", null))
                    .findings();

            assertThatFindings(findings).containsExactly(finding(REEXPORT_CERTIFICATE_MISSING, VIOLATION, 0, null));
        }

        @Test
        void reexport_with_registered_home_reexport_certificate_has_no_finding() {
            List<Finding> findings = ShipmentBuilder.reexport()
                    .specimen(specimen("Falco cherrug").origin("KZ"))
                    .document(reexportCertificate("KG-RE-0001"))
                    .registered(registeredPermit(DocumentType.REEXPORT_CERTIFICATE, "KG-RE-0001")
                            .line("Falco cherrug", "LIV", "1", null))
                    .findings();

            assertThat(findings).isEmpty();
        }

        @Test
        void reexport_of_appendix_i_needs_the_reexport_certificate_and_no_import_permit() {
            List<Finding> findings = ShipmentBuilder.reexport()
                    .specimen(specimen("Panthera uncia").origin("CN"))
                    .findings();

            assertThatFindings(findings).containsExactly(finding(REEXPORT_CERTIFICATE_MISSING, VIOLATION, 0, null));
        }
    }

    @Nested
    class AppendixIII {

        @Test
        void export_of_appendix_iii_mustela_altaica_from_kg_needs_certificate_of_origin() {
            List<Finding> findings = ShipmentBuilder.export()
                    .specimen(specimen("Mustela altaica").term("SKI"))
                    .findings();

            assertThatFindings(findings).containsExactly(finding(CERTIFICATE_OF_ORIGIN_MISSING, VIOLATION, 0, null));
        }

        @Test
        void export_of_appendix_iii_from_kg_with_only_an_export_permit_still_misses_the_certificate_of_origin() {
            List<Finding> findings = ShipmentBuilder.export()
                    .specimen(specimen("Mustela altaica").term("SKI"))
                    .document(exportPermit("KG-2026-0001"))
                    .registered(registeredPermit(DocumentType.EXPORT_PERMIT, "KG-2026-0001")
                            .line("Mustela altaica", "SKI", "1", null))
                    .findings();

            assertThatFindings(findings).containsExactly(finding(CERTIFICATE_OF_ORIGIN_MISSING, VIOLATION, 0, null));
        }

        @Test
        void export_of_appendix_iii_from_kg_with_home_certificate_of_origin_has_no_finding() {
            List<Finding> findings = ShipmentBuilder.export()
                    .specimen(specimen("Mustela altaica").term("SKI"))
                    .document(certificateOfOrigin("KG-CO-0001"))
                    .registered(registeredPermit(DocumentType.CERTIFICATE_OF_ORIGIN, "KG-CO-0001")
                            .line("Mustela altaica", "SKI", "1", null))
                    .findings();

            assertThat(findings).isEmpty();
        }

        @Test
        void export_of_appendix_iii_from_the_listing_state_needs_an_export_permit() {
            CitesSettings homeIsIndia = new CitesSettings("IN", ZoneId.of("Asia/Kolkata"), List.of());

            List<Finding> findings = ShipmentBuilder.export()
                    .settings(homeIsIndia)
                    .specimen(specimen("Mustela altaica").term("SKI"))
                    .findings();

            assertThatFindings(findings).containsExactly(finding(EXPORT_PERMIT_MISSING, VIOLATION, 0, null));
        }

        @Test
        void import_of_appendix_iii_with_origin_in_the_listing_state_needs_its_export_permit() {
            List<Finding> findings = ShipmentBuilder.importing()
                    .specimen(specimen("Mustela altaica").term("SKI").origin("IN"))
                    .findings();

            assertThatFindings(findings).containsExactly(finding(EXPORT_PERMIT_MISSING, VIOLATION, 0, null));
        }

        @Test
        void import_of_appendix_iii_from_the_listing_state_with_only_a_certificate_of_origin_misses_the_export_permit() {
            List<Finding> findings = ShipmentBuilder.importing()
                    .specimen(specimen("Mustela altaica").term("SKI").origin("IN"))
                    .document(certificateOfOrigin("IN-CO-1").issuedBy("IN"))
                    .findings();

            assertThatFindings(findings).containsExactly(finding(EXPORT_PERMIT_MISSING, VIOLATION, 0, null));
        }

        @Test
        void import_of_appendix_iii_from_the_listing_state_with_its_export_permit_has_no_finding() {
            List<Finding> findings = ShipmentBuilder.importing()
                    .specimen(specimen("Mustela altaica").term("SKI").origin("IN"))
                    .document(exportPermit("IN-EXP-1").issuedBy("IN"))
                    .findings();

            assertThat(findings).isEmpty();
        }

        @Test
        void import_of_appendix_iii_with_origin_kz_needs_a_certificate_of_origin() {
            List<Finding> findings = ShipmentBuilder.importing()
                    .specimen(specimen("Mustela altaica").term("SKI").origin("KZ"))
                    .findings();

            assertThatFindings(findings).containsExactly(finding(CERTIFICATE_OF_ORIGIN_MISSING, VIOLATION, 0, null));
        }

        @Test
        void import_of_appendix_iii_with_origin_kz_and_its_certificate_of_origin_has_no_finding() {
            List<Finding> findings = ShipmentBuilder.importing()
                    .specimen(specimen("Mustela altaica").term("SKI").origin("KZ"))
                    .document(certificateOfOrigin("KZ-CO-1").issuedBy("KZ"))
                    .findings();

            assertThat(findings).isEmpty();
        }
    }

    @Nested
    class PopulationAndOrigin {

        @Test
        void import_of_ursus_arctos_from_cn_is_appendix_i_and_needs_an_import_permit() {
            List<Finding> findings = ShipmentBuilder.importing()
                    .specimen(specimen("Ursus arctos").term("SKI").origin("CN"))
                    .document(exportPermit("CN-EXP-1").issuedBy("CN"))
                    .findings();

            assertThatFindings(findings).containsExactly(finding(IMPORT_PERMIT_MISSING, VIOLATION, 0, null));
        }

        @Test
        void import_of_ursus_arctos_from_kz_is_appendix_ii_and_needs_no_import_permit() {
            List<Finding> findings = ShipmentBuilder.importing()
                    .specimen(specimen("Ursus arctos").term("SKI").origin("KZ"))
                    .document(exportPermit("KZ-EXP-1").issuedBy("KZ"))
                    .findings();

            assertThat(findings).isEmpty();
        }

        @Test
        void route_origin_counts_when_the_specimen_states_no_origin() {
            List<Finding> findings = ShipmentBuilder.importing()
                    .from("CN")
                    .specimen(specimen("Ursus arctos").term("SKI"))
                    .document(exportPermit("CN-EXP-1").issuedBy("CN"))
                    .findings();

            assertThatFindings(findings).containsExactly(finding(IMPORT_PERMIT_MISSING, VIOLATION, 0, null));
        }

        @Test
        void specimen_origin_takes_precedence_over_the_route_origin() {
            List<Finding> findings = ShipmentBuilder.importing()
                    .from("CN")
                    .specimen(specimen("Ursus arctos").term("SKI").origin("KZ"))
                    .document(exportPermit("CN-EXP-1").issuedBy("CN"))
                    .findings();

            assertThat(findings).isEmpty();
        }

        @Test
        void each_line_is_judged_on_its_own_origin() {
            List<Finding> findings = ShipmentBuilder.importing()
                    .from("KZ")
                    .specimen(specimen("Ursus arctos").term("SKI"))
                    .specimen(specimen("Ursus arctos").term("SKI").origin("MN"))
                    .document(exportPermit("KZ-EXP-1").issuedBy("KZ"))
                    .findings();

            assertThatFindings(findings).containsExactly(finding(IMPORT_PERMIT_MISSING, VIOLATION, 1, null));
        }
    }

    @Nested
    class Transit {

        @Test
        void transit_without_exporter_document_is_export_permit_missing_with_severity_suspicion() {
            List<Finding> findings = ShipmentBuilder.transit()
                    .from("KZ").to("CN")
                    .specimen("Falco cherrug")
                    .findings();

            assertThatFindings(findings).containsExactly(finding(EXPORT_PERMIT_MISSING, SUSPICION, 0, null));
        }

        @Test
        void transit_of_a_specimen_from_another_origin_than_the_route_is_reexport_certificate_missing_suspicion() {
            List<Finding> findings = ShipmentBuilder.transit()
                    .from("AE").to("CN")
                    .specimen(specimen("Falco cherrug").origin("AF"))
                    .findings();

            assertThatFindings(findings).containsExactly(finding(REEXPORT_CERTIFICATE_MISSING, SUSPICION, 0, null));
        }

        @Test
        void transit_with_a_foreign_export_permit_has_no_missing_finding() {
            List<Finding> findings = ShipmentBuilder.transit()
                    .from("KZ").to("CN")
                    .specimen("Falco cherrug")
                    .document(exportPermit("KZ-EXP-1").issuedBy("KZ"))
                    .findings();

            assertThat(findings).isEmpty();
        }

        @Test
        void transit_of_a_reexported_specimen_with_the_foreign_reexport_certificate_has_no_missing_finding() {
            List<Finding> findings = ShipmentBuilder.transit()
                    .from("AE").to("CN")
                    .specimen(specimen("Falco cherrug").origin("AF"))
                    .document(reexportCertificate("AE-RE-1").issuedBy("AE"))
                    .findings();

            assertThat(findings).isEmpty();
        }

        @Test
        void transit_of_appendix_i_needs_no_kyrgyz_import_permit() {
            List<Finding> findings = ShipmentBuilder.transit()
                    .from("CN").to("KZ")
                    .specimen("Panthera uncia")
                    .document(exportPermit("CN-EXP-1").issuedBy("CN"))
                    .findings();

            assertThat(findings).isEmpty();
        }

        @Test
        void transit_of_appendix_i_without_exporter_document_is_a_suspicion_not_a_violation() {
            List<Finding> findings = ShipmentBuilder.transit()
                    .from("CN").to("KZ")
                    .specimen("Panthera uncia")
                    .findings();

            assertThatFindings(findings).containsExactly(finding(EXPORT_PERMIT_MISSING, SUSPICION, 0, null));
            assertThat(codes(findings)).doesNotContain(IMPORT_PERMIT_MISSING);
        }

        @Test
        void transit_of_appendix_ii_with_only_a_certificate_of_origin_lacks_the_export_permit() {
            // domain.md: "The exporting or re-exporting country's export permit or re-export certificate must
            // travel with it." A certificate of origin is neither, and is no CITES document for Appendix II.
            List<Finding> findings = ShipmentBuilder.transit()
                    .from("KZ").to("CN")
                    .specimen("Falco cherrug")
                    .document(certificateOfOrigin("KZ-CO-1").issuedBy("KZ"))
                    .findings();

            assertThatFindings(findings).containsExactly(finding(EXPORT_PERMIT_MISSING, SUSPICION, 0, null));
        }
    }
}
