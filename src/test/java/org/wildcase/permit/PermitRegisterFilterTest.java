package org.wildcase.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.wildcase.WildcaseTest;
import org.wildcase.permit.PermitRegister.PermitFilter;
import org.wildcase.species.Source;

/** The register searched as the permit view does: by part of the number or holder, and by today's status. */
@WildcaseTest
class PermitRegisterFilterTest {

    @Autowired
    PermitRegister register;

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Bishkek"));
    }

    void record(String number, LocalDate issuedOn, String holder) {
        register.record(new PermitRegistration(number, DocumentType.EXPORT_PERMIT, issuedOn, null, null, holder,
                null, null, null, List.of(new PermitRegistration.Line("Falco cherrug", "LIV", BigDecimal.ONE, null,
                        Source.C))), "permits");
    }

    List<String> numbers(PermitFilter filter) {
        assertThat(register.count(filter)).isEqualTo(register.list(filter, PageRequest.of(0, 500)).getTotalElements());
        return register.list(filter, PageRequest.of(0, 500)).map(RegisteredPermit::number).toList();
    }

    @Test
    void the_register_is_filtered_by_number_holder_and_status_newest_first() {
        String tag = "F" + System.nanoTime() % 1_000_000;
        String holder = "Holder " + tag;
        record(tag + "/valid", today(), holder);
        record(tag + "/expired", today().minusMonths(7), holder);
        record(tag + "/cancelled", today(), holder);
        record(tag + "/used", today(), holder);
        record(tag + "/other_holder%", today(), "Someone else");
        register.cancel(tag + "/cancelled", "lost", "permits");
        register.recordShipment(tag + "/used", "BIS-2026-00001",
                List.of(new PermitRegister.ShippedLine(0, BigDecimal.ONE, null)));

        assertThat(numbers(new PermitFilter(tag.toLowerCase(), null, null))).containsExactly(tag + "/other_holder%",
                tag + "/used", tag + "/cancelled", tag + "/expired", tag + "/valid");
        assertThat(numbers(new PermitFilter(null, null, holder.toUpperCase()))).hasSize(4)
                .doesNotContain(tag + "/other_holder%");
        assertThat(numbers(new PermitFilter(tag, PermitStatus.VALID, holder))).containsExactly(tag + "/valid");
        assertThat(numbers(new PermitFilter(tag, PermitStatus.EXPIRED, null))).containsExactly(tag + "/expired");
        assertThat(numbers(new PermitFilter(tag, PermitStatus.CANCELLED, null))).containsExactly(tag + "/cancelled");
        assertThat(numbers(new PermitFilter(tag, PermitStatus.USED, null))).containsExactly(tag + "/used");
        // Wildcards typed into the search are plain characters.
        assertThat(numbers(new PermitFilter(tag + "/other_holder%", null, null)))
                .containsExactly(tag + "/other_holder%");
        assertThat(numbers(new PermitFilter(tag + "/%", null, null))).isEmpty();
        assertThat(numbers(new PermitFilter(tag + "/v_lid", null, null))).isEmpty();
    }
}
