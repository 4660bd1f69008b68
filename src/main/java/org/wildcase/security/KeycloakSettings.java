package org.wildcase.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the agencies' Keycloak is and how the app talks to it: the realm's issuer, the API's audience, the clock
 * skew allowed on token times, and the client whose service account lists the people of a role.
 */
@ConfigurationProperties("wildcase.keycloak")
record KeycloakSettings(
        @DefaultValue("http://127.0.0.1:8180/realms/wildcase") String issuer,
        @DefaultValue("wildcase-api") String audience,
        @DefaultValue("30s") Duration clockSkew,
        @DefaultValue("wildcase-app") String clientId,
        String clientSecret,
        @DefaultValue("wildcase-identity") String directoryClientId,
        String directoryClientSecret) {

    /** The realm's admin REST API, beside its issuer: {@code …/realms/x} → {@code …/admin/realms/x}. */
    String adminApi() {
        int at = issuer.lastIndexOf("/realms/");
        return issuer.substring(0, at) + "/admin" + issuer.substring(at);
    }
}
