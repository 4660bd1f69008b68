package org.wildcase.security;

/**
 * A local account's password, roles or state changed. Whoever changes an account publishes this, so that sign-ins
 * remembered for it are checked again in full. The demo accounts are fixed today, so nothing publishes it yet.
 */
public record LocalAccountChanged(String username) {
}
