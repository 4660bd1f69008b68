package org.wildcase.security;

import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How a person or system signs in with a local account, by the login form or HTTP Basic: refused while the account
 * or address is cooling down after failed attempts ({@link SignInThrottle}, which counts the outcomes through Spring
 * Security's authentication events), then Spring Security's own user-name-and-password check against the accounts
 * and their (BCrypt) password hashes, which skips the password hash for credentials it verified a moment ago
 * ({@link VerifiedCredentials}). The account itself is read and checked on every sign-in.
 */
final class LocalSignIn implements AuthenticationManager {

    private final SignInThrottle throttle;
    private final ProviderManager accounts;

    LocalSignIn(UserDetailsService accounts, PasswordEncoder encoder, VerifiedCredentials verified,
            SignInThrottle throttle, AuthenticationEventPublisher events) {
        this.throttle = throttle;
        PasswordCheck check = new PasswordCheck(accounts, encoder, verified);
        this.accounts = new ProviderManager(check);
        this.accounts.setAuthenticationEventPublisher(events);
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        // Before the password check, and outside the provider manager: a refusal is no failed attempt of its own.
        throttle.check(attempt);
        return accounts.authenticate(attempt);
    }

    /** The password check, remembered for a few minutes once passed. */
    private static final class PasswordCheck extends DaoAuthenticationProvider {

        private final VerifiedCredentials verified;

        PasswordCheck(UserDetailsService accounts, PasswordEncoder encoder, VerifiedCredentials verified) {
            super(accounts);
            setPasswordEncoder(encoder);
            this.verified = verified;
        }

        @Override
        protected void additionalAuthenticationChecks(UserDetails account, UsernamePasswordAuthenticationToken attempt)
                throws AuthenticationException {
            Object password = attempt.getCredentials();
            String stored = account.getPassword();
            if (password == null || stored == null) {
                super.additionalAuthenticationChecks(account, attempt);
                return;
            }
            if (verified.contain(account.getUsername(), stored, password.toString())) {
                return;
            }
            super.additionalAuthenticationChecks(account, attempt);
            verified.add(account.getUsername(), stored, password.toString());
        }
    }
}
