package org.wildcase.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sign-in with the local accounts, without Spring: the password hash (BCrypt) is checked once for credentials used
 * again and again, never skipped for other credentials, and checked in full again once the account changed.
 */
class LocalSignInTest {

    final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T08:00:00Z"));
    final CountingEncoder encoder = new CountingEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    final LocalAccounts accounts = new LocalAccounts(DemoUsers.ACCOUNTS, encoder.encode("demo"));
    final VerifiedCredentials verified = new VerifiedCredentials(clock);
    final LocalSignIn signIn = new LocalSignIn(accounts, encoder, verified, new SignInThrottle(clock),
            new DefaultAuthenticationEventPublisher(event -> { }));

    @Test
    void a_second_sign_in_with_the_same_credentials_does_not_check_the_password_hash() {
        assertThat(signIn("expert", "demo").isAuthenticated()).isTrue();
        assertThat(encoder.checks.get()).isEqualTo(1);

        Authentication again = signIn("expert", "demo");

        assertThat(again.isAuthenticated()).isTrue();
        assertThat(again.getName()).isEqualTo("expert");
        assertThat(again.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_cites-expert");
        assertThat(encoder.checks.get()).as("password hash checks").isEqualTo(1);
    }

    @Test
    void a_wrong_password_after_the_right_one_is_refused() {
        signIn("expert", "demo");

        assertThatThrownBy(() -> signIn("expert", "wrong")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn("expert", "demo ")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn("expert", "wrong")).isInstanceOf(BadCredentialsException.class);
        assertThat(encoder.checks.get()).as("each wrong password checked in full").isEqualTo(4);
    }

    @Test
    void another_account_with_the_same_password_is_checked_in_full() {
        signIn("expert", "demo");

        signIn("manager", "demo");

        assertThat(encoder.checks.get()).isEqualTo(2);
    }

    @Test
    void remembered_credentials_are_checked_in_full_again_after_a_few_minutes() {
        signIn("expert", "demo");
        clock.advance(VerifiedCredentials.TIME_TO_LIVE.minusSeconds(1));
        signIn("expert", "demo");
        assertThat(encoder.checks.get()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        signIn("expert", "demo");

        assertThat(encoder.checks.get()).isEqualTo(2);
    }

    @Test
    void a_changed_account_is_checked_in_full_again() {
        signIn("expert", "demo");
        signIn("manager", "demo");

        verified.accountChanged(new LocalAccountChanged("expert"));
        signIn("expert", "demo");
        signIn("manager", "demo");

        assertThat(encoder.checks.get()).as("expert checked again, manager still remembered").isEqualTo(3);
    }

    @Test
    void a_changed_password_hash_does_not_match_what_was_remembered() {
        signIn("expert", "demo");
        LocalAccounts changed = new LocalAccounts(DemoUsers.ACCOUNTS, encoder.encode("new secret"));
        LocalSignIn afterChange = new LocalSignIn(changed, encoder, verified, new SignInThrottle(clock),
                new DefaultAuthenticationEventPublisher(event -> { }));

        assertThatThrownBy(() -> afterChange.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("expert",
                "demo"))).isInstanceOf(BadCredentialsException.class);
        assertThat(encoder.checks.get()).isEqualTo(2);
    }

    @Test
    void memory_is_bounded_and_the_oldest_go_first() {
        VerifiedCredentials small = new VerifiedCredentials(clock, 3);
        for (int i = 0; i < 5; i++) {
            small.add("user" + i, "{bcrypt}hash", "password");
        }

        assertThat(small.size()).isEqualTo(3);
        assertThat(small.contain("user0", "{bcrypt}hash", "password")).isFalse();
        assertThat(small.contain("user4", "{bcrypt}hash", "password")).isTrue();
    }

    @Test
    void entries_are_told_apart_by_every_part() {
        verified.add("ab", "c", "d");

        assertThat(verified.contain("ab", "c", "d")).isTrue();
        assertThat(verified.contain("a", "bc", "d")).isFalse();
        assertThat(verified.contain("ab", "", "cd")).isFalse();
        assertThat(verified.contain("ab", "c", "D")).isFalse();
    }

    private Authentication signIn(String user, String password) {
        return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, password));
    }

    /** The real encoder, counting its password checks. */
    static final class CountingEncoder implements PasswordEncoder {

        final PasswordEncoder delegate;
        final AtomicInteger checks = new AtomicInteger();

        CountingEncoder(PasswordEncoder delegate) {
            this.delegate = delegate;
        }

        @Override
        public String encode(CharSequence raw) {
            return delegate.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return delegate.matches(raw, encoded);
        }
    }
}
