package org.wildcase.api;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One invalid field, named by its JSON path, for example {@code specimens[0].quantity}. {@code message} is the API's
 * stable English; {@code words}, where the rule has them, the same in words of the translation files, so that a form
 * shows it in the user's language (absent: the form shows the message). Two errors are the same error when field and
 * message are: the words are how it is read, not what it is.
 */
public record FieldError(String field, String message, @JsonIgnore Phrase words) {

    public FieldError(String field, String message) {
        this(field, message, null);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldError e && java.util.Objects.equals(field, e.field)
                && java.util.Objects.equals(message, e.message);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(field, message);
    }

    @Override
    public String toString() {
        return "FieldError[field=" + field + ", message=" + message + "]";
    }
}
