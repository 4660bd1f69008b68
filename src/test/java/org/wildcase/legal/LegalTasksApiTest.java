package org.wildcase.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.wildcase.CaseApi;
import org.wildcase.Requests;
import org.wildcase.WildcaseTest;

import com.jayway.jsonpath.JsonPath;

/**
 * The legal officer's task bodies over REST: texts as long as their columns, amounts as large as theirs, and the dates
 * of later facts not before the seizure (20 November 2026 in Bishkek for {@link CaseApi}'s cases) nor a payment
 * before its penalty. A refused body stores nothing and leaves the task open.
 */
@WildcaseTest
class LegalTasksApiTest {

    @Autowired
    MockMvc mvc;

    CaseApi api;

    @BeforeEach
    void api() {
        api = new CaseApi(mvc);
    }

    private String atQualification() throws Exception {
        String n = api.open("officer.bishkek", false);
        api.complete("expert", n, "IdentifySpecies", "{\"conclusion\": \"VIOLATION\"}").andExpect(status().isOk());
        return n;
    }

    private String qualified(String qualification) throws Exception {
        String n = atQualification();
        api.complete("lawyer", n, "QualifyOffence", """
                {"qualification": "%s", "legalBasis": "Code of Offences, Art. 305"}""".formatted(qualification))
                .andExpect(status().isOk());
        return n;
    }

    @Test
    void a_legal_basis_of_10000_characters_is_a_400_on_legal_basis_and_nothing_is_stored() throws Exception {
        String n = atQualification();

        api.complete("lawyer", n, "QualifyOffence", """
                {"qualification": "ADMINISTRATIVE", "legalBasis": "%s"}""".formatted("L".repeat(10_000)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("legalBasis")))
                .andExpect(jsonPath("$.errors[0].message").value("is too long: at most 2000 characters"));
        api.get("manager", n)
                .andExpect(jsonPath("$.legal").doesNotExist())
                .andExpect(jsonPath("$.openTasks[*].taskKey").value(contains("QualifyOffence")));

        // The longest that fits is kept whole; the history quotes it shortened, within its own column.
        String kept = api.complete("lawyer", n, "QualifyOffence", """
                {"qualification": "ADMINISTRATIVE", "legalBasis": "%s"}""".formatted("L".repeat(2000)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.history[-1:].what").value(contains(endsWith("…"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(kept, "$.legal.legalBasis")).hasSize(2000);
        assertThat(JsonPath.<java.util.List<String>>read(kept, "$.history[*].what")).allMatch(w -> w.length() <= 2000);
    }

    @Test
    void a_fine_too_large_for_its_column_and_a_protocol_number_too_long_are_400s() throws Exception {
        String n = qualified("ADMINISTRATIVE");
        api.complete("lawyer", n, "RecordPenalty", """
                {"protocolNumber": "%s", "fine": {"amount": 1e18, "currency": "KGS"}}""".formatted("P".repeat(101)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("fine.amount", "protocolNumber")));
        api.complete("lawyer", n, "RecordPenalty", """
                {"protocolNumber": "P-1", "fine": {"amount": 1e400, "currency": "KGS"}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("fine.amount")));
        api.get("manager", n).andExpect(jsonPath("$.openTasks[*].taskKey").value(contains("RecordPenalty")));
    }

    @Test
    void a_payment_before_the_seizure_or_before_its_penalty_was_recorded_is_a_400_on_paid_on() throws Exception {
        String n = qualified("ADMINISTRATIVE");
        api.complete("lawyer", n, "RecordPenalty", """
                {"protocolNumber": "P-1", "fine": {"amount": 1000, "currency": "KGS"}, "recordedOn": "2026-11-19"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("recordedOn"))
                .andExpect(jsonPath("$.errors[0].message").value("may not lie before the seizure on 2026-11-20"));
        api.complete("lawyer", n, "RecordPenalty", """
                {"protocolNumber": "P-1", "fine": {"amount": 1000, "currency": "KGS"}, "recordedOn": "2026-11-22"}""")
                .andExpect(status().isOk());

        api.complete("lawyer", n, "RecordPayment", """
                {"paidOn": "2026-11-19", "amount": {"amount": 1000, "currency": "KGS"}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("paidOn")))
                .andExpect(jsonPath("$.errors[0].message").value("may not lie before the seizure on 2026-11-20"));
        api.complete("lawyer", n, "RecordPayment", """
                {"paidOn": "2026-11-21", "amount": {"amount": 1000, "currency": "KGS"}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("paidOn"))
                .andExpect(jsonPath("$.errors[0].message").value("may not lie before the penalty was recorded on "
                        + "2026-11-22"));
        api.get("manager", n).andExpect(jsonPath("$.legal.paidOn").doesNotExist());
        api.complete("lawyer", n, "RecordPayment", """
                {"paidOn": "2026-11-22", "amount": {"amount": 1000, "currency": "KGS"}}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.legal.paidOn").value("2026-11-22"));
    }

    @Test
    void a_referral_and_an_outcome_dated_before_the_seizure_are_400s_on_their_dates() throws Exception {
        String n = qualified("CRIMINAL");
        api.complete("lawyer", n, "ReferToInvestigation", """
                {"agency": "GKNB", "referredOn": "2026-11-19"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("referredOn"));
        api.complete("lawyer", n, "ReferToInvestigation", """
                {"agency": "%s", "referredOn": "2026-11-21"}""".formatted("A".repeat(301)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("agency"));
        api.complete("lawyer", n, "ReferToInvestigation", """
                {"agency": "GKNB", "referredOn": "2026-11-21"}""").andExpect(status().isOk());

        mvc.perform(Requests.post("integration", "/api/cases/{n}/investigation-outcome", """
                {"outcome": "CONVICTED", "decidedAt": "2026-11-01"}""", n))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("decidedAt"));
        mvc.perform(Requests.post("integration", "/api/cases/{n}/investigation-outcome", """
                {"outcome": "CONVICTED", "decidedAt": "2026-11-25", "note": "%s"}""".formatted("n".repeat(5001)), n))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        mvc.perform(Requests.post("integration", "/api/cases/{n}/investigation-outcome", """
                {"outcome": "CONVICTED", "decidedAt": "2026-11-25"}""", n))
                .andExpect(status().isOk());
    }
}
