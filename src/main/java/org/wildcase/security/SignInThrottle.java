package org.wildcase.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Slows password guessing against the local accounts (login form and HTTP Basic). After {@value #ACCOUNT_LIMIT}
 * failed sign-ins of one account, or {@value #ADDRESS_LIMIT} from one client address, further attempts are refused,
 * even with the right password, for a cooldown of {@link #FIRST_COOLDOWN} that doubles with every further failure up
 * to {@link #LONGEST_COOLDOWN}. Failures are forgotten {@link #WINDOW} after the last one (or after its cooldown); a
 * successful sign-in clears the account's count, but not the address's, so that one valid account cannot wipe a
 * guesser's trail.
 * <p>
 * Failures and successes come from Spring Security's authentication events, for user name and password sign-ins
 * only: Keycloak's bearer tokens and sign-in pages have Keycloak's own brute-force protection. Memory is bounded: the
 * entries whose last failure is oldest go first.
 */
final class SignInThrottle {

    static final int ACCOUNT_LIMIT = 5;
    static final int ADDRESS_LIMIT = 25;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_COOLDOWN = Duration.ofSeconds(30);
    static final Duration LONGEST_COOLDOWN = Duration.ofMinutes(15);
    static final int CAPACITY = 10_000;

    private final Clock clock;
    private final Failures accounts;
    private final Failures addresses;

    SignInThrottle(Clock clock) {
        this(clock, CAPACITY);
    }

    SignInThrottle(Clock clock, int capacity) {
        this.clock = clock;
        this.accounts = new Failures(ACCOUNT_LIMIT, capacity);
        this.addresses = new Failures(ADDRESS_LIMIT, capacity);
    }

    /** Refuses an attempt while its account or its address is cooling down. */
    void check(Authentication attempt) throws TooManyFailedSignIns {
        Instant now = clock.instant();
        Instant account = accounts.pausedUntil(attempt.getName(), now);
        Instant address = addresses.pausedUntil(address(attempt), now);
        Instant until = account == null ? address : address == null || account.isAfter(address) ? account : address;
        if (until != null) {
            throw new TooManyFailedSignIns(until, now);
        }
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt) {
            Instant now = clock.instant();
            accounts.fail(attempt.getName(), now);
            addresses.fail(address(attempt), now);
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken signedIn) {
            accounts.clear(signedIn.getName());
        }
    }

    /** How many accounts and addresses are remembered. */
    int size() {
        return accounts.size() + addresses.size();
    }

    private static String address(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    /** Failed sign-ins by key (an account or an address). */
    private static final class Failures {

        private record Count(int failures, Instant last, Instant pausedUntil) {

            /** The moment this count is forgotten: a window after the last failure or after its cooldown. */
            Instant forgottenAt() {
                Instant from = pausedUntil != null && pausedUntil.isAfter(last) ? pausedUntil : last;
                return from.plus(WINDOW);
            }
        }

        private final int limit;
        private final int capacity;

        // Insertion order, renewed on each failure: the eldest is the key that failed longest ago.
        private final Map<String, Count> counts = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
                return size() > capacity;
            }
        };

        Failures(int limit, int capacity) {
            this.limit = limit;
            this.capacity = capacity;
        }

        synchronized Instant pausedUntil(String key, Instant now) {
            Count count = key == null ? null : counts.get(key);
            return count != null && count.pausedUntil() != null && now.isBefore(count.pausedUntil())
                    ? count.pausedUntil() : null;
        }

        synchronized void fail(String key, Instant now) {
            if (key == null) {
                return;
            }
            Count before = counts.remove(key);
            int failures = before == null || !now.isBefore(before.forgottenAt()) ? 1 : before.failures() + 1;
            Instant pausedUntil = failures < limit ? null : now.plus(cooldown(failures - limit));
            counts.put(key, new Count(failures, now, pausedUntil));
        }

        synchronized void clear(String key) {
            counts.remove(key);
        }

        synchronized int size() {
            return counts.size();
        }

        /** 30 s for the failure that reaches the limit, doubling with each after it, at most 15 minutes. */
        private static Duration cooldown(int beyondLimit) {
            if (beyondLimit >= 10) {
                return LONGEST_COOLDOWN;
            }
            Duration cooldown = FIRST_COOLDOWN.multipliedBy(1L << beyondLimit);
            return cooldown.compareTo(LONGEST_COOLDOWN) > 0 ? LONGEST_COOLDOWN : cooldown;
        }
    }
}
