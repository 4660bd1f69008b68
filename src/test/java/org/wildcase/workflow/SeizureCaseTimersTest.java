package org.wildcase.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.wildcase.CaseApi;
import org.wildcase.Requests;
import org.wildcase.WildcaseTest;

/**
 * The timers of the case flow, fired by moving the engine's clock: deadlines in working days around holidays, the
 * 24-hour deadline for live specimens, payment deadlines, investigation reminders and welfare checks. Each marks the
 * case overdue for the managers' overview and leaves the task where it is.
 */
@WildcaseTest
class SeizureCaseTimersTest {

    static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");

    @Autowired
    MockMvc mvc;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    CaseApi api;

    @BeforeEach
    void setUp() {
        api = new CaseApi(mvc);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    static void clockAt(ZonedDateTime at) {
        ClockUtil.setCurrentTime(Date.from(at.toInstant()));
    }

    List<Job> timers(String caseNumber) {
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
        return management.createJobQuery().processInstanceId(pi).timers().list();
    }

    void fireTimersDueBy(String caseNumber, ZonedDateTime now) {
        clockAt(now);
        for (Job job : timers(caseNumber)) {
            if (!job.getDuedate().after(Date.from(now.toInstant()))) {
                management.executeJob(job.getId());
            }
        }
    }

    Date due(String caseNumber, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskKey)
                .singleResult().getDueDate();
    }

    @Test
    void expertise_is_due_in_three_working_days_skipping_the_weekend_and_holidays() throws Exception {
        mvc.perform(Requests.post("admin", "/api/holidays", "{\"day\": \"2027-01-07\", \"name\": \"Orthodox Christmas\"}"))
                .andExpect(status().isCreated());
        mvc.perform(Requests.post("expert", "/api/holidays", "{\"day\": \"2027-01-08\", \"name\": \"x\"}"))
                .andExpect(status().isForbidden());
        // Registered on Tuesday 5 January 2027, 10:00 in Bishkek: Wed 6, (Thu 7 holiday), Fri 8, Mon 11.
        ZonedDateTime registered = ZonedDateTime.of(2027, 1, 5, 10, 0, 0, 0, BISHKEK);
        clockAt(registered);
        String n = api.open("officer.bishkek", false);
        assertThat(due(n, "IdentifySpecies").toInstant())
                .isEqualTo(ZonedDateTime.of(2027, 1, 11, 10, 0, 0, 0, BISHKEK).toInstant());
        assertThat(timers(n)).singleElement().satisfies(j -> assertThat(j.getDuedate())
                .isEqualTo(due(n, "IdentifySpecies")));

        fireTimersDueBy(n, ZonedDateTime.of(2027, 1, 11, 9, 59, 0, 0, BISHKEK));
        api.get("manager", n).andExpect(jsonPath("$.overdue").value(false));

        fireTimersDueBy(n, ZonedDateTime.of(2027, 1, 11, 10, 1, 0, 0, BISHKEK));
        api.get("manager", n)
                .andExpect(jsonPath("$.overdue").value(true))
                .andExpect(jsonPath("$.overdueReasons").value(contains("EXPERTISE_OVERDUE")))
                .andExpect(jsonPath("$.openTasks[*].taskKey").value(contains("IdentifySpecies")))
                .andExpect(jsonPath("$.history[*].who").value(hasItem("system")));
        mvc.perform(Requests.get("manager", "/api/cases").param("overdue", "true").param("q", n))
                .andExpect(jsonPath("$.content[0].caseNumber").value(n));
        mvc.perform(Requests.get("expert", "/api/tasks").param("overdue", "true").param("caseNumber", n))
                .andExpect(jsonPath("$.content[0].taskKey").value("IdentifySpecies"));

        api.complete("expert", n, "IdentifySpecies", "{\"conclusion\": \"VIOLATION\"}")
                .andExpect(jsonPath("$.overdue").value(false));
    }

