package org.wildcase.workflow;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.wildcase.species.CitesSettings;

/**
 * The deadlines of the case flow, computed when a task or branch starts (called from the model's timer and due-date
 * expressions as {@code ${deadlines.expertiseDue(execution)}}). "Now" is the engine's clock, so tests can move it.
 */
@Component("deadlines")
public class Deadlines {

    private final DeadlineSettings settings;
    private final WorkingDays workingDays;
    private final CitesSettings cites;
    private final PaymentDeadlines payments;

    Deadlines(DeadlineSettings settings, WorkingDays workingDays, CitesSettings cites, PaymentDeadlines payments) {
        this.settings = settings;
        this.workingDays = workingDays;
        this.cites = cites;
        this.payments = payments;
    }

    /** Three working days (configurable) from now, or 24 hours when a specimen is live. */
    public Date expertiseDue(DelegateExecution execution) {
        ZonedDateTime now = now();
        if (Boolean.TRUE.equals(execution.getVariable(ProcessVariables.ANY_LIVE))) {
            return Date.from(now.plus(settings.expertiseLive()).toInstant());
        }
        return expertiseDue(now);
    }

    Date expertiseDue(ZonedDateTime from) {
        LocalDate day = workingDays.addWorkingDays(from.toLocalDate(), settings.expertiseWorkingDays());
        return Date.from(from.with(day).toInstant());
    }

    /** Ten working days (configurable) from now for a permit officer to review a run's discrepancies. */
    public Date reviewDue(DelegateExecution execution) {
        ZonedDateTime now = now();
        LocalDate day = workingDays.addWorkingDays(now.toLocalDate(), settings.reviewWorkingDays());
        return Date.from(now.with(day).toInstant());
    }

    /** The end of the payment day the legal officer recorded, else the configured number of days from now. */
    public Date paymentDue(DelegateExecution execution) {
        long caseId = ((Number) execution.getVariable(ProcessVariables.CASE_ID)).longValue();
        LocalDate due = payments.paymentDue(caseId).orElse(now().toLocalDate().plusDays(settings.paymentDays()));
        return Date.from(due.plusDays(1).atStartOfDay(cites.timeZone()).toInstant());
    }

    /** ISO 8601 repeating interval for reminders while the outcome of an investigation is awaited. */
    public String investigationReminderCycle() {
        return "R/" + settings.investigationReminder();
    }

    /** ISO 8601 repeating interval for live-specimen welfare checks. */
    public String welfareCheckCycle() {
        return "R/" + settings.welfareCheck();
    }

    private ZonedDateTime now() {
        return ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), cites.timeZone());
    }
}
