package org.wildcase.security;

import java.time.Duration;
import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused, whatever the password, because too many attempts for the account or address failed. */
final class TooManyFailedSignIns extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    private final Instant retryAt;
    private final long retryAfterSeconds;

    TooManyFailedSignIns(Instant retryAt, Instant now) {
        super("Too many failed sign-ins");
        this.retryAt = retryAt;
        this.retryAfterSeconds = secondsUntil(now);
    }

    /** When sign-in may be tried again. */
    Instant retryAt() {
        return retryAt;
    }

    /** Whole seconds to wait, as of the refusal (for {@code Retry-After}). */
    long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** Whole seconds still to wait at {@code now}, rounded up; 0 once the cooldown has passed. */
    long secondsUntil(Instant now) {
        Duration left = Duration.between(now, retryAt);
        if (left.isNegative() || left.isZero()) {
            return 0;
        }
        return left.toSeconds() + (left.toNanosPart() > 0 ? 1 : 0);
    }
}
