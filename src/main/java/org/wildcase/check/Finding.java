package org.wildcase.check;

import org.wildcase.api.Phrase;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One finding on a specimen line and/or a document (indexes into the request's lists). The {@code message} is the
 * English wording the API gives; {@code explanation} is the same in words of the translation files, for a reader in
 * any language (absent for findings stored before it was kept).
 */
public record Finding(FindingCode code, Severity severity, Integer specimenIndex, Integer documentIndex,
        String message, @JsonIgnore Phrase explanation) {

    public Finding(FindingCode code, Severity severity, Integer specimenIndex, Integer documentIndex,
            String message) {
        this(code, severity, specimenIndex, documentIndex, message, null);
    }

    /** The explanation in a reader's words ({@code words}: a translation lookup), or the English message. */
    public String explained(java.util.function.BiFunction<String, Object[], String> words) {
        return explanation == null ? message : explanation.in(words);
    }
}
