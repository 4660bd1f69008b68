package org.wildcase.custody.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.wildcase.custody.SpecimenCustody;
import org.wildcase.seizure.CaseView;
import org.wildcase.seizure.ui.TaskForm;
import org.wildcase.seizure.ui.TaskForms;
import org.wildcase.species.CitesSettings;
import org.wildcase.workflow.TaskKeys;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The forms of the custody tasks: live specimen placement, the disposal decision and its execution. */
@Component
class CustodyTaskForms implements TaskForms {

    private final CitesSettings settings;
    private final Clock clock;
    private final ObjectMapper mapper;

    CustodyTaskForms(CitesSettings settings, Clock clock, ObjectMapper mapper) {
        this.settings = settings;
        this.clock = clock;
        this.mapper = mapper;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of(TaskKeys.RECORD_LIVE_SPECIMEN_CARE, TaskKeys.DECIDE_DISPOSAL, TaskKeys.RECORD_DISPOSAL);
    }

    @Override
    public TaskForm create(String taskKey, CaseView caseFile) {
        return switch (taskKey) {
            case TaskKeys.RECORD_LIVE_SPECIMEN_CARE -> new RecordLiveSpecimenCare(caseFile, settings.timeZone(), now());
            case TaskKeys.DECIDE_DISPOSAL -> new DecideDisposal(caseFile);
            case TaskKeys.RECORD_DISPOSAL -> new RecordDisposal(caseFile, disposals(caseFile), settings.timeZone(),
                    settings.today(clock), now());
            default -> throw new IllegalArgumentException("No custody form for " + taskKey);
        };
    }

    /** Now in the agency's time zone, to the minute, as a person would enter it. */
    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(settings.timeZone())).truncatedTo(ChronoUnit.MINUTES);
    }

    /** The case file carries the section as the module wrote it, or as JSON read back: either converts. */
    private List<SpecimenCustody.DisposalView> disposals(CaseView caseFile) {
        return caseFile.disposals() == null ? List.of()
                : mapper.convertValue(caseFile.disposals(), new TypeReference<List<SpecimenCustody.DisposalView>>() {
                });
    }
}
