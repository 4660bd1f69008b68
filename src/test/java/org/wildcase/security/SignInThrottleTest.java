package org.wildcase.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Failed sign-ins slow down further attempts, through the same events and sign-in as the application, without
 * Spring: refused even with the right password once the limit is reached, a growing cooldown, a success clearing the
 * account's count, a limit per client address, and bounded memory.
 */
class SignInThrottleTest {

    static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    static final String HASH = ENCODER.encode("demo");

    final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T08:00:00Z"));
    final SignInThrottle throttle = new SignInThrottle(clock);
    final LocalSignIn signIn = new LocalSignIn(new LocalAccounts(DemoUsers.ACCOUNTS, HASH), ENCODER,
            new VerifiedCredentials(clock), throttle, new DefaultAuthenticationEventPublisher(event -> {
                if (event instanceof AuthenticationFailureBadCredentialsEvent failed) {
                    throttle.failed(failed);
                } else if (event instanceof AuthenticationSuccessEvent succeeded) {
                    throttle.succeeded(succeeded);
                }
            }));

    @Test
    void after_five_wrong_passwords_the_right_one_is_refused_until_the_cooldown_has_passed() {
        failTimes("expert", "10.0.0.1", 5);

        TooManyFailedSignIns refused = catchThrowableOfType(TooManyFailedSignIns.class,
                () -> signIn("expert", "demo", "10.0.0.1"));
        assertThat(refused.retryAfterSeconds()).isEqualTo(30);
        assertThat(refused.retryAt()).isEqualTo(clock.instant().plusSeconds(30));

        clock.advance(Duration.ofSeconds(29));
        assertThatThrownBy(() -> signIn("expert", "demo", "10.0.0.2")).as("from another address too")
                .isInstanceOf(TooManyFailedSignIns.class);
        clock.advance(Duration.ofSeconds(1));
        assertThat(signIn("expert", "demo", "10.0.0.1").isAuthenticated()).isTrue();
    }

    @Test
    void four_wrong_passwords_leave_the_account_open() {
        failTimes("expert", "10.0.0.1", 4);

        assertThat(signIn("expert", "demo", "10.0.0.1").isAuthenticated()).isTrue();
    }

    @Test
    void the_cooldown_doubles_with_every_further_failure_up_to_fifteen_minutes() {
        failTimes("expert", "10.0.0.1", 5);
        long[] expected = {60, 120, 240, 480, 900, 900};
        for (long seconds : expected) {
            clock.advance(Duration.ofMinutes(15));
            failTimes("expert", "10.0.0.1", 1);
            assertThat(catchThrowableOfType(TooManyFailedSignIns.class, () -> signIn("expert", "demo", "10.0.0.1"))
                    .retryAfterSeconds()).isEqualTo(seconds);
        }
    }

    @Test
    void refused_attempts_do_not_lengthen_the_cooldown() {
        failTimes("expert", "10.0.0.1", 5);
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> signIn("expert", "wrong", "10.0.0.1")).isInstanceOf(TooManyFailedSignIns.class);
        }

        clock.advance(Duration.ofSeconds(30));
        assertThat(signIn("expert", "demo", "10.0.0.1").isAuthenticated()).isTrue();
    }

    @Test
    void a_successful_sign_in_clears_the_accounts_count() {
        failTimes("expert", "10.0.0.1", 4);
        signIn("expert", "demo", "10.0.0.1");

        failTimes("expert", "10.0.0.1", 4);

        assertThat(signIn("expert", "demo", "10.0.0.1").isAuthenticated()).isTrue();
    }

    @Test
    void failures_are_forgotten_fifteen_minutes_after_the_last_one() {
        failTimes("expert", "10.0.0.1", 4);
        clock.advance(SignInThrottle.WINDOW);

        failTimes("expert", "10.0.0.1", 4);

        assertThat(signIn("expert", "demo", "10.0.0.1").isAuthenticated()).isTrue();
    }

    @Test
    void other_accounts_are_not_held_up() {
        failTimes("expert", "10.0.0.1", 5);

        assertThat(signIn("manager", "demo", "10.0.0.1").isAuthenticated()).isTrue();
    }

    @Test
    void an_address_guessing_across_accounts_is_paused_for_every_account() {
        for (int i = 0; i < SignInThrottle.ADDRESS_LIMIT - 1; i++) {
            failTimes("guess" + i, "10.0.0.9", 1);
        }
        // A valid sign-in of its own clears that account's count, not the address's.
        assertThat(signIn("officer.osh", "demo", "10.0.0.9").isAuthenticated()).isTrue();

        failTimes("guess-last", "10.0.0.9", 1);

        assertThatThrownBy(() -> signIn("officer.bishkek", "demo", "10.0.0.9"))
                .isInstanceOf(TooManyFailedSignIns.class);
        assertThat(signIn("officer.bishkek", "demo", "10.0.0.10").isAuthenticated()).isTrue();
    }

    @Test
    void unknown_accounts_count_like_known_ones() {
        failTimes("no.such.user", "10.0.0.1", 5);

        assertThatThrownBy(() -> signIn("no.such.user", "demo", "10.0.0.1")).isInstanceOf(TooManyFailedSignIns.class);
    }

    @Test
    void bearer_tokens_are_not_counted() {
        BearerTokenAuthenticationToken token = new BearerTokenAuthenticationToken("forged");
        for (int i = 0; i < 10; i++) {
            throttle.failed(new AuthenticationFailureBadCredentialsEvent(token, new BadCredentialsException("no")));
        }

        assertThat(throttle.size()).isZero();
    }

    @Test
    void memory_is_bounded() {
        SignInThrottle small = new SignInThrottle(clock, 100);
        for (int i = 0; i < 1_000; i++) {
            small.failed(new AuthenticationFailureBadCredentialsEvent(attempt("user" + i, "x", "10.0.0." + i % 250),
                    new BadCredentialsException("no")));
        }

        assertThat(small.size()).isLessThanOrEqualTo(200);
    }

    private void failTimes(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> signIn(user, "wrong", address)).isInstanceOf(BadCredentialsException.class);
        }
    }

    private Authentication signIn(String user, String password, String address) {
        return signIn.authenticate(attempt(user, password, address));
    }

    private static UsernamePasswordAuthenticationToken attempt(String user, String password, String address) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(user,
                password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        attempt.setDetails(new WebAuthenticationDetails(request));
        return attempt;
    }
}
