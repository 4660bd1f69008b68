package org.wildcase.custody;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.wildcase.CaseApi;
import org.wildcase.Requests;
import org.wildcase.WildcaseTest;

/**
 * Custody recorded at any time while a case is open (api.md "Evidence"): each record names its exhibit, no holder
 * hands over more than it holds, only the unit's officer and the expert record, and an ended case takes none.
 */
@WildcaseTest
class CustodyChainApiTest {

    @Autowired
    MockMvc mvc;

    static String handOver(int line, String quantity, String from, String to) {
        return """
                {"specimenIndex": %d, "quantity": %s, "from": "%s", "to": "%s", "handedOverBy": "Sgt. Asanov",
                 "receivedBy": "Dr. Bekova", "at": "2026-11-21T10:00:00+06:00", "reason": "For DNA analysis"}"""
                .formatted(line, quantity, from, to);
    }

    @Test
    void hand_overs_build_a_chain_per_exhibit_and_nobody_gives_more_than_they_hold() throws Exception {
        String n = new CaseApi(mvc).open("officer.bishkek", false);
        mvc.perform(Requests.post("officer.bishkek", "/api/cases/{n}/custody",
                handOver(0, "3", "Customs store Manas", "Laboratory of the CITES authority"), n))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.exhibit").value(n + "/E1"))
                .andExpect(jsonPath("$.quantity").value(3));
        mvc.perform(Requests.post("expert", "/api/cases/{n}/custody",
                handOver(0, "4", "Laboratory of the CITES authority", "Court of Bishkek"), n))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("quantity"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "is more than Laboratory of the CITES authority holds (3)"));
        mvc.perform(Requests.post("expert", "/api/cases/{n}/custody",
                handOver(0, "2", "laboratory of the  CITES authority", "Court of Bishkek"), n))
                .andExpect(status().isCreated());
        mvc.perform(Requests.post("officer.bishkek", "/api/cases/{n}/custody",
                handOver(0, "2", "Customs store Manas", "Court of Bishkek"), n))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("is more than Customs store Manas holds (1)"));
        mvc.perform(Requests.post("officer.bishkek", "/api/cases/{n}/custody",
                handOver(1, "2", "Customs store Manas", "Court of Bishkek"), n))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("is more than Customs store Manas holds (1)"));

        mvc.perform(Requests.get("manager", "/api/cases/{n}/custody", n))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].exhibit").value(n + "/E1"))
                .andExpect(jsonPath("$[1].to").value("Court of Bishkek"));
        mvc.perform(Requests.get("expert", "/api/cases/{n}", n))
                .andExpect(jsonPath("$.exhibits[0].holder").value("Court of Bishkek"))
                .andExpect(jsonPath("$.exhibits[0].quantity").value(2))
                .andExpect(jsonPath("$.exhibits[1].holder").value("BIS"));
    }

    @Test
    void only_the_units_officer_and_the_expert_record_and_dates_follow_the_rules() throws Exception {
        String n = new CaseApi(mvc).open("officer.bishkek", false);
        mvc.perform(Requests.post("officer.osh", "/api/cases/{n}/custody", handOver(0, "1", "A", "B"), n))
                .andExpect(status().isNotFound());
        mvc.perform(Requests.post("manager", "/api/cases/{n}/custody", handOver(0, "1", "A", "B"), n))
                .andExpect(status().isForbidden());
        mvc.perform(Requests.post("officer.bishkek", "/api/cases/{n}/custody",
                handOver(0, "1", "A", "B").replace("2026-11-21T10:00:00+06:00", "2026-11-01T10:00:00+06:00"), n))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("at"));
        mvc.perform(Requests.post("officer.bishkek", "/api/cases/{n}/custody", handOver(5, "1", "A", "B"), n))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("specimenIndex"));
        mvc.perform(Requests.post("manager", "/api/cases/{n}/withdraw", "{\"reason\": \"Registered twice\"}", n))
                .andExpect(status().isOk());
        mvc.perform(Requests.post("officer.bishkek", "/api/cases/{n}/custody", handOver(0, "1", "A", "B"), n))
                .andExpect(status().isConflict());
    }
}
