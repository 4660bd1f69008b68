package org.wildcase.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The demo users of api.md (password "demo"). They exist only in the embedded default, never with keycloak or prod. */
public final class DemoUsers {

    public static final String PASSWORD = "demo";

    /** A demo account: its name, roles and customs unit. */
    public record Account(String username, Set<String> roles, String unit) {
    }

    public static final List<Account> ACCOUNTS = List.of(
            new Account("officer.bishkek", Set.of(Roles.CUSTOMS_OFFICER), "BIS"),
            new Account("officer.osh", Set.of(Roles.CUSTOMS_OFFICER), "OSH"),
            new Account("expert", Set.of(Roles.CITES_EXPERT), null),
            new Account("permits", Set.of(Roles.PERMIT_OFFICER), null),
            new Account("lawyer", Set.of(Roles.LEGAL_OFFICER), null),
            new Account("manager", Set.of(Roles.MANAGER), null),
            new Account("admin", Set.of(Roles.ADMIN), null),
            new Account("integration", Set.of(Roles.INTEGRATION), null));

    private DemoUsers() {
    }

    /** A Spring Security user that also carries its customs unit. */
    static final class DemoUserDetails extends User implements CurrentUser.UnitHolder {

        private final String unit;

        DemoUserDetails(String username, String password, Collection<? extends GrantedAuthority> authorities,
                String unit) {
            super(username, password, authorities);
            this.unit = unit;
        }

        @Override
        public String unit() {
            return unit;
        }
    }

    static DemoUserDetails details(Account a, String encodedPassword) {
        List<SimpleGrantedAuthority> authorities = a.roles().stream()
                .map(r -> new SimpleGrantedAuthority(CurrentUser.ROLE_PREFIX + r)).toList();
        return new DemoUserDetails(a.username(), encodedPassword, authorities, a.unit());
    }
}
