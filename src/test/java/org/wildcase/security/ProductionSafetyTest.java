package org.wildcase.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;
import org.wildcase.WildcaseApplication;

class ProductionSafetyTest {

    @Test
    void prod_refuses_to_start_with_the_embedded_defaults_and_says_why() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(WildcaseApplication.class).profiles("prod")
                .run("--wildcase.demo.users=true", "--wildcase.demo.data=true", "--server.port=0"))
                .hasMessageContaining("prod profile refuses to start")
                .hasMessageContaining("demo users")
                .hasMessageContaining("demo data")
                .hasMessageContaining("H2")
                .hasMessageContaining("database password");
    }

    @Test
    void prod_refuses_the_postgres_profile_without_a_real_password() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(WildcaseApplication.class).profiles("postgres", "prod")
                .properties("WILDCASE_DB_URL=jdbc:postgresql://db/wildcase", "WILDCASE_DB_USER=wildcase",
                        "WILDCASE_DB_PASSWORD=change-me", "server.port=0")
                .run())
                .hasMessageContaining("database password")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("demo users"));
    }

    @Test
    void prod_profile_switches_demo_users_and_data_off_by_itself() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/wildcase")
                .withProperty("spring.datasource.password", "a-long-real-secret");
        assertThat(ProductionSafety.reasons(env)).isEmpty();
    }

    @Test
    void a_camunda_admin_from_configuration_is_refused() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/wildcase")
                .withProperty("spring.datasource.password", "a-long-real-secret")
                .withProperty("camunda.bpm.admin-user.id", "admin")
                .withProperty("camunda.bpm.admin-user.password", "whatever");
        assertThat(ProductionSafety.reasons(env)).singleElement().asString().contains("camunda.bpm.admin-user");
    }

    @Test
    void demo_users_never_exist_with_keycloak_or_prod_active() {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles("keycloak");
        assertThat(SecurityConfiguration.demoUsersAllowed(new DemoSettings(true, true), env)).isFalse();
        env.setActiveProfiles("prod");
        assertThat(SecurityConfiguration.demoUsersAllowed(new DemoSettings(true, true), env)).isFalse();
        env.setActiveProfiles("postgres");
        assertThat(SecurityConfiguration.demoUsersAllowed(new DemoSettings(true, true), env)).isTrue();
        env.setActiveProfiles();
        assertThat(SecurityConfiguration.demoUsersAllowed(new DemoSettings(true, true), env)).isTrue();
    }

    @Test
    void prod_refuses_the_trial_realms_client_secrets() {
        org.springframework.mock.env.MockEnvironment env = new org.springframework.mock.env.MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/wildcase")
                .withProperty("spring.datasource.password", "a-real-secret-1234")
                .withProperty("wildcase.keycloak.client-secret", "wildcase-trial-secret")
                .withProperty("wildcase.keycloak.directory-client-secret", "wildcase-identity-trial-secret");
        assertThat(ProductionSafety.reasons(env)).containsExactly(
                "a Keycloak client secret is the trial realm's or a well-known default (wildcase.keycloak.client-secret)",
                "a Keycloak client secret is the trial realm's or a well-known default "
                        + "(wildcase.keycloak.directory-client-secret)");

        env.setProperty("wildcase.keycloak.client-secret", "s3cr3t-from-the-vault-ab12");
        env.setProperty("wildcase.keycloak.directory-client-secret", "an0ther-s3cr3t-cd34");
        assertThat(ProductionSafety.reasons(env)).isEmpty();
    }
}
