package org.wildcase.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The history of a case: every step, oldest first. {@code who} is the user, or "system" for automatic steps. */
@Service
public class CaseHistory {

    public static final String SYSTEM = "system";

    /** One history line as the API shows it. */
    public record Entry(OffsetDateTime at, String who, String what) {
    }

    private final HistoryEntries entries;
    private final Clock clock;

    CaseHistory(HistoryEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Records a step in the caller's transaction, so it is kept exactly when the step is. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long caseId, String who, String what) {
        entries.save(new HistoryEntry(caseId, OffsetDateTime.now(clock), who == null ? SYSTEM : who, what));
    }

    @Transactional(readOnly = true)
    public List<Entry> of(long caseId) {
        return entries.findByCaseIdOrderByIdAsc(caseId).stream().map(HistoryEntry::view).toList();
    }
}
