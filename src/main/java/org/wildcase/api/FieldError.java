package org.wildcase.api;

/** One invalid field, named by its JSON path, for example {@code specimens[0].quantity}. */
public record FieldError(String field, String message) {
}
