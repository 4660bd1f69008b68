package org.wildcase.legal.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.wildcase.legal.LegalHandling;
import org.wildcase.seizure.CaseView;
import org.wildcase.species.CitesSettings;
import org.wildcase.ui.TaskForm;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The forms of the legal officer's tasks, one method a task. */
@Component
public class LegalForms {

    private final ObjectMapper mapper;
    private final CitesSettings settings;
    private final Clock clock;

    LegalForms(ObjectMapper mapper, CitesSettings settings, Clock clock) {
        this.mapper = mapper;
        this.settings = settings;
        this.clock = clock;
    }

    public TaskForm qualifyOffence(CaseView caseFile) {
        return new QualifyOffenceForm(Sections.of(mapper, caseFile.expertise()));
    }

    public TaskForm recordPenalty(CaseView caseFile) {
        return new RecordPenaltyForm(today());
    }

    public TaskForm recordPayment(CaseView caseFile) {
        return new RecordPaymentForm(Sections.of(mapper, caseFile.legal()), today());
    }

    public TaskForm referToInvestigation(CaseView caseFile) {
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
