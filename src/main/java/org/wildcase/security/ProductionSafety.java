package org.wildcase.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * With the {@code prod} profile the application refuses to start while anything meant for trials is configured:
 * demo users, demo data, a Camunda admin with a password from configuration, or a well-known default secret.
 */
@Component
@Profile("prod")
class ProductionSafety {

    /** Passwords and secrets that ship in examples and must never reach a deployment. */
    static final Set<String> DEFAULT_SECRETS = Set.of("", "demo", "sa", "secret", "password", "postgres", "wildcase",
            "change-me", "changeme", "admin");

    ProductionSafety(Environment env) {
        List<String> reasons = reasons(env);
        if (!reasons.isEmpty()) {
            throw new IllegalStateException("The prod profile refuses to start: " + String.join("; ", reasons)
                    + ". Remove these settings (see README, 'Spring profiles').");
        }
    }

    static List<String> reasons(Environment env) {
        List<String> reasons = new ArrayList<>();
        if (env.getProperty("wildcase.demo.users", Boolean.class, false)) {
            reasons.add("demo users are switched on (wildcase.demo.users=true)");
        }
        if (env.getProperty("wildcase.demo.data", Boolean.class, false)) {
            reasons.add("demo data is switched on (wildcase.demo.data=true)");
        }
        if (env.containsProperty("camunda.bpm.admin-user.id") || env.containsProperty("camunda.bpm.admin-user.password")) {
            reasons.add("a Camunda admin user with a configured password is set (camunda.bpm.admin-user)");
        }
        String dbPassword = env.getProperty("spring.datasource.password");
        if (dbPassword == null || DEFAULT_SECRETS.contains(dbPassword.trim().toLowerCase(java.util.Locale.ROOT))) {
            reasons.add("the database password is empty or a well-known default (spring.datasource.password)");
        }
        String url = env.getProperty("spring.datasource.url", "");
        if (url.startsWith("jdbc:h2:")) {
            reasons.add("the embedded H2 database is configured; use the postgres profile");
        }
        return reasons;
    }
}
