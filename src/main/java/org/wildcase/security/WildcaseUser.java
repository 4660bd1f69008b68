package org.wildcase.security;

import java.util.Set;

/** The signed-in person or system: their name, roles and, for customs officers, their unit. */
public record WildcaseUser(String username, Set<String> roles, String unit) {

    public boolean has(String role) {
        return roles.contains(role);
    }
}
