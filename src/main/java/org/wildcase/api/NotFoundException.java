package org.wildcase.api;

/** Unknown, or not visible to the caller: both answer 404 so that nothing leaks. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String detail) {
        super(detail);
    }
}
