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

    /** The {@code what} column's length. */
    public static final int MAX_WHAT = 2000;
    /** The most a history line quotes of a text someone typed; the whole text stays in its own record. */
    public static final int MAX_QUOTE = 300;

    /** The most a stored phrase may take; a longer one (long quotes) is kept in English only. */
    static final int MAX_WHAT_KEY = 4000;

    /**
     * One history line as the API shows it: {@code what} in English; {@code phrase} the same in words of the
     * translation files, for a reader in any language (absent for lines recorded before it was kept).
     */
    @io.swagger.v3.oas.annotations.media.Schema(name = "HistoryEntry")
    public record Entry(OffsetDateTime at, String who, String what,
            @com.fasterxml.jackson.annotation.JsonIgnore org.wildcase.api.Phrase phrase) {

        public Entry(OffsetDateTime at, String who, String what) {
            this(at, who, what, null);
        }

        /** The line in a reader's words ({@code words}: a translation lookup), or its English text. */
        public String said(java.util.function.BiFunction<String, Object[], String> words) {
            return phrase == null ? what : phrase.in(words);
        }
    }

    private final HistoryEntries entries;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final Clock clock;

    private final org.springframework.context.MessageSource messages;

    CaseHistory(HistoryEntries entries, org.springframework.jdbc.core.simple.JdbcClient jdbc, Clock clock,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.entries = entries;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records a step in the caller's transaction, so it is kept exactly when the step is. A plain insert: an
     * append-only row needs no entity in the persistence context.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long caseId, String who, org.wildcase.api.Phrase what) {
        String english = what.in((key, args) -> messages.getMessage(key, args, java.util.Locale.ENGLISH));
        String stored = what.stored();
        jdbc.sql("insert into case_history (case_id, at, who, what, what_key) "
                + "values (:caseId, :at, :who, :what, :whatKey)")
                .param("caseId", caseId).param("at", OffsetDateTime.now(clock))
                .param("who", who == null ? SYSTEM : who)
                .param("what", shorten(english, MAX_WHAT))
                .param("whatKey", stored.length() <= MAX_WHAT_KEY ? stored : null).update();
    }

    /** A text someone typed, as a history line quotes it: at most {@link #MAX_QUOTE} characters. */
    public static String quote(String text) {
        return shorten(text == null ? "" : text.trim(), MAX_QUOTE);
    }

    /** At most {@code max} characters, ending in "…" when cut, never inside a surrogate pair. */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    @Transactional(readOnly = true)
    public List<Entry> of(long caseId) {
        return entries.findByCaseIdOrderByIdAsc(caseId).stream().map(HistoryEntry::view).toList();
    }
}
