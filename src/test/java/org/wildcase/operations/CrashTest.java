package org.wildcase.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Nothing acknowledged is lost: the application, a JVM of its own, is killed with SIGKILL under concurrent load and
 * started again on the same data, on the embedded default (H2 file under ./data/) and on PostgreSQL. Three trials
 * each here; {@code -Pbench} runs twenty ({@code -Dcrash.trials=20}).
 */
class CrashTest {

    static final int TRIALS = Integer.getInteger("crash.trials", 3);

    /** The crash test's application: demo users to call it, no demo cases to wait for. */
    static final Map<String, String> APP = Map.of("wildcase.demo.data", "false");

    @Test
    void the_embedded_default_loses_nothing_it_acknowledged_when_killed() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "crash", "h2-" + System.currentTimeMillis()));
        // No database setting: the application's own default, ./data/ under its working directory.
        CrashTrials.Outcome outcome = CrashTrials.run("H2", TRIALS, dir, APP, Map.of());
        report(outcome);
        assertThat(dir.resolve("data/wildcase.mv.db")).exists();
    }

    @Test
    void postgresql_loses_nothing_it_acknowledged_when_the_application_is_killed() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "crash", "pg-" + System.currentTimeMillis()));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Map<String, String> env = Map.of("WILDCASE_DB_URL", postgres.getJdbcUrl("postgres", "postgres"),
                    "WILDCASE_DB_USER", "postgres", "WILDCASE_DB_PASSWORD", "postgres",
                    "SPRING_PROFILES_ACTIVE", "postgres");
            report(CrashTrials.run("PostgreSQL", TRIALS, dir, APP, env));
        }
    }

    private static void report(CrashTrials.Outcome outcome) {
        System.out.println("CRASH " + outcome.line());
        outcome.lost().stream().limit(20).forEach(l -> System.out.println("  lost: " + l));
        outcome.duplicated().stream().limit(20).forEach(d -> System.out.println("  duplicated: " + d));
        outcome.inconsistent().stream().limit(20).forEach(i -> System.out.println("  inconsistent: " + i));
        outcome.serverErrors().stream().limit(20).forEach(e -> System.out.println("  server error: " + e));
        outcome.unexpected().stream().limit(20).forEach(u -> System.out.println("  unexpected: " + u));
        assertThat(outcome.registered()).as("registrations acknowledged").isPositive();
        assertThat(outcome.completed()).as("completions and withdrawals acknowledged").isPositive();
        assertThat(outcome.clean()).as(outcome.line()).isTrue();
    }
}
