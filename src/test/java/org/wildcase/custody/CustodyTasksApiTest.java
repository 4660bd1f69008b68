package org.wildcase.custody;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.wildcase.CaseApi;
import org.wildcase.WildcaseTest;

/**
 * The custody task bodies over REST: null rows named, texts and quantities within their columns, and placement,
 * disposal and hand-overs not before the seizure ({@link CaseApi}'s cases: 20 November 2026, 09:30 in Bishkek).
 */
@WildcaseTest
class CustodyTasksApiTest {

    @Autowired
    MockMvc mvc;

    CaseApi api;

    @BeforeEach
    void api() {
        api = new CaseApi(mvc);
    }

    private String atDecideDisposal() throws Exception {
        String n = api.open("officer.bishkek", false);
        api.complete("expert", n, "IdentifySpecies", "{\"conclusion\": \"VIOLATION\"}").andExpect(status().isOk());
        api.complete("lawyer", n, "QualifyOffence", """
                {"qualification": "ADMINISTRATIVE", "legalBasis": "Code of Offences"}""").andExpect(status().isOk());
        api.complete("lawyer", n, "RecordPenalty", """
                {"protocolNumber": "P-C", "fine": {"amount": 10, "currency": "KGS"}, "recordedOn": "2026-11-21"}""")
                .andExpect(status().isOk());
        api.complete("lawyer", n, "RecordPayment", """
                {"paidOn": "2026-11-21", "amount": {"amount": 10, "currency": "KGS"}}""").andExpect(status().isOk());
        return n;
    }

    @Test
    void live_specimens_placed_before_the_seizure_are_a_400_on_placed_at() throws Exception {
        String n = api.open("officer.bishkek", true);
        api.complete("officer.bishkek", n, "RecordLiveSpecimenCare", """
                {"facility": "Centre", "keeper": "K", "placedAt": "2026-11-20T09:00:00+06:00"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("placedAt")));
        api.complete("officer.bishkek", n, "RecordLiveSpecimenCare", """
                {"facility": "%s", "keeper": "K", "placedAt": "2026-11-20T10:00:00+06:00"}""".formatted("f".repeat(501)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("facility")));
        api.complete("officer.bishkek", n, "RecordLiveSpecimenCare", """
                {"facility": "Centre", "keeper": "K", "placedAt": "2026-11-20T10:00:00+06:00"}""")
                .andExpect(status().isOk());
    }

    @Test
    void a_null_disposal_and_a_quantity_beyond_the_column_are_400s_naming_them() throws Exception {
        String n = atDecideDisposal();
        api.complete("expert", n, "DecideDisposal", "{\"disposals\": [null]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("disposals[0]")));
        api.complete("expert", n, "DecideDisposal", """
                {"disposals": [{"specimenIndex": 0, "quantity": 1e400, "method": "DESTRUCTION"}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("disposals[0].quantity")));
        api.complete("expert", n, "DecideDisposal", """
                {"disposals": [{"specimenIndex": 0, "method": "DESTRUCTION", "destination": "%s"}]}"""
                .formatted("d".repeat(501)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("disposals[0].destination")));
        api.get("manager", n).andExpect(jsonPath("$.disposals").isEmpty());
    }

    @Test
    void a_disposal_carried_out_or_handed_over_before_the_seizure_is_a_400_on_its_date() throws Exception {
        String n = atDecideDisposal();
        api.complete("expert", n, "DecideDisposal", "{\"disposals\": [{\"specimenIndex\": 0, \"method\": "
                + "\"DESTRUCTION\"}]}").andExpect(status().isOk());
        String handOver = """
                {"specimenIndex": 0, "quantity": 4, "from": "Store", "to": "Commission", "handedOverBy": "A",
                 "receivedBy": "B", "at": "%s"}""";
        api.complete("officer.bishkek", n, "RecordDisposal", """
                {"completedOn": "2026-11-19", "custody": [%s, null]}"""
                .formatted(handOver.formatted("2026-11-20T08:00:00+06:00")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("completedOn", "custody[0].at",
                        "custody[1]")));
        api.complete("officer.bishkek", n, "RecordDisposal", """
                {"completedOn": "2026-11-22", "custody": [%s]}"""
                .formatted(handOver.formatted("2026-11-22T08:00:00+06:00").replace("\"A\"",
                        "\"" + "a".repeat(301) + "\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("custody[0].handedOverBy")));
        api.complete("officer.bishkek", n, "RecordDisposal", """
                {"completedOn": "2026-11-22", "custody": [%s]}"""
                .formatted(handOver.formatted("2026-11-22T08:00:00+06:00")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.history[*].what").value(hasItem("Disposal carried out on 2026-11-22 with 1 "
                        + "hand-over(s)")));
    }
}
