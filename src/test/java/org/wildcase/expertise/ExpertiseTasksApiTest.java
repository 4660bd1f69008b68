package org.wildcase.expertise;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.wildcase.CaseApi;
import org.wildcase.WildcaseTest;

/**
 * IdentifySpecies and ProvideInformation over REST: null rows named, texts within their columns, and a line of term
 * LIV identified as live ({@link CaseApi}'s live case registers its falcons as LIV, line 0).
 */
@WildcaseTest
class ExpertiseTasksApiTest {

    @Autowired
    MockMvc mvc;

    CaseApi api;

    @BeforeEach
    void api() {
        api = new CaseApi(mvc);
    }

    @Test
    void null_identifications_and_reasons_are_400s_naming_the_element() throws Exception {
        String n = api.open("officer.bishkek", false);
        api.complete("expert", n, "IdentifySpecies", """
                {"conclusion": "VIOLATION", "identifications": [null],
                 "documentAssessments": [{"documentIndex": 0, "verdict": "SUSPECTED_FAKE", "reasons": [null]}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("documentAssessments[0].reasons[0]",
                        "identifications[0]")));
        api.complete("expert", n, "IdentifySpecies", """
                {"conclusion": "VIOLATION", "opinion": "%s"}""".formatted("o".repeat(10_001)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("opinion")));
        api.get("manager", n).andExpect(jsonPath("$.expertise").doesNotExist());
    }

    @Test
    void a_line_of_term_liv_may_not_be_identified_as_not_live_and_is_live_when_left_out() throws Exception {
        String n = api.open("officer.bishkek", true);
        api.complete("expert", n, "IdentifySpecies", """
                {"conclusion": "VIOLATION",
                 "identifications": [{"specimenIndex": 0, "scientificName": "Falco cherrug", "live": false}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("identifications[0].live")));
        api.complete("expert", n, "IdentifySpecies", """
                {"conclusion": "VIOLATION",
                 "identifications": [{"specimenIndex": 0, "scientificName": "Falco cherrug"},
                                     {"specimenIndex": 1, "scientificName": "Panthera uncia", "live": false}]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.expertise.rounds[0].identifications[0].live").value(true))
                .andExpect(jsonPath("$.expertise.rounds[0].identifications[1].live").value(false));
    }

    @Test
    void an_answer_longer_than_its_column_is_a_400_and_the_question_stays_open() throws Exception {
        String n = api.open("officer.bishkek", false);
        api.complete("expert", n, "IdentifySpecies", """
                {"conclusion": "MORE_INFORMATION_NEEDED", "question": "%s"}""".formatted("q".repeat(5000)))
                .andExpect(status().isOk());
        api.complete("officer.bishkek", n, "ProvideInformation", """
                {"answer": "%s"}""".formatted("a".repeat(10_001)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("answer")));
        api.complete("officer.bishkek", n, "ProvideInformation", "{\"answer\": \"Photographs attached\"}")
                .andExpect(status().isOk());
    }
}
