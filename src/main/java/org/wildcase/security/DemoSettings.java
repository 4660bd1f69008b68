package org.wildcase.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code wildcase.demo.*}: demo users and demo data; the keycloak and prod profiles switch both off. */
@ConfigurationProperties(prefix = "wildcase.demo")
public record DemoSettings(boolean users, boolean data) {
}
