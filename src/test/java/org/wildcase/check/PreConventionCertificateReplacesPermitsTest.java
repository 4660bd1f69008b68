package org.wildcase.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wildcase.check.DocumentBuilder.preConventionCertificate;
import static org.wildcase.check.FindingAssertions.assertThatFindings;
import static org.wildcase.check.FindingAssertions.codes;
import static org.wildcase.check.FindingAssertions.finding;
import static org.wildcase.check.FindingCode.EXPORT_PERMIT_MISSING;
import static org.wildcase.check.FindingCode.PRE_CONVENTION;
import static org.wildcase.check.RegisteredPermitBuilder.registeredPermit;
import static org.wildcase.check.Severity.INFO;
import static org.wildcase.check.Severity.VIOLATION;
import static org.wildcase.check.SpecimenBuilder.specimen;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wildcase.permit.DocumentType;
import org.wildcase.species.Source;

/** Art. VII.2: a pre-Convention certificate replaces the permits of Art. III-V for the lines it covers. */
class PreConventionCertificateReplacesPermitsTest {

    @Test
    void pre_convention_certificate_is_reported_as_info_and_replaces_the_export_permit() {
        List<Finding> findings = ShipmentBuilder.export()
                .specimen(specimen("Panthera uncia").term("SKI").source(Source.O))
                .document(preConventionCertificate("KG-PC-0001"))
                .registered(registeredPermit(DocumentType.PRE_CONVENTION_CERTIFICATE, "KG-PC-0001")
                        .line("Panthera uncia", "SKI", "1", null))
                .findings();

        assertThatFindings(findings).containsExactly(finding(PRE_CONVENTION, INFO, 0, 0));
    }

    @Test
    void pre_convention_certificate_removes_the_missing_permit_only_for_the_lines_it_covers() {
        List<Finding> findings = ShipmentBuilder.export()
                .specimen(specimen("Panthera uncia").term("SKI").source(Source.O))
                .specimen(specimen("Panthera pardus").term("SKI").source(Source.O))
                .document(preConventionCertificate("KG-PC-0001").covers(0))
                .registered(registeredPermit(DocumentType.PRE_CONVENTION_CERTIFICATE, "KG-PC-0001")
                        .line("Panthera uncia", "SKI", "1", null))
                .findings();

        assertThatFindings(findings).containsExactlyInAnyOrder(
                finding(PRE_CONVENTION, INFO, 0, 0),
                finding(EXPORT_PERMIT_MISSING, VIOLATION, 1, null));
    }

    @Test
    void pre_convention_certificate_covering_the_second_line_names_that_line_and_its_document_index() {
        List<Finding> findings = ShipmentBuilder.importing()
                .specimen(specimen("Falco cherrug").origin("KZ"))
                .specimen(specimen("Panthera uncia").term("SKI").origin("GB").source(Source.O))
                .document(DocumentBuilder.exportPermit("KZ-EXP-1").issuedBy("KZ").covers(0))
                .document(preConventionCertificate("GB-PC-1").issuedBy("GB").covers(1))
                .findings();

        assertThatFindings(findings).containsExactly(finding(PRE_CONVENTION, INFO, 1, 1));
    }

    @Test
    void pre_convention_certificate_on_an_import_replaces_import_and_export_permits() {
        List<Finding> findings = ShipmentBuilder.importing()
                .specimen(specimen("Panthera uncia").term("SKI").origin("GB").source(Source.O))
                .document(preConventionCertificate("GB-PC-1").issuedBy("GB"))
                .findings();

        assertThatFindings(findings).containsExactly(finding(PRE_CONVENTION, INFO, 0, 0));
    }

    @Test
    void source_o_without_a_pre_convention_certificate_still_needs_the_export_permit() {
        List<Finding> findings = ShipmentBuilder.export()
                .specimen(specimen("Panthera uncia").term("SKI").source(Source.O))
                .findings();

        assertThatFindings(findings).containsExactly(finding(EXPORT_PERMIT_MISSING, VIOLATION, 0, null));
        assertThat(codes(findings)).doesNotContain(PRE_CONVENTION);
    }
}
