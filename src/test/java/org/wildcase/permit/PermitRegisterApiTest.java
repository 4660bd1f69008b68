package org.wildcase.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.wildcase.Requests;
import org.wildcase.WildcaseTest;
import org.wildcase.api.ConflictException;

@WildcaseTest
class PermitRegisterApiTest {

    static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    PermitRegister register;

    static String number() {
        return "T-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    static String permit(String number, String type, String issuedOn, String validUntil) {
        return """
                {"number": "%s", "type": "%s", "issuedOn": "%s", %s "holder": "Holder", "country": "KG",
                 "securityStamp": "KG555", "purpose": "T",
                 "lines": [{"scientificName": "Falco cherrug", "term": "LIV", "quantity": 3, "unit": null, "source": "W"},
                           {"scientificName": "Acipenser baerii", "term": "CAV", "quantity": 1.5, "unit": "KIL", "source": "C"}]}
                """.formatted(number, type, issuedOn, validUntil == null ? "" : "\"validUntil\": \"" + validUntil + "\",");
    }

    @Test
    void a_permit_officer_records_a_permit_and_anyone_reads_it_back() throws Exception {
        String n = number();
        mvc.perform(Requests.post("permits", "/api/permits", permit(n, "EXPORT_PERMIT", "2026-10-01", "2027-03-31")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/permits/" + n))
                .andExpect(jsonPath("$.status").value("VALID"));
        mvc.perform(Requests.get("officer.osh", "/api/permits/{n}", n))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(n))
                .andExpect(jsonPath("$.type").value("EXPORT_PERMIT"))
                .andExpect(jsonPath("$.validUntil").value("2027-03-31"))
                .andExpect(jsonPath("$.lines[1].quantity").value(1.5))
                .andExpect(jsonPath("$.lines[1].unit").value("KIL"))
                .andExpect(jsonPath("$.lines[0].shippedQuantity").doesNotExist())
                .andExpect(jsonPath("$.usedByCase").doesNotExist());
    }

    @Test
    void validity_up_to_exactly_six_months_is_accepted_and_one_day_more_is_refused() throws Exception {
        mvc.perform(Requests.post("permits", "/api/permits", permit(number(), "EXPORT_PERMIT", "2026-08-31",
                "2027-02-28"))).andExpect(status().isCreated());
        mvc.perform(Requests.post("permits", "/api/permits", permit(number(), "EXPORT_PERMIT", "2026-08-31",
                "2027-03-01")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("validUntil"));
        mvc.perform(Requests.post("permits", "/api/permits", permit(number(), "REEXPORT_CERTIFICATE", "2026-06-15",
                "2026-12-16"))).andExpect(status().isBadRequest());
    }

    @Test
    void import_permits_and_certificates_of_origin_may_run_twelve_months() throws Exception {
        mvc.perform(Requests.post("permits", "/api/permits", permit(number(), "IMPORT_PERMIT", "2026-03-10",
                "2027-03-10"))).andExpect(status().isCreated());
        mvc.perform(Requests.post("permits", "/api/permits", permit(number(), "CERTIFICATE_OF_ORIGIN", "2026-03-10",
                "2027-03-11"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("validUntil"));
    }

    @Test
    void a_permit_without_valid_until_runs_to_the_cites_maximum() throws Exception {
        String n = number();
        mvc.perform(Requests.post("permits", "/api/permits", permit(n, "EXPORT_PERMIT", "2026-09-30", null)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.validUntil").value("2027-03-30"));
    }

    @Test
    void bad_permits_are_refused_with_field_errors_and_nothing_is_stored() throws Exception {
        String n = number();
        String bad = """
                {"number": "%s", "type": "OTHER", "issuedOn": "2099-01-01", "country": "XX",
                 "lines": [{"scientificName": "Falco cherrug", "term": "XYZ", "quantity": 1, "unit": "FOO"}]}
                """.formatted(n);
        mvc.perform(Requests.post("permits", "/api/permits", bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("type", "issuedOn",
                        "country", "lines[0].term", "lines[0].unit")));
        mvc.perform(Requests.get("permits", "/api/permits/{n}", n)).andExpect(status().isNotFound());

        mvc.perform(Requests.post("permits", "/api/permits", """
                {"number": "%s", "type": "EXPORT_PERMIT", "issuedOn": "2026-10-01", "lines": []}""".formatted(n)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("lines"));
        mvc.perform(Requests.post("permits", "/api/permits", """
                {"number": "%s", "type": "EXPORT_PERMIT", "issuedOn": "2026-10-01",
                 "lines": [{"scientificName": "Falco cherrug", "term": "LIV", "quantity": -1}]}""".formatted(n)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].quantity"));
    }

    @Test
    void a_number_already_in_the_register_is_a_conflict() throws Exception {
        String n = number();
        mvc.perform(Requests.post("permits", "/api/permits", permit(n, "EXPORT_PERMIT", "2026-10-01", null)))
                .andExpect(status().isCreated());
        mvc.perform(Requests.post("permits", "/api/permits", permit(n, "EXPORT_PERMIT", "2026-10-01", null)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void numbers_with_slashes_are_read_and_cancelled_by_query() throws Exception {
        String n = "KG/" + number() + "/A";
        mvc.perform(Requests.post("permits", "/api/permits", permit(n, "EXPORT_PERMIT", "2026-10-01", null)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/permits?number=")));
        mvc.perform(Requests.get("expert", "/api/permits").param("number", n))
                .andExpect(status().isOk()).andExpect(jsonPath("$.number").value(n));
        mvc.perform(Requests.post("permits", "/api/permits/cancel", "{\"reason\": \"Lost\"}").param("number", n))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
    }

    @Test
    void cancelling_marks_the_permit_cancelled_once() throws Exception {
        String n = number();
        mvc.perform(Requests.post("permits", "/api/permits", permit(n, "EXPORT_PERMIT", "2026-10-01", null)));
        mvc.perform(Requests.post("permits", "/api/permits/{n}/cancel", "{\"reason\": \"Issued in error\"}", n))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.cancelReason").value("Issued in error"));
        mvc.perform(Requests.post("permits", "/api/permits/{n}/cancel", null, n)).andExpect(status().isConflict());
        mvc.perform(Requests.post("permits", "/api/permits/{n}/cancel", null, "NOPE-" + n))
                .andExpect(status().isNotFound());
    }

    @Test
    void an_unknown_permit_is_404_problem() throws Exception {
        mvc.perform(Requests.get("expert", "/api/permits/{n}", "NO-SUCH-" + number()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void releasing_a_shipment_marks_the_permit_used_with_the_quantities_per_line() throws Exception {
        String n = number();
        mvc.perform(Requests.post("permits", "/api/permits", permit(n, "EXPORT_PERMIT", "2026-10-01", null)));
        register.recordShipment(n, "BIS-2026-00042", List.of(new PermitRegister.ShippedLine(0, new BigDecimal("3"),
                null), new PermitRegister.ShippedLine(1, new BigDecimal("1200"), "GRM")));
        mvc.perform(Requests.get("manager", "/api/permits/{n}", n))
                .andExpect(jsonPath("$.status").value("USED"))
                .andExpect(jsonPath("$.usedByCase").value("BIS-2026-00042"))
                .andExpect(jsonPath("$.lines[0].shippedQuantity").value(3))
                .andExpect(jsonPath("$.lines[1].shippedQuantity").value(1.2));
        assertThatThrownBy(() -> register.recordShipment(n, "OSH-2026-00001", List.of()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void a_cancelled_permit_cannot_cover_a_shipment() throws Exception {
        String n = number();
        mvc.perform(Requests.post("permits", "/api/permits", permit(n, "EXPORT_PERMIT", "2026-10-01", null)));
        register.cancel(n, "test", "permits");
        assertThatThrownBy(() -> register.recordShipment(n, "BIS-2026-00043", List.of()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void two_releases_of_one_permit_at_once_cannot_both_win() throws Exception {
        for (int round = 0; round < 5; round++) {
            String n = number();
            mvc.perform(Requests.post("permits", "/api/permits", permit(n, "EXPORT_PERMIT", "2026-10-01", null)));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<RegisteredPermit>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String caseNumber = "BIS-2026-0010" + i;
                Callable<RegisteredPermit> release = () -> {
                    start.await();
                    return register.recordShipment(n, caseNumber, List.of(new PermitRegister.ShippedLine(0,
                            BigDecimal.ONE, null)));
                };
                results.add(pool.submit(release));
            }
            start.countDown();
            int won = 0;
            int refused = 0;
            for (Future<RegisteredPermit> f : results) {
                try {
                    f.get();
                    won++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOfAny(ConflictException.class,
                            org.springframework.dao.OptimisticLockingFailureException.class);
                    refused++;
                }
            }
            pool.shutdown();
            assertThat(won).isEqualTo(1);
            assertThat(refused).isEqualTo(1);
            assertThat(register.find(n).orElseThrow().lines().get(0).shippedQuantity()).isEqualByComparingTo("1");
        }
    }

    @Test
    void the_register_lists_page_by_page() throws Exception {
        mvc.perform(Requests.get("expert", "/api/permits?page=0&size=2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(2))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.totalElements").isNumber());
        mvc.perform(Requests.get("expert", "/api/permits?size=501")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }
}
