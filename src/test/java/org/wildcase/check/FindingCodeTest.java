package org.wildcase.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** domain.md "Permit check findings": the stable codes and their default severities. */
class FindingCodeTest {

    @Test
    void every_code_has_the_default_severity_domain_md_gives_it() {
        Map<FindingCode, Severity> expected = new EnumMap<>(FindingCode.class);
        expected.put(FindingCode.EXPORT_PERMIT_MISSING, Severity.VIOLATION);
        expected.put(FindingCode.IMPORT_PERMIT_MISSING, Severity.VIOLATION);
        expected.put(FindingCode.REEXPORT_CERTIFICATE_MISSING, Severity.VIOLATION);
        expected.put(FindingCode.CERTIFICATE_OF_ORIGIN_MISSING, Severity.VIOLATION);
        expected.put(FindingCode.PERMIT_NOT_IN_REGISTER, Severity.SUSPICION);
        expected.put(FindingCode.DOCUMENT_DIFFERS_FROM_REGISTER, Severity.SUSPICION);
        expected.put(FindingCode.PERMIT_EXPIRED, Severity.VIOLATION);
        expected.put(FindingCode.PERMIT_NOT_YET_VALID, Severity.VIOLATION);
        expected.put(FindingCode.PERMIT_ISSUED_AFTER_SHIPMENT, Severity.VIOLATION);
        expected.put(FindingCode.PERMIT_CANCELLED, Severity.VIOLATION);
        expected.put(FindingCode.PERMIT_ALREADY_USED, Severity.VIOLATION);
        expected.put(FindingCode.SPECIES_NOT_ON_PERMIT, Severity.VIOLATION);
        expected.put(FindingCode.QUANTITY_EXCEEDS_PERMIT, Severity.VIOLATION);
        // domain.md, Corrections: a unit outside the permit line's dimension is a suspicion.
        expected.put(FindingCode.QUANTITY_NOT_COMPARABLE, Severity.SUSPICION);
        expected.put(FindingCode.SECURITY_STAMP_MISMATCH, Severity.SUSPICION);
        expected.put(FindingCode.COPY_NOT_ORIGINAL, Severity.SUSPICION);
        expected.put(FindingCode.PURPOSE_NOT_PERMITTED, Severity.VIOLATION);
        expected.put(FindingCode.ZERO_QUOTA, Severity.VIOLATION);
        expected.put(FindingCode.EXEMPT_PERSONAL_EFFECTS, Severity.INFO);
        expected.put(FindingCode.PRE_CONVENTION, Severity.INFO);
        expected.put(FindingCode.NOT_CITES_LISTED, Severity.INFO);
        expected.put(FindingCode.SPECIES_UNKNOWN, Severity.INFO);

        Map<FindingCode, Severity> actual = new EnumMap<>(FindingCode.class);
        for (FindingCode code : FindingCode.values()) {
            actual.put(code, code.severity());
        }

        assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);
    }
}
