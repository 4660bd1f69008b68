package org.wildcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Docker cannot run here, so the files are kept true to the jar by reading them: the compose file passes the
 * variables the postgres profile reads, and the Dockerfile runs the production jar. .ci/run also validates the
 * compose file with docker-compose.
 */
class DockerFilesTest {

    @Test
    void compose_passes_what_the_postgres_profile_reads() throws Exception {
        String profile = Files.readString(Path.of("src/main/resources/application-postgres.yaml"));
        String compose = Files.readString(Path.of("docker/compose.yaml"));
        for (String variable : new String[] {"WILDCASE_DB_URL", "WILDCASE_DB_USER", "WILDCASE_DB_PASSWORD"}) {
            assertThat(profile).contains("${" + variable + "}");
            assertThat(compose).contains(variable);
        }
        assertThat(compose).contains("SPRING_PROFILES_ACTIVE").contains("postgres").contains("healthcheck")
                .contains("volumes");
    }

    @Test
    void compose_passes_what_the_keycloak_profile_reads_and_runs_the_trial_realm() throws Exception {
        String profile = Files.readString(Path.of("src/main/resources/application-keycloak.yaml"));
        String compose = Files.readString(Path.of("docker/compose.yaml"));
        for (String variable : new String[] {"WILDCASE_KEYCLOAK_ISSUER", "WILDCASE_KEYCLOAK_CLIENT_ID",
                "WILDCASE_KEYCLOAK_CLIENT_SECRET", "WILDCASE_KEYCLOAK_DIRECTORY_CLIENT_ID",
                "WILDCASE_KEYCLOAK_DIRECTORY_CLIENT_SECRET"}) {
            assertThat(profile).contains("${" + variable + ":");
            assertThat(compose).contains(variable);
        }
        assertThat(compose).contains("quay.io/keycloak/keycloak:26.5.6").contains("--import-realm")
                .contains("config/keycloak/wildcase-realm.json");
    }

    @Test
    void the_dockerfile_runs_the_production_jar_on_java_17() throws Exception {
        String dockerfile = Files.readString(Path.of("docker/Dockerfile"));
        assertThat(dockerfile).contains("17").contains("target/wildcase-").contains("java")
                .contains("/actuator/health").contains("-XX:SharedArchiveFile=/app/app/wildcase.jsa")
                .contains("-XX:ArchiveClassesAtExit=/app/app/wildcase.jsa");
    }
}
