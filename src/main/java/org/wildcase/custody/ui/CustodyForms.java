package org.wildcase.custody.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.stereotype.Component;
import org.wildcase.custody.SpecimenCustody;
import org.wildcase.seizure.CaseRef;
import org.wildcase.seizure.CaseView;
import org.wildcase.ui.TaskForm;
import org.wildcase.species.CitesSettings;

/** The forms of the custody tasks: live specimen placement, the disposal decision and its execution. */
@Component
public class CustodyForms {

    private final CitesSettings settings;
    private final Clock clock;
    private final SpecimenCustody custody;

    CustodyForms(CitesSettings settings, Clock clock, SpecimenCustody custody) {
        this.settings = settings;
        this.clock = clock;
        this.custody = custody;
    }

    public TaskForm recordLiveSpecimenCare(CaseRef ref, CaseView caseFile) {
        return new RecordLiveSpecimenCare(caseFile, settings.timeZone(), now());
    }

    public TaskForm decideDisposal(CaseRef ref, CaseView caseFile) {
        return new DecideDisposal(caseFile);
    }

    public TaskForm recordDisposal(CaseRef ref, CaseView caseFile) {
        return new RecordDisposal(caseFile, disposals(ref), settings.timeZone(), settings.today(clock), now());
    }

    /** Now in the agency's time zone, to the minute, as a person would enter it. */
    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(settings.timeZone())).truncatedTo(ChronoUnit.MINUTES);
    }

    /** The disposals decided for the case, typed, from the custody module itself. */
    private List<SpecimenCustody.DisposalView> disposals(CaseRef ref) {
        return custody.disposals(ref.id());
    }
}
