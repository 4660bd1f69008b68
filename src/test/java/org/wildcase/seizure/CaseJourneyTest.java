package org.wildcase.seizure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.wildcase.CaseApi;
import org.wildcase.Requests;
import org.wildcase.WildcaseTest;
import org.wildcase.workflow.CaseWorkflow;
import org.wildcase.workflow.ProcessVariables;

import com.jayway.jsonpath.JsonPath;

/** Cases taken through every path of the flow over REST, as the demo users, with the rules of api.md. */
@WildcaseTest
public class CaseJourneyTest {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    CaseWorkflow workflow;

    CaseApi api;

    @org.junit.jupiter.api.BeforeEach
    void api() {
        api = new CaseApi(mvc);
    }

    static String registration(boolean live, String permitNumber) {
        return CaseApi.registration(live, permitNumber);
    }

    String open(String user, boolean live) throws Exception {
        return api.open(user, live);
    }

    String taskId(String user, String caseNumber, String taskKey) throws Exception {
        return api.taskId(user, caseNumber, taskKey);
    }

    ResultActions complete(String user, String caseNumber, String taskKey, String body) throws Exception {
        return api.complete(user, caseNumber, taskKey, body);
    }

    @Test
    void a_customs_officer_registers_a_case_with_its_findings_and_the_expert_gets_the_task() throws Exception {
        MockHttpServletResponse r = mvc.perform(Requests.post("officer.bishkek", "/api/cases",
                registration(false, "KG-J-UNREGISTERED")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern(
                        "/api/cases/BIS-\\d{4}-\\d{5}")))
                .andExpect(jsonPath("$.unit").value("BIS"))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.stage").value("EXPERTISE"))
                .andExpect(jsonPath("$.overdue").value(false))
                .andExpect(jsonPath("$.specimens[1].index").value(1))
                .andExpect(jsonPath("$.specimens[1].appendix").value("I"))
                .andExpect(jsonPath("$.documents[0].index").value(0))
                .andExpect(jsonPath("$.findings[*].code").value(hasItem("EXPORT_PERMIT_MISSING")))
                .andExpect(jsonPath("$.findings[*].code").value(hasItem("PURPOSE_NOT_PERMITTED")))
                .andExpect(jsonPath("$.openTasks[*].taskKey").value(org.hamcrest.Matchers.contains("IdentifySpecies")))
                .andExpect(jsonPath("$.history[0].who").value("officer.bishkek"))
                .andExpect(jsonPath("$.history[1].who").value("system"))
                .andReturn().getResponse();
        String caseNumber = JsonPath.read(r.getContentAsString(), "$.caseNumber");
        taskId("expert", caseNumber, "IdentifySpecies");
        assertThat(workflow.variables(caseNumber).keySet()).isSubsetOf(ProcessVariables.ALL)
                .contains(ProcessVariables.CASE_ID);
    }

    @Test
    void who_sees_a_case() throws Exception {
        String n = open("officer.bishkek", false);
        mvc.perform(Requests.get("officer.bishkek", "/api/cases/{n}", n)).andExpect(status().isOk());
        mvc.perform(Requests.get("officer.osh", "/api/cases/{n}", n)).andExpect(status().isNotFound());
        mvc.perform(Requests.get("expert", "/api/cases/{n}", n)).andExpect(status().isOk());
        mvc.perform(Requests.get("manager", "/api/cases/{n}", n)).andExpect(status().isOk());
        mvc.perform(Requests.get("lawyer", "/api/cases/{n}", n)).andExpect(status().isNotFound());
        mvc.perform(Requests.get("permits", "/api/cases/{n}", n)).andExpect(status().isNotFound());
        mvc.perform(Requests.get("integration", "/api/cases/{n}", n)).andExpect(status().isForbidden());
        mvc.perform(Requests.get("officer.osh", "/api/cases").param("q", n))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(Requests.get("officer.bishkek", "/api/cases").param("q", n))
                .andExpect(jsonPath("$.content[0].caseNumber").value(n));
        mvc.perform(Requests.get("officer.osh", "/api/tasks").param("caseNumber", n))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(Requests.post("expert", "/api/cases", registration(false, "X"))).andExpect(status().isForbidden());
    }

