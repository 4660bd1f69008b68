package org.wildcase.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wildcase.reconciliation.RunFixture.FROM;
import static org.wildcase.reconciliation.RunFixture.PERMITS;
import static org.wildcase.reconciliation.RunFixture.TO;
import static org.wildcase.reconciliation.RunFixture.csv;
import static org.wildcase.reconciliation.RunFixture.stream;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.wildcase.WildcaseTest;
import org.wildcase.permit.PermitRegister;
import org.wildcase.reconciliation.Reconciliations.Decision;
import org.wildcase.reconciliation.Reconciliations.DecisionKind;
import org.wildcase.reconciliation.Reconciliations.DiscrepancyFilter;
import org.wildcase.reconciliation.Reconciliations.DiscrepancyView;
import org.wildcase.reconciliation.Reconciliations.RunStatus;
import org.wildcase.reconciliation.Reconciliations.RunSummary;
import org.wildcase.workflow.ReconciliationWorkflow;
import org.wildcase.workflow.WorkingDays;

/**
 * bpmn/permit-reconciliation.bpmn, every path: a run without discrepancies ends at once; one with discrepancies
 * waits for a permit officer's review, which comes back while any stays undecided and ends the run when none does.
 */
@WildcaseTest
class PermitReconciliationProcessTest {

    @Autowired
    Reconciliations reconciliations;

    @Autowired
    PermitRegister register;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Autowired
    WorkingDays workingDays;

    final RunFixture fixture = new RunFixture();

    RunSummary importRun(String... rows) {
        return reconciliations.importRecords("records.csv", stream(csv(rows)), FROM, TO, PERMITS);
    }

    HistoricProcessInstance process(String runNumber) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(runNumber).singleResult();
    }

    boolean passed(String runNumber, String activityId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(process(runNumber).getId())
                .activityId(activityId).count() > 0;
    }

    List<Task> reviews(String runNumber) {
        return tasks.createTaskQuery().processInstanceBusinessKey(runNumber).list();
    }

    List<DiscrepancyView> discrepancies(String runNumber) {
        return reconciliations.discrepancies(runNumber, DiscrepancyFilter.ALL, PERMITS, PageRequest.of(0, 50))
                .getContent();
    }

    @Test
    void a_run_without_discrepancies_ends_at_once() {
        RunSummary run = importRun(fixture.good(fixture.permit(register)));

        assertThat(run.discrepancies()).isZero();
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.reviewTaskId()).isNull();
        assertThat(process(run.number()).getEndTime()).isNotNull();
        assertThat(passed(run.number(), "Task_Reconcile")).isTrue();
        assertThat(passed(run.number(), "EndEvent_NothingToReview")).isTrue();
        assertThat(passed(run.number(), ReconciliationWorkflow.REVIEW_DISCREPANCIES)).isFalse();
    }

    @Test
    void discrepancies_wait_for_a_permit_officers_review_due_in_ten_working_days() {
        RunSummary run = importRun(fixture.good(fixture.permit(register)), fixture.twoBad());

        assertThat(run.status()).isEqualTo(RunStatus.UNDER_REVIEW);
        List<Task> open = reviews(run.number());
        assertThat(open).singleElement().satisfies(t -> {
            assertThat(t.getTaskDefinitionKey()).isEqualTo(ReconciliationWorkflow.REVIEW_DISCREPANCIES);
            assertThat(t.getId()).isEqualTo(run.reviewTaskId());
            ZoneId bishkek = ZoneId.of("Asia/Bishkek");
            LocalDate created = t.getCreateTime().toInstant().atZone(bishkek).toLocalDate();
            assertThat(t.getDueDate().toInstant().atZone(bishkek).toLocalDate())
                    .isEqualTo(workingDays.addWorkingDays(created, 10));
        });
        assertThat(tasks.getIdentityLinksForTask(run.reviewTaskId())).anySatisfy(
                l -> assertThat(l.getGroupId()).isEqualTo("cites-permit-officer"));
    }

    @Test
    void the_process_holds_only_the_run_id_and_the_gateway_flag() {
        RunSummary run = importRun(fixture.twoBad());

        String pi = process(run.number()).getId();
        assertThat(runtime.getVariables(pi)).containsOnlyKeys(ReconciliationWorkflow.RUN_ID,
                ReconciliationWorkflow.ANY_UNDECIDED);
        assertThat(runtime.getVariables(pi)).containsEntry(ReconciliationWorkflow.ANY_UNDECIDED, true);
    }

    @Test
    void partial_decisions_are_followed_by_a_new_review_task_and_the_last_ones_end_the_run() {
        RunSummary run = importRun(fixture.twoBad());
        List<DiscrepancyView> found = discrepancies(run.number());
        assertThat(found).hasSize(2);

        RunSummary after = reconciliations.decide(run.number(), List.of(new Decision(found.get(0).id(),
                DecisionKind.ACCEPTED, "Permit number missed by the declarant; permit KG-1 covers it", null, null)),
                PERMITS);

        assertThat(after.undecided()).isEqualTo(1);
        assertThat(after.status()).isEqualTo(RunStatus.UNDER_REVIEW);
        assertThat(after.reviewTaskId()).isNotNull().isNotEqualTo(run.reviewTaskId());
        assertThat(reviews(run.number())).singleElement()
                .satisfies(t -> assertThat(t.getId()).isEqualTo(after.reviewTaskId()));
        assertThat(passed(run.number(), "Gateway_ReviewRound")).isTrue();

        RunSummary done = reconciliations.decide(run.number(), List.of(new Decision(found.get(1).id(),
                DecisionKind.ACCEPTED, "A scientific specimen, no permit needed", null, null)), PERMITS);

        assertThat(done.undecided()).isZero();
        assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(done.reviewTaskId()).isNull();
        assertThat(reviews(run.number())).isEmpty();
        assertThat(process(run.number()).getEndTime()).isNotNull();
        assertThat(passed(run.number(), "EndEvent_AllDecided")).isTrue();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(process(run.number()).getId())
                .taskDefinitionKey(ReconciliationWorkflow.REVIEW_DISCREPANCIES).finished().count()).isEqualTo(2);
    }
}
