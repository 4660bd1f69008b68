package org.wildcase.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * With the {@code prod} profile the application refuses to start while anything meant for trials is configured:
 * demo users, demo data, a Camunda admin with a password from configuration, the embedded H2 database, or a
 * well-known default secret. It runs when the configuration is read, before anything starts, and names every reason.
 */
public class ProductionSafety implements EnvironmentPostProcessor {

    /** Passwords and secrets that ship in examples and must never reach a deployment. */
    static final Set<String> DEFAULT_SECRETS = Set.of("", "demo", "sa", "secret", "password", "postgres", "wildcase",
            "change-me", "changeme", "admin", "ci-check");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (!env.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        List<String> reasons = reasons(env);
        if (!reasons.isEmpty()) {
            throw new IllegalStateException("The prod profile refuses to start: " + String.join("; ", reasons)
                    + ". See README, 'Spring profiles'.");
        }
    }

    /** The client secrets of the trial realm in config/keycloak/, which are public. */
    static final java.util.Set<String> TRIAL_SECRETS = java.util.Set.of("wildcase-trial-secret",
            "wildcase-identity-trial-secret", "wildcase-integration-trial-secret");

    static List<String> reasons(Environment env) {
        List<String> reasons = new ArrayList<>();
        if (env.getProperty("wildcase.demo.users", Boolean.class, false)) {
            reasons.add("demo users are switched on (wildcase.demo.users=true)");
        }
        if (env.getProperty("wildcase.demo.data", Boolean.class, false)) {
            reasons.add("demo data is switched on (wildcase.demo.data=true)");
        }
        if (env.containsProperty("camunda.bpm.admin-user.id")
                || env.containsProperty("camunda.bpm.admin-user.password")) {
            reasons.add("a Camunda admin user with a password from configuration is set (camunda.bpm.admin-user)");
        }
        String url = property(env, "spring.datasource.url");
        if (url != null && url.startsWith("jdbc:h2:")) {
            reasons.add("the embedded H2 database is configured; use the postgres profile");
        }
        String dbPassword = property(env, "spring.datasource.password");
        if (dbPassword == null || DEFAULT_SECRETS.contains(dbPassword.trim().toLowerCase(Locale.ROOT))) {
            reasons.add("the database password is missing, empty or a well-known default (WILDCASE_DB_PASSWORD)");
        }
        for (String key : List.of("wildcase.keycloak.client-secret", "wildcase.keycloak.directory-client-secret")) {
            String secret = property(env, key);
            if (secret != null && (TRIAL_SECRETS.contains(secret.trim())
                    || DEFAULT_SECRETS.contains(secret.trim().toLowerCase(Locale.ROOT)))) {
                reasons.add("a Keycloak client secret is the trial realm's or a well-known default (" + key + ")");
            }
        }
        return reasons;
    }

    /** A property, or null when it is missing or names an environment variable that is not set. */
    private static String property(Environment env, String key) {
        try {
            return env.getProperty(key);
        } catch (IllegalArgumentException unresolved) {
            return null;
        }
    }
}
