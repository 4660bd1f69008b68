package org.wildcase.legal.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.wildcase.legal.LegalHandling;
import org.wildcase.seizure.CaseRef;
import org.wildcase.seizure.CaseView;
import org.wildcase.species.CitesSettings;
import org.wildcase.ui.TaskForm;

/** The forms of the legal officer's tasks, one method a task. */
@Component
public class LegalForms {

    private final CitesSettings settings;
    private final Clock clock;
    private final org.wildcase.expertise.SpeciesExpertise expertise;
    private final LegalHandling legal;

    LegalForms(CitesSettings settings, Clock clock, org.wildcase.expertise.SpeciesExpertise expertise,
            LegalHandling legal) {
        this.settings = settings;
        this.clock = clock;
        this.expertise = expertise;
        this.legal = legal;
    }

    /** The offence is qualified beside the expert's conclusion and opinion, read from the expertise module. */
    public TaskForm qualifyOffence(CaseRef ref, CaseView caseFile) {
        return new QualifyOffenceForm(expertise.view(ref.id()).orElse(null));
    }

    public TaskForm recordPenalty(CaseRef ref, CaseView caseFile) {
        return new RecordPenaltyForm(today());
    }

    public TaskForm recordPayment(CaseRef ref, CaseView caseFile) {
        return new RecordPaymentForm(legal.view(ref.id()).orElse(null), today());
    }

    public TaskForm referToInvestigation(CaseRef ref, CaseView caseFile) {
        return new ReferToInvestigationForm(today());
    }

    /** "Today" as the server judges dates of facts: in the home time zone, not the browser's. */
    private LocalDate today() {
        return settings.today(clock);
    }

    /** An amount with its currency (upper case); both empty means no amount at all. */
    static LegalHandling.Money money(BigDecimal amount, String currency) {
        String code = org.wildcase.ui.Forms.text(currency);
        return amount == null && code == null ? null
                : new LegalHandling.Money(amount, code == null ? null : code.toUpperCase(java.util.Locale.ROOT));
    }
}
