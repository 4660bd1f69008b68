package org.wildcase.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads our roles and the customs unit from a Keycloak access token: realm roles are in
 * {@code realm_access.roles} (Keycloak puts them only in the access token), the unit in the {@code unit} claim,
 * which the realm maps from the user attribute it declares.
 */
final class KeycloakTokens {

    static final String UNIT_CLAIM = "unit";

    private KeycloakTokens() {
    }

    /** Our role ids found among the token's realm roles; Keycloak's own roles (offline_access…) are ignored. */
    static Set<String> roles(Map<String, Object> claims) {
        Object realmAccess = claims.get("realm_access");
        if (!(realmAccess instanceof Map<?, ?> access) || !(access.get("roles") instanceof Collection<?> roles)) {
            return Set.of();
        }
        Set<String> known = Set.of(Roles.CUSTOMS_OFFICER, Roles.CITES_EXPERT, Roles.PERMIT_OFFICER,
                Roles.LEGAL_OFFICER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATION);
        return roles.stream().map(String::valueOf).filter(known::contains).collect(Collectors.toUnmodifiableSet());
    }

    static String unit(Map<String, Object> claims) {
        Object unit = claims.get(UNIT_CLAIM);
        if (unit instanceof Collection<?> values) {
            unit = values.isEmpty() ? null : values.iterator().next();
        }
        return unit == null || String.valueOf(unit).isBlank() ? null : String.valueOf(unit).trim();
    }

    static List<GrantedAuthority> authorities(Set<String> roles) {
        return roles.stream().sorted().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(CurrentUser.ROLE_PREFIX + r))
                .toList();
    }

    /** The user name: Keycloak's preferred_username; for a client's service account, the client id. */
    static String username(Map<String, Object> claims) {
        Object name = claims.get("preferred_username");
        if (name == null) {
            name = claims.get("azp");
        }
        return name == null ? String.valueOf(claims.get("sub")) : String.valueOf(name);
    }

    /** An API call's authentication from its bearer token. */
    static JwtAuthenticationToken apiAuthentication(Jwt jwt) {
        return new Bearer(jwt, authorities(roles(jwt.getClaims())), username(jwt.getClaims()),
                unit(jwt.getClaims()));
    }

    /** A bearer token's authentication that also carries the customs unit. */
    static final class Bearer extends JwtAuthenticationToken implements CurrentUser.UnitHolder {

        private final String unit;

        Bearer(Jwt jwt, Collection<? extends GrantedAuthority> authorities, String name, String unit) {
            super(jwt, authorities, name);
            this.unit = unit;
        }

        @Override
        public String unit() {
            return unit;
        }
    }
}
