package org.wildcase.legal.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.wildcase.seizure.CaseView;
import org.wildcase.seizure.ui.TaskForm;
import org.wildcase.seizure.ui.TaskForms;
import org.wildcase.species.CitesSettings;
import org.wildcase.workflow.TaskKeys;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The forms of the legal officer's tasks. */
@Component
class LegalTaskForms implements TaskForms {

    private final ObjectMapper mapper;
    private final CitesSettings settings;
    private final Clock clock;

    LegalTaskForms(ObjectMapper mapper, CitesSettings settings, Clock clock) {
        this.mapper = mapper;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of(TaskKeys.QUALIFY_OFFENCE, TaskKeys.RECORD_PENALTY, TaskKeys.RECORD_PAYMENT,
                TaskKeys.REFER_TO_INVESTIGATION);
    }

    @Override
    public TaskForm create(String taskKey, CaseView caseFile) {
        // "Today" as the server judges dates of facts: in the home time zone, not the browser's.
        LocalDate today = settings.today(clock);
        return switch (taskKey) {
            case TaskKeys.QUALIFY_OFFENCE -> new QualifyOffenceForm(Sections.of(mapper, caseFile.expertise()));
            case TaskKeys.RECORD_PENALTY -> new RecordPenaltyForm(today);
            case TaskKeys.RECORD_PAYMENT -> new RecordPaymentForm(Sections.of(mapper, caseFile.legal()), today);
            case TaskKeys.REFER_TO_INVESTIGATION -> new ReferToInvestigationForm(today);
            default -> throw new IllegalArgumentException("No legal form for " + taskKey);
        };
    }
}
