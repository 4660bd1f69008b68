package org.wildcase.api;

/** The request is valid but collides with the current state (already used, cancelled, a stale update). */
public class ConflictException extends RuntimeException {
    public ConflictException(String detail) {
        super(detail);
    }
}
