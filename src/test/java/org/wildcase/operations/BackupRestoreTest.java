package org.wildcase.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A backup of the embedded default, taken while the application runs and cases stand in every stage, restored with
 * the scripts of config/backup/ into an empty directory: the restored application knows every case where it stood,
 * and each of them can be finished. (PostgreSQL's pg_dump and pg_restore: {@link ClusterTest}.)
 */
class BackupRestoreTest {

    @Test
    void an_online_h2_backup_restores_every_case_where_it_stood_and_each_can_be_finished() throws Exception {
        Path run = Files.createDirectories(Path.of("target", "backup", "h2-" + System.currentTimeMillis()))
                .toAbsolutePath();
        Path source = Files.createDirectories(run.resolve("source"));
        Path restored = Files.createDirectories(run.resolve("restored"));
        Map<String, String> app = Map.of("wildcase.demo.data", "false");
        Map<CaseDriver.Point, String> cases;
        Map<String, JsonNode> before = new java.util.HashMap<>();
        Path zip;
        try (AppProcess original = new AppProcess("source", source, app, Map.of()).start()) {
            CaseDriver driver = new CaseDriver(new ApiClient(original::uri));
            cases = driver.caseInEveryStage();
            for (String number : cases.values()) {
                before.put(number, driver.file(number));
            }
            ProcessResult backup = ProcessResult.run(run, "bash", script("backup-h2.sh"),
                    "http://127.0.0.1:" + original.port(), run.resolve("copies").toString());
            assertThat(backup.exit()).as(backup.output()).isZero();
            try (var copies = Files.list(run.resolve("copies"))) {
                zip = copies.filter(p -> p.toString().endsWith(".zip")).findFirst().orElseThrow();
            }
            // A case registered after the backup is not in it.
            driver.register("after the backup");
            original.stop();
        }
        ProcessResult restore = ProcessResult.run(run, "bash", script("restore-h2.sh"), zip.toString(),
                restored.resolve("data").toString());
        assertThat(restore.exit()).as(restore.output()).isZero();
        ProcessResult again = ProcessResult.run(run, "bash", script("restore-h2.sh"), zip.toString(),
                restored.resolve("data").toString());
        assertThat(again.exit()).as("restoring over a database is refused").isNotZero();

        try (AppProcess back = new AppProcess("restored", restored, app, Map.of()).start()) {
            ApiClient api = new ApiClient(back::uri);
            CaseDriver driver = new CaseDriver(api);
            for (Map.Entry<CaseDriver.Point, String> c : cases.entrySet()) {
                JsonNode file = driver.file(c.getValue());
                JsonNode was = before.get(c.getValue());
                assertThat(file.path("stage").asText()).as(c.getKey().name()).isEqualTo(was.path("stage").asText());
                assertThat(file.path("openTasks").size()).as(c.getKey().name())
                        .isEqualTo(was.path("openTasks").size());
                assertThat(driver.finish(c.getValue())).as(c.getKey() + " finished after the restore")
                        .isIn("CLOSED", "RELEASED");
            }
            assertThat(api.get("manager", "/api/cases?q=after%20the%20backup").body().path("totalElements")
                    .asInt()).isZero();
            assertThat(CrashTrials.notStartingReplies(back)).isEmpty();
        }
    }

    static String script(String name) {
        return Path.of("config", "backup", name).toAbsolutePath().toString();
    }

    /** A command's exit code and what it printed. */
    record ProcessResult(int exit, String output) {
        static ProcessResult run(Path dir, String... command) throws Exception {
            return run(dir, Map.of(), command);
        }

        static ProcessResult run(Path dir, Map<String, String> env, String... command) throws Exception {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
            builder.environment().putAll(env);
            Process p = builder.start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return new ProcessResult(p.waitFor(), out);
        }
    }
}
