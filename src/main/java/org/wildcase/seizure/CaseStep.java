package org.wildcase.seizure;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.wildcase.api.Phrase;

/**
 * What one step of a case (a completed task, an arriving outcome) means for it: gateway flags, the new stage (or
 * null), a final status (or null), the overdue marks it settles, and the history line. A domain module returns it;
 * the case's own module applies it.
 */
public record CaseStep(Map<String, Object> flags, Stage stage, CaseStatus endStatus, Set<String> settledAlerts,
        Phrase history) {

    /** A step with its history line, in words of the translation files ({@code history.*} keys). */
    public static CaseStep of(String historyKey, Object... args) {
        return of(Phrase.of(historyKey, args));
    }

    public static CaseStep of(Phrase history) {
        return new CaseStep(Map.of(), null, null, Set.of(), history);
    }

    public CaseStep withFlag(String name, Object value) {
        Map<String, Object> f = new HashMap<>(flags);
        f.put(name, value);
        return new CaseStep(f, stage, endStatus, settledAlerts, history);
    }

    public CaseStep movingTo(Stage next) {
        return new CaseStep(flags, next, endStatus, settledAlerts, history);
    }

    public CaseStep ending(CaseStatus status) {
        return new CaseStep(flags, Stage.DONE, status, settledAlerts, history);
    }

    public CaseStep settling(String... alerts) {
        return new CaseStep(flags, stage, endStatus, Set.of(alerts), history);
    }
}
