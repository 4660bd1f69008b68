package org.wildcase.seizure;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.wildcase.api.Phrase;

/**
 * What one step of a case (a completed task, an arriving outcome) means for it: gateway flags, a final status (or
 * null), the overdue marks it settles, and the history line. A domain module returns it; the case's own module
 * applies it. The new stage is not the step's to say: it is read off the process ({@link Stage#at}).
 */
public record CaseStep(Map<String, Object> flags, CaseStatus endStatus, Set<String> settledAlerts,
        Phrase history) {

    /** A step with its history line, in words of the translation files ({@code history.*} keys). */
    public static CaseStep of(String historyKey, Object... args) {
        return of(Phrase.of(historyKey, args));
    }

    public static CaseStep of(Phrase history) {
        return new CaseStep(Map.of(), null, Set.of(), history);
    }

    public CaseStep withFlag(String name, Object value) {
        Map<String, Object> f = new HashMap<>(flags);
        f.put(name, value);
        return new CaseStep(f, endStatus, settledAlerts, history);
    }

    public CaseStep ending(CaseStatus status) {
        return new CaseStep(flags, status, settledAlerts, history);
    }

    public CaseStep settling(String... alerts) {
        return new CaseStep(flags, endStatus, Set.of(alerts), history);
    }
}
