package org.wildcase.workflow;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The model's service tasks: each reads the case id and calls one method of {@link CaseSteps}. */
@Configuration
class CaseDelegates {

    /** Which overdue mark each service task sets; the activity ids are those of bpmn/seizure-case.bpmn. */
    static final Map<String, String> OVERDUE_REASONS = Map.of(
            "Task_MarkExpertiseOverdue", "EXPERTISE_OVERDUE",
            "Task_MarkPaymentOverdue", "PAYMENT_OVERDUE",
            "Task_MarkOutcomeAwaited", "INVESTIGATION_OUTCOME_AWAITED",
            "Task_MarkWelfareCheckDue", "WELFARE_CHECK_DUE");

    @Bean
    JavaDelegate preCheckDelegate(CaseSteps steps) {
        return execution -> steps.runPreCheck(caseId(execution));
    }

    @Bean
    JavaDelegate markOverdueDelegate(CaseSteps steps) {
        return execution -> steps.markOverdue(caseId(execution),
                OVERDUE_REASONS.getOrDefault(execution.getCurrentActivityId(), "OVERDUE"));
    }

    static long caseId(DelegateExecution execution) {
        return ((Number) execution.getVariable(ProcessVariables.CASE_ID)).longValue();
    }
}
