package org.wildcase.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The seizure case model on its own engine, as the people of domain.md walk it: the expert, customs, the legal
 * officer, the disposal. No Spring and no database of ours: the model's beans (deadlines, pre-check, overdue marks)
 * are stand-ins that record what the model asked of them.
 */
@Deployment(resources = "bpmn/seizure-case.bpmn")
class SeizureCaseProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-tests.camunda.cfg.xml").build();

    private final List<String> prechecked = new ArrayList<>();

    /** The deadlines the model reads: far ahead, so that no timer is due during a test. */
    public static final class FarDeadlines {
        public Date expertiseDue(DelegateExecution execution) {
            return new Date(System.currentTimeMillis() + 30L * 24 * 3600 * 1000);
        }

        public Date paymentDue(DelegateExecution execution) {
            return new Date(System.currentTimeMillis() + 30L * 24 * 3600 * 1000);
        }

        public String investigationReminderCycle() {
            return "R/P30D";
        }

        public String welfareCheckCycle() {
            return "R/P30D";
        }
    }

    @BeforeEach
    void standIns() {
        init(engine.getProcessEngine());
        Mocks.register("deadlines", new FarDeadlines());
        Mocks.register("preCheckDelegate", (JavaDelegate) execution -> prechecked.add(execution.getBusinessKey()));
        Mocks.register("markOverdueDelegate", (JavaDelegate) execution -> { });
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    private ProcessInstance registered(boolean anyLive) {
        return runtimeService().startProcessInstanceByKey(TaskKeys.PROCESS, "BIS-2026-00001",
                Map.of(ProcessVariables.CASE_ID, 1L, ProcessVariables.ANY_LIVE, anyLive));
    }

    @Test
    void a_registered_seizure_is_pre_checked_and_waits_for_the_expert() {
        ProcessInstance c = registered(false);

        assertThat(prechecked).containsExactly("BIS-2026-00001");
        assertThat(c).isWaitingAt(TaskKeys.IDENTIFY_SPECIES);
        assertThat(task(TaskKeys.IDENTIFY_SPECIES, c)).hasCandidateGroup("cites-expert");
        // The due date comes from the deadlines bean, as the task list shows it.
        org.assertj.core.api.Assertions.assertThat(task(TaskKeys.IDENTIFY_SPECIES, c).getDueDate()).isInTheFuture();
    }

    @Test
    void live_specimens_are_cared_for_beside_the_expertise() {
        ProcessInstance c = registered(true);

        assertThat(c).isWaitingAt(TaskKeys.IDENTIFY_SPECIES, TaskKeys.RECORD_LIVE_SPECIMEN_CARE);
        assertThat(task(TaskKeys.RECORD_LIVE_SPECIMEN_CARE, c)).hasCandidateGroup("customs-officer")
                .hasCandidateGroup("cites-expert");
    }

    @Test
    void no_violation_releases_the_consignment_and_ends_the_case() {
        ProcessInstance c = registered(false);

        complete(task(TaskKeys.IDENTIFY_SPECIES, c), Map.of(ProcessVariables.CONCLUSION, "NO_VIOLATION"));
        assertThat(c).isWaitingAt(TaskKeys.RELEASE_CONSIGNMENT);
        assertThat(task(TaskKeys.RELEASE_CONSIGNMENT, c)).hasCandidateGroup("customs-officer");

        complete(task(TaskKeys.RELEASE_CONSIGNMENT, c));
        assertThat(c).hasPassed("EndEvent_Released").isEnded();
    }

    @Test
    void a_question_goes_to_customs_and_the_answer_back_to_the_expert() {
        ProcessInstance c = registered(false);

        complete(task(TaskKeys.IDENTIFY_SPECIES, c), Map.of(ProcessVariables.CONCLUSION, "MORE_INFORMATION_NEEDED"));
        assertThat(c).isWaitingAt(TaskKeys.PROVIDE_INFORMATION);

        complete(task(TaskKeys.PROVIDE_INFORMATION, c));
        assertThat(c).isWaitingAt(TaskKeys.IDENTIFY_SPECIES);
    }

    @Test
    void an_administrative_offence_is_fined_paid_and_its_specimens_disposed_of() {
        ProcessInstance c = registered(false);

        complete(task(TaskKeys.IDENTIFY_SPECIES, c), Map.of(ProcessVariables.CONCLUSION, "VIOLATION"));
        assertThat(c).isWaitingAt(TaskKeys.QUALIFY_OFFENCE);
        complete(task(TaskKeys.QUALIFY_OFFENCE, c), Map.of(ProcessVariables.QUALIFICATION, "ADMINISTRATIVE"));
        assertThat(c).isWaitingAt(TaskKeys.RECORD_PENALTY);
        complete(task(TaskKeys.RECORD_PENALTY, c));
        assertThat(c).isWaitingAt(TaskKeys.RECORD_PAYMENT);
        complete(task(TaskKeys.RECORD_PAYMENT, c));
        assertThat(c).isWaitingAt(TaskKeys.DECIDE_DISPOSAL);
        assertThat(task(TaskKeys.DECIDE_DISPOSAL, c)).hasCandidateGroup("cites-expert");
        complete(task(TaskKeys.DECIDE_DISPOSAL, c));
        assertThat(c).isWaitingAt(TaskKeys.RECORD_DISPOSAL);
        complete(task(TaskKeys.RECORD_DISPOSAL, c));
        assertThat(c).hasPassed("EndEvent_Closed").isEnded();
    }

    @Test
    void a_criminal_offence_waits_for_the_investigation_outcome_before_the_disposal() {
        ProcessInstance c = registered(false);
        complete(task(TaskKeys.IDENTIFY_SPECIES, c), Map.of(ProcessVariables.CONCLUSION, "VIOLATION"));
        complete(task(TaskKeys.QUALIFY_OFFENCE, c), Map.of(ProcessVariables.QUALIFICATION, "CRIMINAL"));

        assertThat(c).isWaitingAt(TaskKeys.REFER_TO_INVESTIGATION);
        complete(task(TaskKeys.REFER_TO_INVESTIGATION, c));
        assertThat(c).isWaitingAt("Task_AwaitInvestigationOutcome");
        assertThat(taskQuery().processInstanceId(c.getId()).count()).as("nobody's task while it waits").isZero();

        runtimeService().createMessageCorrelation("InvestigationOutcome").processInstanceBusinessKey("BIS-2026-00001")
                .correlate();
        assertThat(c).isWaitingAt(TaskKeys.DECIDE_DISPOSAL);
    }

    @Test
    void a_manager_withdraws_a_case_at_any_open_step() {
        ProcessInstance c = registered(true);

        runtimeService().createMessageCorrelation("CaseWithdrawn").processInstanceBusinessKey("BIS-2026-00001")
                .correlate();

        assertThat(c).hasPassed("EndEvent_Withdrawn").isEnded();
    }
}
