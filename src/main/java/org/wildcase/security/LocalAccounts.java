package org.wildcase.security;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The local accounts (the demo users, or none). Unlike Spring's in-memory manager it hands out users that keep
 * their customs unit, and a fresh copy each time, since Spring erases the password of the copy it authenticated.
 * Whoever changes an account announces it with {@link LocalAccountChanged}, so that its remembered sign-ins
 * ({@link VerifiedCredentials}) are checked again.
 */
final class LocalAccounts implements UserDetailsService {

    private final Map<String, DemoUsers.Account> accounts;
    private final String encodedPassword;

    LocalAccounts(Iterable<DemoUsers.Account> accounts, String encodedPassword) {
        this.accounts = java.util.stream.StreamSupport.stream(accounts.spliterator(), false)
                .collect(Collectors.toUnmodifiableMap(DemoUsers.Account::username, Function.identity()));
        this.encodedPassword = encodedPassword;
    }

    static LocalAccounts none() {
        return new LocalAccounts(java.util.List.of(), null);
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        DemoUsers.Account account = accounts.get(username);
        if (account == null) {
            throw new UsernameNotFoundException("No local account " + username);
        }
        return DemoUsers.details(account, encodedPassword);
    }

    /** The accounts holding a role, as a {@link UserDirectory} answers. */
    java.util.List<UserDirectory.Person> usersWithRole(String role) {
        return accounts.values().stream().filter(a -> a.roles().contains(role))
                .map(a -> new UserDirectory.Person(a.username(), a.unit()))
                .sorted(java.util.Comparator.comparing(UserDirectory.Person::username))
                .toList();
    }
}
