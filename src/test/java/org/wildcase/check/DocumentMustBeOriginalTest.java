package org.wildcase.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wildcase.check.DocumentBuilder.exportPermit;
import static org.wildcase.check.DocumentBuilder.importPermit;
import static org.wildcase.check.FindingAssertions.assertThatFindings;
import static org.wildcase.check.FindingAssertions.finding;
import static org.wildcase.check.FindingCode.COPY_NOT_ORIGINAL;
import static org.wildcase.check.RegisteredPermitBuilder.registeredPermit;
import static org.wildcase.check.Severity.SUSPICION;
import static org.wildcase.check.SpecimenBuilder.specimen;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wildcase.permit.DocumentType;

/** Res. Conf. 12.3: a copy presented instead of the original is a suspicion, for home and foreign documents. */
class DocumentMustBeOriginalTest {

    private static ShipmentBuilder importWith(DocumentBuilder kazakhExportPermit) {
        return ShipmentBuilder.importing()
                .specimen(specimen("Falco cherrug").origin("KZ"))
                .document(kazakhExportPermit);
    }

    @Test
    void document_presented_as_a_copy_is_a_suspicion() {
        List<Finding> findings = importWith(exportPermit("KZ-EXP-1").issuedBy("KZ").original(false)).findings();

        assertThatFindings(findings).containsExactly(finding(COPY_NOT_ORIGINAL, SUSPICION, 0, 0));
    }

    @Test
    void document_presented_as_the_original_is_not_reported() {
        List<Finding> findings = importWith(exportPermit("KZ-EXP-1").issuedBy("KZ").original(true)).findings();

        assertThat(findings).isEmpty();
    }

    @Test
    void document_whose_originality_is_not_stated_is_not_reported() {
        List<Finding> findings = importWith(exportPermit("KZ-EXP-1").issuedBy("KZ").original(null)).findings();

        assertThat(findings).isEmpty();
    }

    @Test
    void copy_is_named_on_every_line_the_document_covers() {
        List<Finding> findings = ShipmentBuilder.importing()
                .specimen(specimen("Falco cherrug").origin("KZ"))
                .specimen(specimen("Aquila chrysaetos").origin("KZ"))
                .document(exportPermit("KZ-EXP-1").issuedBy("KZ").original(false))
                .findings();

        assertThatFindings(findings).containsExactlyInAnyOrder(
                finding(COPY_NOT_ORIGINAL, SUSPICION, 0, 0),
                finding(COPY_NOT_ORIGINAL, SUSPICION, 1, 0));
    }

    @Test
    void a_copied_home_import_permit_names_its_own_document_index() {
        List<Finding> findings = ShipmentBuilder.importing()
                .specimen(specimen("Panthera uncia").origin("CN"))
                .document(exportPermit("CN-EXP-1").issuedBy("CN").original(true))
                .document(importPermit("KG-IMP-0001").original(false))
                .registered(registeredPermit(DocumentType.IMPORT_PERMIT, "KG-IMP-0001")
                        .line("Panthera uncia", "LIV", "1", null))
                .findings();

        assertThatFindings(findings).containsExactly(finding(COPY_NOT_ORIGINAL, SUSPICION, 0, 1));
    }
}
