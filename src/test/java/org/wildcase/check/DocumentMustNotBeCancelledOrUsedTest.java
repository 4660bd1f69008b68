package org.wildcase.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wildcase.check.DocumentBuilder.exportPermit;
import static org.wildcase.check.FindingAssertions.assertThatFindings;
import static org.wildcase.check.FindingAssertions.finding;
import static org.wildcase.check.FindingCode.PERMIT_ALREADY_USED;
import static org.wildcase.check.FindingCode.PERMIT_CANCELLED;
import static org.wildcase.check.RegisteredPermitBuilder.registeredPermit;
import static org.wildcase.check.Severity.VIOLATION;
import static org.wildcase.check.SpecimenBuilder.specimen;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wildcase.permit.DocumentType;

/** Res. Conf. 12.3: a cancelled document covers nothing; a used one has covered its one consignment already. */
class DocumentMustNotBeCancelledOrUsedTest {

    private static final String NUMBER = "KG-2026-0001";

    private static RegisteredPermitBuilder falconPermit() {
        return registeredPermit(DocumentType.EXPORT_PERMIT, NUMBER).line("Falco cherrug", "LIV", "2", null);
    }

    private static ShipmentBuilder falconExport() {
        return ShipmentBuilder.export()
                .specimen(specimen("Falco cherrug").pieces("2"))
                .document(exportPermit(NUMBER));
    }

    @Test
    void cancelled_permit_in_the_register_is_a_violation() {
        List<Finding> findings = falconExport().registered(falconPermit().cancelled("reported lost")).findings();

        assertThatFindings(findings).containsExactly(finding(PERMIT_CANCELLED, VIOLATION, 0, 0));
    }

    @Test
    void permit_already_used_for_another_consignment_is_a_violation() {
        List<Finding> findings = falconExport().registered(falconPermit().used("BIS-2026-00007")).findings();

        assertThatFindings(findings).containsExactly(finding(PERMIT_ALREADY_USED, VIOLATION, 0, 0));
    }

    @Test
    void valid_permit_in_the_register_is_neither_cancelled_nor_used() {
        List<Finding> findings = falconExport().registered(falconPermit()).findings();

        assertThat(findings).isEmpty();
    }

    @Test
    void cancelled_permit_is_named_on_every_line_it_covers() {
        List<Finding> findings = ShipmentBuilder.export()
                .specimen("Falco cherrug")
                .specimen("Falco cherrug")
                .document(exportPermit(NUMBER))
                .registered(falconPermit().cancelled(null))
                .findings();

        assertThatFindings(findings).containsExactlyInAnyOrder(
                finding(PERMIT_CANCELLED, VIOLATION, 0, 0),
                finding(PERMIT_CANCELLED, VIOLATION, 1, 0));
    }

    @Test
    void used_second_document_names_its_own_index_and_only_its_lines() {
        List<Finding> findings = ShipmentBuilder.export()
                .specimen(specimen("Falco cherrug").pieces("2"))
                .specimen("Aquila chrysaetos")
                .document(exportPermit(NUMBER).covers(0))
                .document(exportPermit("KG-2026-0002").covers(1))
                .registered(falconPermit())
                .registered(registeredPermit(DocumentType.EXPORT_PERMIT, "KG-2026-0002")
                        .line("Aquila chrysaetos", "LIV", "1", null)
                        .used("OSH-2026-00003"))
                .findings();

        assertThatFindings(findings).containsExactly(finding(PERMIT_ALREADY_USED, VIOLATION, 1, 1));
    }
}
