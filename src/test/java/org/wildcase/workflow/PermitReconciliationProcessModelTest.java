package org.wildcase.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Date;
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
 * The permit reconciliation model on its own engine: a run without discrepancies ends at once; one with
 * discrepancies waits for the permit officer until every one is decided. The reconciling itself is a stand-in that
 * says whether anything is left undecided.
 */
@Deployment(resources = "bpmn/permit-reconciliation.bpmn")
class PermitReconciliationProcessModelTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-tests.camunda.cfg.xml").build();

    /** The review deadline the model reads. */
    public static final class ReviewDeadline {
        public Date reviewDue(DelegateExecution execution) {
            return new Date(System.currentTimeMillis() + 7L * 24 * 3600 * 1000);
        }
    }

    private ProcessInstance run(boolean discrepancies) {
        Mocks.register("reconcileDelegate", (JavaDelegate) e -> e.setVariable("anyUndecided", discrepancies));
        return runtimeService().startProcessInstanceByKey("PermitReconciliation", "REC-2026-11-BIS",
                Map.of("runId", 1L));
    }

    @BeforeEach
    void standIns() {
        init(engine.getProcessEngine());
        Mocks.register("deadlines", new ReviewDeadline());
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void a_run_without_discrepancies_has_nothing_to_review() {
        assertThat(run(false)).hasPassed("EndEvent_NothingToReview").isEnded();
    }

    @Test
    void the_permit_officer_reviews_until_every_discrepancy_is_decided() {
        ProcessInstance run = run(true);
        assertThat(run).isWaitingAt("ReviewDiscrepancies");
        assertThat(task("ReviewDiscrepancies", run)).hasCandidateGroup("cites-permit-officer");

        complete(task("ReviewDiscrepancies", run), Map.of("anyUndecided", true));
        assertThat(run).as("some are left: another round").isWaitingAt("ReviewDiscrepancies");

        complete(task("ReviewDiscrepancies", run), Map.of("anyUndecided", false));
        assertThat(run).hasPassed("EndEvent_AllDecided").isEnded();
    }
}