    @Test
    void a_party_name_or_document_number_finds_the_case() throws Exception {
        String body = registration(false, "KG-J-UNREGISTERED").replace(
                "{\"role\": \"SUSPECT\", \"name\": \"A. Person\", \"nationality\": \"AE\"}",
                "{\"role\": \"CARRIER\", \"name\": \"Асанов Бакыт\", \"nationality\": \"KG\", "
                        + "\"identityDocumentType\": \"PASSPORT\", \"identityDocument\": \"AC7781234\"}");
        assertThat(body).contains("Асанов");
        String n = JsonPath.read(mvc.perform(Requests.post("officer.bishkek", "/api/cases", body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.caseNumber");
        for (String q : List.of("асанов", "БАКЫТ", "ac7781234")) {
            mvc.perform(Requests.get("manager", "/api/cases").param("q", q))
                    .andExpect(jsonPath("$.content[*].caseNumber").value(hasItem(n)));
        }
        mvc.perform(Requests.get("officer.osh", "/api/cases").param("q", "асанов"))
                .andExpect(jsonPath("$.totalElements").value(0));
        // Wildcards are the caller's letters: "%" and "_" match themselves, not everything.
        for (String q : List.of("%", "_", "\\")) {
            mvc.perform(Requests.get("manager", "/api/cases").param("q", q))
                    .andExpect(jsonPath("$.totalElements").value(0));
        }
    }

    @Test
    void no_violation_releases_the_consignment_and_uses_the_permit() throws Exception {
        mvc.perform(Requests.post("permits", "/api/permits", """
                {"number": "KG-J-REL-1", "type": "EXPORT_PERMIT", "issuedOn": "2026-11-01",
                 "lines": [{"scientificName": "Falco cherrug", "term": "BOD", "quantity": 4}]}"""))
                .andExpect(status().isCreated());
        String n = JsonPath.read(mvc.perform(Requests.post("officer.bishkek", "/api/cases",
                registration(false, "KG-J-REL-1"))).andReturn().getResponse().getContentAsString(), "$.caseNumber");
        complete("expert", n, "IdentifySpecies", """
                {"identifications": [{"specimenIndex": 0, "scientificName": "Falco cherrug", "quantity": 4}],
                 "documentAssessments": [{"documentIndex": 0, "verdict": "AUTHENTIC"}],
                 "conclusion": "NO_VIOLATION", "opinion": "Captive-bred, permit in order"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("RELEASE"))
                .andExpect(jsonPath("$.expertise.conclusion").value("NO_VIOLATION"))
                .andExpect(jsonPath("$.expertise.rounds[0].identifications[0].appendix").value("II"));
        complete("officer.bishkek", n, "ReleaseConsignment", "{\"note\": \"Released at gate 3\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RELEASED"))
                .andExpect(jsonPath("$.stage").value("DONE"))
                .andExpect(jsonPath("$.openTasks.length()").value(0));
        mvc.perform(Requests.get("expert", "/api/permits/KG-J-REL-1"))
                .andExpect(jsonPath("$.status").value("USED"))
                .andExpect(jsonPath("$.usedByCase").value(n))
                .andExpect(jsonPath("$.lines[0].shippedQuantity").value(4));
    }

    @Test
    void more_information_goes_to_customs_and_back_to_the_expert() throws Exception {
        String n = open("officer.bishkek", false);
        complete("expert", n, "IdentifySpecies", "{\"conclusion\": \"MORE_INFORMATION_NEEDED\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("question"));
        complete("expert", n, "IdentifySpecies", """
                {"conclusion": "MORE_INFORMATION_NEEDED", "question": "Were the birds ringed?"}""")
                .andExpect(jsonPath("$.stage").value("AWAITING_INFORMATION"))
                .andExpect(jsonPath("$.openTasks[*].taskKey").value(org.hamcrest.Matchers.contains("ProvideInformation")));
        mvc.perform(Requests.get("officer.osh", "/api/tasks").param("caseNumber", n))
                .andExpect(jsonPath("$.totalElements").value(0));
        complete("officer.bishkek", n, "ProvideInformation", "{\"answer\": \"No rings\"}")
                .andExpect(jsonPath("$.stage").value("EXPERTISE"))
                .andExpect(jsonPath("$.expertise.rounds[0].answer").value("No rings"));
        taskId("expert", n, "IdentifySpecies");
    }

    @Test
    void administrative_violation_goes_through_penalty_payment_and_disposal_to_closed() throws Exception {
        String n = open("officer.bishkek", false);
        complete("expert", n, "IdentifySpecies", "{\"conclusion\": \"VIOLATION\", \"opinion\": \"No permit\"}")
                .andExpect(jsonPath("$.stage").value("LEGAL"));
        mvc.perform(Requests.get("lawyer", "/api/cases/{n}", n)).andExpect(status().isOk());
        complete("lawyer", n, "QualifyOffence", """
                {"qualification": "ADMINISTRATIVE", "legalBasis": "Code of Offences, Art. 305"}""")
                .andExpect(jsonPath("$.legal.qualification").value("ADMINISTRATIVE"));
        complete("lawyer", n, "RecordPenalty", """
                {"protocolNumber": "P-77", "fine": {"amount": 50000, "currency": "KGS"}, "confiscation": true,
                 "paymentDue": "2026-12-20", "recordedOn": "2026-11-24"}""")
                .andExpect(jsonPath("$.openTasks[0].taskKey").value("RecordPayment"))
                .andExpect(jsonPath("$.openTasks[0].due").value(org.hamcrest.Matchers.startsWith("2026-12-20")));
        complete("lawyer", n, "RecordPayment", """
                {"paidOn": "2099-01-01", "amount": {"amount": 50000, "currency": "KGS"}}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("paidOn"));
        complete("lawyer", n, "RecordPayment", """
                {"paidOn": "2026-11-25", "amount": {"amount": 50000, "currency": "KGS"}}""")
                .andExpect(jsonPath("$.stage").value("DISPOSAL"));
        complete("expert", n, "DecideDisposal", """
                {"disposals": [{"specimenIndex": 0, "method": "RESCUE_CENTRE", "destination": "Bishkek rescue centre"},
                               {"specimenIndex": 1, "quantity": 1, "method": "EVIDENCE_STORAGE"}]}""")
                .andExpect(jsonPath("$.disposals[0].quantity").value(4));
        complete("officer.bishkek", n, "RecordDisposal", """
                {"completedOn": "2026-11-26", "note": "Handed over",
                 "custody": [{"specimenIndex": 0, "quantity": 4, "from": "Customs BIS", "to": "Rescue centre",
                              "handedOverBy": "Officer A", "receivedBy": "Keeper B", "at": "2026-11-26T10:00:00+06:00"}]}""")
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.stage").value("DONE"))
                .andExpect(jsonPath("$.custody[0].to").value("Rescue centre"));
    }

    @Test
    void criminal_violation_waits_for_the_investigation_outcome() throws Exception {
        String n = open("officer.bishkek", false);
        complete("expert", n, "IdentifySpecies", "{\"conclusion\": \"VIOLATION\"}");
        complete("lawyer", n, "QualifyOffence", """
                {"qualification": "CRIMINAL", "legalBasis": "Criminal Code, Art. 297"}""");
        String outcome = """
                {"outcome": "CONVICTED", "reference": "GKNB-2026-15", "decidedAt": "2026-11-26", "note": "Fine"}""";
        mvc.perform(Requests.post("integration", "/api/cases/{n}/investigation-outcome", outcome, n))
                .andExpect(status().isConflict());
        complete("lawyer", n, "ReferToInvestigation", """
                {"agency": "State Committee for National Security", "referredOn": "2026-11-24", "reference": "R-9"}""")
                .andExpect(jsonPath("$.openTasks.length()").value(0))
                .andExpect(jsonPath("$.stage").value("LEGAL"));
        mvc.perform(Requests.post("expert", "/api/cases/{n}/investigation-outcome", outcome, n))
                .andExpect(status().isForbidden());
        mvc.perform(Requests.post("integration", "/api/cases/{n}/investigation-outcome", outcome, n))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome.outcome").value("CONVICTED"));
        mvc.perform(Requests.get("manager", "/api/cases/{n}", n))
                .andExpect(jsonPath("$.stage").value("DISPOSAL"))
                .andExpect(jsonPath("$.openTasks[0].taskKey").value("DecideDisposal"));
        mvc.perform(Requests.post("integration", "/api/cases/{n}/investigation-outcome", outcome, n))
                .andExpect(status().isConflict());
        mvc.perform(Requests.post("integration", "/api/cases/{n}/investigation-outcome", outcome, "BIS-1999-99999"))
                .andExpect(status().isNotFound());
    }

    @Test
    void live_specimens_get_a_care_task_that_ends_with_the_case() throws Exception {
        String n = open("officer.bishkek", true);
        mvc.perform(Requests.get("manager", "/api/cases/{n}", n))
                .andExpect(jsonPath("$.openTasks[*].taskKey").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "IdentifySpecies", "RecordLiveSpecimenCare")));
        String careTask = taskId("expert", n, "RecordLiveSpecimenCare");
        mvc.perform(Requests.post("officer.osh", "/api/tasks/{id}/claim", null, careTask))
                .andExpect(status().isNotFound());
        mvc.perform(Requests.post("officer.osh", "/api/tasks/{id}/complete", """
                {"facility": "Elsewhere", "keeper": "X", "placedAt": "2026-11-20T12:00:00+06:00"}""", careTask))
                .andExpect(status().isNotFound());
        mvc.perform(Requests.post("lawyer", "/api/tasks/{id}/claim", null, careTask))
                .andExpect(status().isForbidden());
        complete("officer.bishkek", n, "RecordLiveSpecimenCare", """
                {"facility": "Bishkek rescue centre", "keeper": "Dr. K.", "placedAt": "2026-11-20T12:00:00+06:00"}""")
                .andExpect(jsonPath("$.care[0].facility").value("Bishkek rescue centre"));
        complete("expert", n, "IdentifySpecies", "{\"conclusion\": \"NO_VIOLATION\"}");
        complete("officer.bishkek", n, "ReleaseConsignment", "{}").andExpect(jsonPath("$.status").value("RELEASED"));
        assertThat(workflow.openTasks(n)).isEmpty();
        assertThat(workflow.variables(n)).isEmpty();
    }

    @Test
    void a_manager_withdraws_a_case_at_any_stage() throws Exception {
        String n = open("officer.bishkek", true);
        mvc.perform(Requests.post("expert", "/api/cases/{n}/withdraw", "{\"reason\": \"x\"}", n))
                .andExpect(status().isForbidden());
        mvc.perform(Requests.post("manager", "/api/cases/{n}/withdraw", "{}", n)).andExpect(status().isBadRequest());
        mvc.perform(Requests.post("manager", "/api/cases/{n}/withdraw", "{\"reason\": \"Registered twice\"}", n))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"))
                .andExpect(jsonPath("$.stage").value("DONE"))
                .andExpect(jsonPath("$.withdrawalReason").value("Registered twice"))
                .andExpect(jsonPath("$.openTasks.length()").value(0))
                .andExpect(jsonPath("$.history[*].who").value(hasItem("manager")));
        assertThat(workflow.openTasks(n)).isEmpty();
        mvc.perform(Requests.post("manager", "/api/cases/{n}/withdraw", "{\"reason\": \"again\"}", n))
                .andExpect(status().isConflict());
    }

    @Test
    void tasks_held_by_others_completed_tasks_and_bad_bodies() throws Exception {
        String n = open("officer.bishkek", false);
        String id = taskId("expert", n, "IdentifySpecies");
        mvc.perform(Requests.post("lawyer", "/api/tasks/{id}/complete", "{\"conclusion\": \"VIOLATION\"}", id))
                .andExpect(status().isForbidden());
        mvc.perform(Requests.post("expert", "/api/tasks/{id}/complete", "{\"conclusion\": \"GUILTY\"}", id))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("conclusion"));
        mvc.perform(Requests.post("expert", "/api/tasks/{id}/complete", """
                {"conclusion": "VIOLATION", "identifications": [{"specimenIndex": 7, "scientificName": "X"}]}""", id))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("identifications[0].specimenIndex"));
        mvc.perform(Requests.get("expert", "/api/cases/{n}", n))
                .andExpect(jsonPath("$.stage").value("EXPERTISE"))
                .andExpect(jsonPath("$.expertise").doesNotExist())
                .andExpect(jsonPath("$.openTasks[0].taskId").value(id));
        mvc.perform(Requests.post("expert", "/api/tasks/{id}/claim", null, id)).andExpect(status().isOk());
        mvc.perform(Requests.get("expert", "/api/tasks").param("caseNumber", n))
                .andExpect(jsonPath("$.content[0].assignee").value("expert"));
        mvc.perform(Requests.post("expert", "/api/tasks/{id}/unclaim", null, id)).andExpect(status().isOk());
        mvc.perform(Requests.post("expert", "/api/tasks/{id}/complete", "{\"conclusion\": \"VIOLATION\"}", id))
                .andExpect(status().isOk());
        mvc.perform(Requests.post("expert", "/api/tasks/{id}/complete", "{\"conclusion\": \"VIOLATION\"}", id))
                .andExpect(status().isConflict());
        mvc.perform(Requests.post("expert", "/api/tasks/{id}/complete", "{}", "no-such-task"))
                .andExpect(status().isNotFound());
    }

    @Test
    void two_experts_completing_one_task_at_once_give_one_winner_and_one_409() throws Exception {
        for (int round = 0; round < 3; round++) {
            String n = open("officer.bishkek", false);
            String id = taskId("expert", n, "IdentifySpecies");
            ExecutorService pool = Executors.newFixedThreadPool(2);
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            Callable<Integer> call = () -> {
                start.await();
                return mvc.perform(Requests.post("expert", "/api/tasks/{id}/complete",
                        "{\"conclusion\": \"VIOLATION\"}", id)).andReturn().getResponse().getStatus();
            };
            Future<Integer> a = pool.submit(call);
            Future<Integer> b = pool.submit(call);
            start.countDown();
            List<Integer> statuses = List.of(a.get(), b.get());
            pool.shutdown();
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            mvc.perform(Requests.get("manager", "/api/cases/{n}", n))
                    .andExpect(jsonPath("$.openTasks[*].taskKey").value(org.hamcrest.Matchers.contains("QualifyOffence")))
                    .andExpect(jsonPath("$.history[*].what").value(not(hasItem(
                            org.hamcrest.Matchers.containsString("twice")))));
        }
    }

    @Test
    void case_numbers_are_unique_when_many_officers_register_at_once() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> numbers = new java.util.ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String user = i % 2 == 0 ? "officer.bishkek" : "officer.osh";
            numbers.add(pool.submit(() -> open(user, false)));
        }
        java.util.Set<String> distinct = new java.util.HashSet<>();
        for (Future<String> f : numbers) {
            distinct.add(f.get());
        }
        pool.shutdown();
        assertThat(distinct).hasSize(24);
        assertThat(distinct).allMatch(x -> x.matches("(BIS|OSH)-\\d{4}-\\d{5}"));
    }

    @Test
    void an_invalid_registration_stores_nothing() throws Exception {
        long before = JsonPath.<Integer>read(mvc.perform(Requests.get("manager", "/api/cases")).andReturn()
                .getResponse().getContentAsString(), "$.totalElements");
        mvc.perform(Requests.post("officer.bishkek", "/api/cases", """
                {"seizedAt": "2026-11-20T09:30:00+06:00", "direction": "EXPORT",
                 "specimens": [{"scientificName": "Falco cherrug", "quantity": 0}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("location",
                        "transportMode", "specimens[0].description", "specimens[0].quantity")));
        long after = JsonPath.<Integer>read(mvc.perform(Requests.get("manager", "/api/cases")).andReturn()
                .getResponse().getContentAsString(), "$.totalElements");
        assertThat(after).isEqualTo(before);
    }
}
