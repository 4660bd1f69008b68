package org.wildcase.seizure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.wildcase.CaseApi;
import org.wildcase.Requests;
import org.wildcase.WildcaseTest;
import org.wildcase.expertise.Conclusion;
import org.wildcase.expertise.ExpertiseConcluded;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The case's past-tense events as the modules that only need to know hear them: the stage periods are written from
 * them (in the same transaction) and the operator's counters count them (after commit).
 */
@WildcaseTest
@RecordApplicationEvents
class CaseEventsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Test
    void a_case_opened_questioned_and_withdrawn_tells_each_step_and_leaves_its_stage_periods() throws Exception {
        CaseApi api = new CaseApi(mvc);
        double withdrawnBefore = counted("wildcase.cases.closed", "status", "WITHDRAWN");
        double questionsBefore = counted("wildcase.expertise.concluded", "conclusion", "MORE_INFORMATION_NEEDED");

        String n = api.open("officer.bishkek", false);
        api.complete("expert", n, "IdentifySpecies", """
                {"conclusion": "MORE_INFORMATION_NEEDED", "question": "Were the birds ringed?"}""")
                .andExpect(status().isOk());
        mvc.perform(Requests.post("manager", "/api/cases/{n}/withdraw", "{\"reason\": \"Registered twice\"}", n))
                .andExpect(status().isOk());

        assertThat(events.stream(SeizureCaseOpened.class).filter(e -> e.caseNumber().equals(n)))
                .containsExactly(new SeizureCaseOpened(n, "BIS", Stage.EXPERTISE));
        assertThat(events.stream(ExpertiseConcluded.class).filter(e -> e.caseNumber().equals(n)))
                .containsExactly(new ExpertiseConcluded(n, 1, Conclusion.MORE_INFORMATION_NEEDED, "expert"));
        assertThat(events.stream(CaseStageReached.class).filter(e -> e.caseNumber().equals(n)))
                .containsExactly(new CaseStageReached(n, "BIS", Stage.EXPERTISE, Stage.AWAITING_INFORMATION));
        assertThat(events.stream(CaseClosed.class).filter(e -> e.caseNumber().equals(n)))
                .containsExactly(new CaseClosed(n, "BIS", CaseStatus.WITHDRAWN));

        List<Map<String, Object>> periods = jdbc.sql("select p.stage, p.left_at from case_stage_period p "
                + "join seizure_case c on c.id = p.case_id where c.case_number = :n order by p.id")
                .param("n", n).query().listOfRows();
        assertThat(periods).extracting(p -> p.get("stage")) // a case-insensitive row map
                .containsExactly("EXPERTISE", "AWAITING_INFORMATION");
        assertThat(periods).allSatisfy(p -> assertThat(p.get("left_at"))
                .as("every period ends when the case does").isNotNull());

        assertThat(counted("wildcase.cases.closed", "status", "WITHDRAWN")).isEqualTo(withdrawnBefore + 1);
        assertThat(counted("wildcase.expertise.concluded", "conclusion", "MORE_INFORMATION_NEEDED"))
                .isEqualTo(questionsBefore + 1);
    }

    @Test
    void a_refused_conclusion_tells_nobody() throws Exception {
        String n = new CaseApi(mvc).open("officer.bishkek", false);
        new CaseApi(mvc).complete("expert", n, "IdentifySpecies", "{\"conclusion\": \"MORE_INFORMATION_NEEDED\"}")
                .andExpect(status().isBadRequest());
        assertThat(events.stream(ExpertiseConcluded.class).filter(e -> e.caseNumber().equals(n))).isEmpty();
        assertThat(events.stream(CaseStageReached.class).filter(e -> e.caseNumber().equals(n))).isEmpty();
    }

    private double counted(String name, String tag, String value) {
        var counter = meters.find(name).tag(tag, value).counter();
        return counter == null ? 0 : counter.count();
    }
}
