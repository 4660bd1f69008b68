package org.wildcase.security;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads the signed-in user from Spring Security, whatever the login (demo users, Keycloak). Roles are
 * authorities {@code ROLE_<role id>}; the unit is carried by the principal.
 */
@Component
public class CurrentUser {

    static final String ROLE_PREFIX = "ROLE_";

    // The strategy of this application context, which its filters also use. The static holder's strategy is
    // whatever context set it last, which differs when several contexts share a JVM (as in tests).
    private final org.springframework.beans.factory.ObjectProvider<
            org.springframework.security.core.context.SecurityContextHolderStrategy> strategy;

    CurrentUser(org.springframework.beans.factory.ObjectProvider<
            org.springframework.security.core.context.SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy;
    }

    public Optional<WildcaseUser> get() {
        Authentication auth = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy).getContext()
                .getAuthentication();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getPrincipal())) {
            return Optional.empty();
        }
        Set<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(ROLE_PREFIX)).map(a -> a.substring(ROLE_PREFIX.length()))
                .collect(Collectors.toUnmodifiableSet());
        String unit = auth instanceof UnitHolder token ? token.unit()
                : auth.getPrincipal() instanceof UnitHolder holder ? holder.unit() : null;
        return Optional.of(new WildcaseUser(auth.getName(), roles, unit));
    }

    public WildcaseUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    /** The name recorded as "who" for audit; never null. */
    public String name() {
        return get().map(WildcaseUser::username).orElse("system");
    }

    /** A principal that knows the customs unit of its user. */
    public interface UnitHolder {
        String unit();
    }
}