    @Test
    void expertise_on_live_specimens_is_due_in_24_hours_and_welfare_checks_fall_due_every_three_days()
            throws Exception {
        ZonedDateTime registered = ZonedDateTime.of(2027, 2, 5, 16, 0, 0, 0, BISHKEK);
        clockAt(registered);
        String n = api.open("officer.bishkek", true);
        assertThat(due(n, "IdentifySpecies").toInstant()).isEqualTo(registered.plusHours(24).toInstant());

        api.complete("officer.bishkek", n, "RecordLiveSpecimenCare", """
                {"facility": "Rescue centre", "keeper": "Dr. K.", "placedAt": "2026-11-20T12:00:00+06:00"}""")
                .andExpect(status().isOk());
        fireTimersDueBy(n, registered.plusDays(3).plusMinutes(1));
        api.get("manager", n).andExpect(jsonPath("$.overdueReasons").value(
                org.hamcrest.Matchers.containsInAnyOrder("EXPERTISE_OVERDUE", "WELFARE_CHECK_DUE")));
        // The cycle goes on while the case is open.
        assertThat(timers(n)).anySatisfy(j -> assertThat(j.getDuedate().toInstant())
                .isAfter(registered.plusDays(5).toInstant()));
    }

    @Test
    void an_unpaid_penalty_marks_the_case_overdue_after_its_due_day() throws Exception {
        clockAt(ZonedDateTime.of(2027, 3, 1, 9, 0, 0, 0, BISHKEK));
        String n = api.open("officer.bishkek", false);
        api.complete("expert", n, "IdentifySpecies", "{\"conclusion\": \"VIOLATION\"}");
        api.complete("lawyer", n, "QualifyOffence", "{\"qualification\": \"ADMINISTRATIVE\", \"legalBasis\": \"Art. 305\"}");
        api.complete("lawyer", n, "RecordPenalty", """
                {"protocolNumber": "P-1", "fine": {"amount": 1000, "currency": "KGS"}, "paymentDue": "2027-03-15",
                 "recordedOn": "2026-11-20"}""");
        fireTimersDueBy(n, ZonedDateTime.of(2027, 3, 15, 23, 59, 0, 0, BISHKEK));
        api.get("manager", n).andExpect(jsonPath("$.overdue").value(false));
        fireTimersDueBy(n, ZonedDateTime.of(2027, 3, 16, 0, 1, 0, 0, BISHKEK));
        api.get("manager", n).andExpect(jsonPath("$.overdueReasons").value(contains("PAYMENT_OVERDUE")))
                .andExpect(jsonPath("$.openTasks[*].taskKey").value(contains("RecordPayment")));
        api.complete("lawyer", n, "RecordPayment", """
                {"paidOn": "2026-11-20", "amount": {"amount": 1000, "currency": "KGS"}}""")
                .andExpect(jsonPath("$.overdue").value(false))
                .andExpect(jsonPath("$.stage").value("DISPOSAL"));
    }

    @Test
    void an_awaited_investigation_outcome_is_recalled_every_thirty_days() throws Exception {
        ZonedDateTime start = ZonedDateTime.of(2027, 4, 1, 9, 0, 0, 0, BISHKEK);
        clockAt(start);
        String n = api.open("officer.bishkek", false);
        api.complete("expert", n, "IdentifySpecies", "{\"conclusion\": \"VIOLATION\"}");
        api.complete("lawyer", n, "QualifyOffence", "{\"qualification\": \"CRIMINAL\", \"legalBasis\": \"Art. 297\"}");
        api.complete("lawyer", n, "ReferToInvestigation", """
                {"agency": "Police", "referredOn": "2026-11-20"}""");
        fireTimersDueBy(n, start.plusDays(29));
        api.get("manager", n).andExpect(jsonPath("$.overdue").value(false));
        fireTimersDueBy(n, start.plusDays(30).plusMinutes(1));
        api.get("manager", n).andExpect(jsonPath("$.overdueReasons").value(contains("INVESTIGATION_OUTCOME_AWAITED")))
                .andExpect(jsonPath("$.openTasks.length()").value(0));
        mvc.perform(Requests.post("lawyer", "/api/cases/{n}/investigation-outcome", """
                {"outcome": "DISMISSED", "decidedAt": "2026-11-25"}""", n)).andExpect(status().isOk());
        api.get("manager", n).andExpect(jsonPath("$.overdue").value(false))
                .andExpect(jsonPath("$.stage").value("DISPOSAL"));
        assertThat(timers(n)).isEmpty();
    }
}
