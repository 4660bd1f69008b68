package org.wildcase.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Two nodes on one PostgreSQL, each with its own job executor, behave as one application (Camunda 7's cluster
 * model): case numbers stay unique when both register at once, every timer fires once, a task opened on one node
 * is completed on the other, and a task someone claimed on one node is a 409 for another person on the other. The
 * expertise deadline of live specimens is four seconds here, so the timers are due while the test runs. Then a
 * pg_dump taken while cases stand in every stage is restored into an empty database, and a third node started on
 * it finishes each of them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTest {

    static EmbeddedPostgres postgres;
    static AppProcess a;
    static AppProcess b;
    static ApiClient nodeA;
    static ApiClient nodeB;
    static Path dir;

    @BeforeAll
    static void twoNodes() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        dir = Files.createDirectories(Path.of("target", "cluster", "run-" + System.currentTimeMillis()))
                .toAbsolutePath();
        Map<String, String> env = Map.of("WILDCASE_DB_URL", postgres.getJdbcUrl("postgres", "postgres"),
                "WILDCASE_DB_USER", "postgres", "WILDCASE_DB_PASSWORD", "postgres",
                "SPRING_PROFILES_ACTIVE", "postgres");
        Map<String, String> node = Map.of("wildcase.deadlines.expertise-live", "4s",
                "camunda.bpm.job-execution.wait-time-in-millis", "500",
                "camunda.bpm.job-execution.max-wait", "1000");
        // The first node creates the schema and writes the demo data, the second joins it. The demo data also
        // keeps the first node busy starting for a while, so its starting gate is seen at work.
        Map<String, String> first = new HashMap<>(node);
        first.put("wildcase.demo.data", "true");
        Map<String, String> second = new HashMap<>(node);
        second.put("wildcase.demo.data", "false");
        a = new AppProcess("node-a", dir, first, env).start();
        b = new AppProcess("node-b", dir, second, env).start();
        nodeA = new ApiClient(a::uri);
        nodeB = new ApiClient(b::uri);
    }

    @AfterAll
    static void stop() throws Exception {
        if (b != null) {
            b.stop();
        }
        if (a != null) {
            a.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void before_it_is_ready_a_node_answers_the_api_with_503_and_retry_after() {
        assertThat(a.earlyReplies()).as("API replies while node A wrote its demo data").isNotEmpty();
        assertThat(CrashTrials.notStartingReplies(a)).isEmpty();
        assertThat(CrashTrials.notStartingReplies(b)).isEmpty();
    }

    @Test
    void two_nodes_register_at_once_and_every_case_number_is_unique_every_timer_fires_once() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<String>>> work = new ArrayList<>();
        for (ApiClient node : List.of(nodeA, nodeB, nodeA, nodeB)) {
            work.add(pool.submit(() -> {
                List<String> numbers = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    ApiClient.Reply r = node.post("officer.bishkek", "/api/cases", liveFalcons("cluster " + i));
                    assertThat(r.status()).as(r.text()).isEqualTo(201);
                    numbers.add(r.text("caseNumber"));
                }
                return numbers;
            }));
        }
        List<String> numbers = new ArrayList<>();
        for (Future<List<String>> f : work) {
            numbers.addAll(f.get());
        }
        pool.shutdown();
        assertThat(numbers).hasSize(40).doesNotHaveDuplicates();

        // The expertise deadline (4 s) passes: each case is marked overdue, by one node's job executor or the other's.
        long deadline = System.currentTimeMillis() + 90_000;
        Set<String> overdue = new HashSet<>();
        while (overdue.size() < numbers.size() && System.currentTimeMillis() < deadline) {
            overdue.clear();
            JsonNode page = nodeB.get("manager", "/api/cases?overdue=true&size=500").body();
            page.path("content").forEach(c -> overdue.add(c.path("caseNumber").asText()));
            overdue.retainAll(numbers);
            Thread.sleep(500);
        }
        assertThat(overdue).as("cases marked overdue by their timer").hasSize(numbers.size());
        Map<String, Integer> fired = timerFirings("Timer_ExpertiseOverdue");
        for (String number : numbers) {
            assertThat(fired.getOrDefault(number, 0)).as("expertise timer firings of " + number).isEqualTo(1);
        }
        assertThat(fired.values()).as("every expertise timer of the demo cases too").allMatch(n -> n == 1);
    }

    @Test
    void a_task_opened_on_one_node_is_completed_on_the_other_and_a_claim_holds_across_nodes() throws Exception {
        String number = nodeA.post("officer.bishkek", "/api/cases", liveFalcons("cluster tasks")).text("caseNumber");
        JsonNode file = nodeB.get("expert", "/api/cases/" + number).body();
        String identify = task(file, "IdentifySpecies");
        String care = task(file, "RecordLiveSpecimenCare");

        // The expert claims the care of the live birds on node A; the officer of the unit asks for it on node B.
        assertThat(nodeA.post("expert", "/api/tasks/" + care + "/claim", null).status()).isEqualTo(200);
        ApiClient.Reply taken = nodeB.post("officer.bishkek", "/api/tasks/" + care + "/claim", null);
        assertThat(taken.status()).as(taken.text()).isEqualTo(409);
        assertThat(taken.text("detail")).contains("expert");

        // The expertise is concluded on node B; node A sees the legal step, and a second completion is a 409.
        ApiClient.Reply done = nodeB.post("expert", "/api/tasks/" + identify + "/complete",
                "{\"conclusion\": \"VIOLATION\", \"opinion\": \"Saker falcons without a permit\"}");
        assertThat(done.status()).as(done.text()).isEqualTo(200);
        assertThat(nodeA.get("manager", "/api/cases/" + number).text("stage")).isEqualTo("LEGAL");
        ApiClient.Reply again = nodeA.post("expert", "/api/tasks/" + identify + "/complete",
                "{\"conclusion\": \"NO_VIOLATION\", \"opinion\": \"late\"}");
        assertThat(again.status()).isEqualTo(409);

        String qualify = task(nodeA.get("lawyer", "/api/cases/" + number).body(), "QualifyOffence");
        ApiClient.Reply qualified = nodeB.post("lawyer", "/api/tasks/" + qualify + "/complete",
                "{\"qualification\": \"CRIMINAL\", \"legalBasis\": \"Criminal Code, art. 283\"}");
        assertThat(qualified.status()).as(qualified.text()).isEqualTo(200);
        assertThat(task(nodeA.get("lawyer", "/api/cases/" + number).body(), "ReferToInvestigation")).isNotNull();
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void a_pg_dump_taken_while_cases_stand_in_every_stage_restores_into_an_empty_database() throws Exception {
        CaseDriver driver = new CaseDriver(nodeA);
        Map<CaseDriver.Point, String> cases = driver.caseInEveryStage();
        Map<String, String> stages = new HashMap<>();
        for (String number : cases.values()) {
            stages.put(number, driver.file(number).path("stage").asText());
        }
        Path dump = dir.resolve("wildcase.dump");
        Map<String, String> libpq = new HashMap<>(Map.of("PGHOST", "localhost",
                "PGPORT", String.valueOf(postgres.getPort()), "PGUSER", "postgres", "PGPASSWORD", "postgres",
                "PGDATABASE", "postgres"));
        BackupRestoreTest.ProcessResult backup = BackupRestoreTest.ProcessResult.run(dir, libpq, "bash",
                BackupRestoreTest.script("backup-postgres.sh"), dump.toString());
        assertThat(backup.exit()).as(backup.output()).isZero();
        driver.register("after the dump");

        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("create database restored");
        }
        libpq.put("PGDATABASE", "restored");
        BackupRestoreTest.ProcessResult restore = BackupRestoreTest.ProcessResult.run(dir, libpq, "bash",
                BackupRestoreTest.script("restore-postgres.sh"), dump.toString());
        assertThat(restore.exit()).as(restore.output()).isZero();
        BackupRestoreTest.ProcessResult again = BackupRestoreTest.ProcessResult.run(dir, libpq, "bash",
                BackupRestoreTest.script("restore-postgres.sh"), dump.toString());
        assertThat(again.exit()).as("restoring into a database that is not empty is refused").isNotZero();

        Map<String, String> env = Map.of("WILDCASE_DB_URL", postgres.getJdbcUrl("postgres", "restored"),
                "WILDCASE_DB_USER", "postgres", "WILDCASE_DB_PASSWORD", "postgres",
                "SPRING_PROFILES_ACTIVE", "postgres");
        try (AppProcess c = new AppProcess("node-restored", dir, Map.of("wildcase.demo.data", "false"), env)
                .start()) {
            ApiClient restored = new ApiClient(c::uri);
            CaseDriver finisher = new CaseDriver(restored);
            for (Map.Entry<CaseDriver.Point, String> e : cases.entrySet()) {
                assertThat(finisher.file(e.getValue()).path("stage").asText()).as(e.getKey().name())
                        .isEqualTo(stages.get(e.getValue()));
                assertThat(finisher.finish(e.getValue())).as(e.getKey() + " finished after the restore")
                        .isIn("CLOSED", "RELEASED");
            }
            assertThat(restored.get("manager", "/api/cases?q=after%20the%20dump").body().path("totalElements")
                    .asInt()).isZero();
            c.stop();
        }
    }

    @Test
    void operators_see_health_and_metrics_and_nobody_else_sees_more_than_the_status() throws Exception {
        nodeA.post("officer.bishkek", "/api/cases", liveFalcons("metrics"));
        ApiClient.Reply readiness = nodeA.get(null, "/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.body().size()).as("status only: " + readiness.text()).isEqualTo(1);
        assertThat(nodeA.get(null, "/actuator/health/liveness").text("status")).isEqualTo("UP");
        assertThat(nodeA.get(null, "/actuator/health").body().has("components")).isFalse();
        assertThat(nodeA.get("admin", "/actuator/health").body().path("components").has("db")).isTrue();
        assertThat(nodeA.get(null, "/actuator/prometheus").status()).isEqualTo(401);
        assertThat(nodeA.get("manager", "/actuator/prometheus").status()).isEqualTo(403);
        ApiClient.Reply metrics = nodeA.get("admin", "/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text()).contains("wildcase_cases_registered_total{", "wildcase_tasks_open{role=\"cites-expert\"",
                "wildcase_tasks_overdue{", "wildcase_engine_incidents", "wildcase_engine_jobs_failing",
                "http_server_requests_seconds_bucket{");
        assertThat(nodeA.post("manager", "/actuator/backup", null).status()).isEqualTo(403);
        assertThat(nodeA.post("admin", "/actuator/backup", null).status()).as("PostgreSQL: use pg_dump")
                .isEqualTo(409);
    }

    static String liveFalcons(String location) {
        return """
                {"seizedAt": "2026-11-20T09:30:00+06:00", "location": %s, "direction": "EXPORT",
                 "transportMode": "AIR", "purpose": "T", "source": "W", "route": {"origin": "KG", "destination": "AE"},
                 "specimens": [{"description": "Live falcons", "scientificName": "Falco cherrug", "term": "LIV",
                                "quantity": 2, "live": true}]}
                """.formatted(ApiClient.quote(location));
    }

    static String task(JsonNode file, String taskKey) {
        for (JsonNode t : file.path("openTasks")) {
            if (taskKey.equals(t.path("taskKey").asText())) {
                return t.path("taskId").asText();
            }
        }
        throw new AssertionError("no open " + taskKey + " in " + file.path("openTasks"));
    }

    /** How often the engine passed a timer event, per case: its history, whichever node's executor ran it. */
    static Map<String, Integer> timerFirings(String timerId) throws Exception {
        Map<String, Integer> fired = new HashMap<>();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                ResultSet rs = c.createStatement().executeQuery("select p.business_key_, count(*) "
                        + "from act_hi_actinst a join act_hi_procinst p on p.proc_inst_id_ = a.proc_inst_id_ "
                        + "where a.act_id_ = '" + timerId + "' group by p.business_key_")) {
            while (rs.next()) {
                fired.put(rs.getString(1), rs.getInt(2));
            }
        }
        return fired;
    }
}
