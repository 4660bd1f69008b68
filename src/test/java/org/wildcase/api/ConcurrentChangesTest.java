package org.wildcase.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wildcase.operations.ApiClient;
import org.wildcase.operations.CaseDriver;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An expert completing a case's task at the very moment a manager withdraws the case: on H2 this deadlocked in the
 * engine's tables two times in ten and answered 500. Now one of them wins, the other gets 409 or finds its work
 * done, and the case is whole either way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:start-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
class ConcurrentChangesTest {

    @LocalServerPort
    int port;

    @Test
    void a_completion_racing_a_withdrawal_is_never_a_500_and_leaves_a_whole_case() throws Exception {
        ApiClient api = new ApiClient(path -> URI.create("http://127.0.0.1:" + port + path));
        CaseDriver driver = new CaseDriver(api);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> outcomes = new ArrayList<>();
        for (int race = 0; race < 12; race++) {
            String number = driver.register("race " + race);
            String task = driver.taskId(number, "IdentifySpecies");
            CountDownLatch go = new CountDownLatch(1);
            Future<ApiClient.Reply> complete = pool.submit(() -> {
                go.await();
                return api.post("expert", "/api/tasks/" + task + "/complete",
                        "{\"conclusion\": \"VIOLATION\", \"opinion\": \"race\"}");
            });
            Future<ApiClient.Reply> withdraw = pool.submit(() -> {
                go.await();
                return api.post("manager", "/api/cases/" + number + "/withdraw", "{\"reason\": \"race\"}");
            });
            go.countDown();
            int completed = complete.get().status();
            int withdrawn = withdraw.get().status();
            outcomes.add(completed + "/" + withdrawn);
            assertThat(completed).as("completion in race " + race).isIn(200, 409);
            assertThat(withdrawn).as("withdrawal in race " + race).isIn(200, 409);
            JsonNode file = driver.file(number);
            if (withdrawn == 200) {
                assertThat(file.path("status").asText()).isEqualTo("WITHDRAWN");
                assertThat(file.path("openTasks").size()).isZero();
            } else {
                assertThat(file.path("stage").asText()).isEqualTo("LEGAL");
            }
            if (completed == 200) {
                assertThat(file.path("expertise").toString()).contains("race");
            }
        }
        pool.shutdown();
        System.out.println("Races (completion/withdrawal): " + outcomes);
    }
}
