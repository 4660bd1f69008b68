package org.wildcase.legal.ui;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.wildcase.legal.LegalHandling;
import org.wildcase.security.CurrentUser;
import org.wildcase.security.Roles;
import org.wildcase.security.WildcaseUser;
import org.wildcase.seizure.CaseStatus;
import org.wildcase.seizure.CaseView;
import org.wildcase.seizure.Stage;
import org.wildcase.species.CitesSettings;


/**
 * Offers a legal officer to record the investigation outcome on the case file while the case waits for it. The
 * outcome is no task (another agency's system may post it instead), so it has no place in the task inbox.
 */
@Component
public class RecordInvestigationOutcome {

    static final String LABEL_KEY = "outcome.action";

    private final LegalHandling legal;
    private final CurrentUser currentUser;
    private final org.wildcase.seizure.SeizureCases cases;
    private final CitesSettings settings;
    private final Clock clock;

    RecordInvestigationOutcome(LegalHandling legal, CurrentUser currentUser, org.wildcase.seizure.SeizureCases cases,
            CitesSettings settings, Clock clock) {
        this.legal = legal;
        this.currentUser = currentUser;
        this.cases = cases;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether this user may record the outcome on this case now. */
    public boolean appliesTo(CaseView caseFile, WildcaseUser user) {
        // The stage rules out most cases without asking the engine; the engine knows whether a message is awaited.
        return user.has(Roles.LEGAL_OFFICER) && caseFile.status() == CaseStatus.OPEN
                && caseFile.stage() == Stage.LEGAL && legal.awaitsInvestigationOutcome(caseFile.caseNumber());
    }

    /** The translation key of the button's label. */
    public String labelKey() {
        return LABEL_KEY;
    }

    /** Opens the dialog; {@code done} reloads the case file after success. */
    public void open(CaseView caseFile, Runnable done) {
        dialog(caseFile, done).open();
    }

    InvestigationOutcomeDialog dialog(CaseView caseFile, Runnable done) {
        return new InvestigationOutcomeDialog(legal, currentUser.require(), caseFile.caseNumber(),
                legal.view(cases.ref(caseFile.caseNumber()).id()).orElse(null), settings.today(clock), done);
    }
}
