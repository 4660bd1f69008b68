package org.wildcase.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * API calls per second with HTTP Basic, through the real server, after a warm-up: a few clients call {@code GET /api/holidays} (a cheap
 * endpoint, so the sign-in is most of the cost) and {@code GET /api/species?q=falco} over and over with the same demo
 * credentials, as an agency's system does. Not a test (the name keeps it out of {@code ./mvnw verify}); run it with
 * {@code ./mvnw test -Dtest=BasicSignInBenchmark [-Dbench.calls=400 -Dbench.clients=4]}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:basic-bench-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false", "wildcase.demo.data=false"})
class BasicSignInBenchmark {

    static final int CALLS = Integer.getInteger("bench.calls", 400);
    static final int CLIENTS = Integer.getInteger("bench.clients", 4);

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void repeated_basic_calls_per_second() throws Exception {
        for (String path : List.of("/api/holidays", "/api/species?q=falco")) {
            run(path, Math.max(100, CALLS / 4));
            long t0 = System.nanoTime();
            long[] nanos = run(path, CALLS);
            double seconds = (System.nanoTime() - t0) / 1e9;
            Arrays.sort(nanos);
            System.out.printf("BENCH %s: %d calls, %d clients: %.1f calls/s, p50 %.1f ms, p95 %.1f ms%n", path,
                    CALLS, CLIENTS, CALLS / seconds, nanos[nanos.length / 2] / 1e6,
                    nanos[(int) (nanos.length * 0.95)] / 1e6);
        }
    }

    /** Each call's time; the clients share the calls. */
    private long[] run(String path, int calls) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString("expert:demo".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic).build();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Long>> times = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                times.add(clients.submit(() -> {
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    long t = System.nanoTime() - t0;
                    assertThat(response.statusCode()).isEqualTo(200);
                    return t;
                }));
            }
            long[] nanos = new long[calls];
            for (int i = 0; i < calls; i++) {
                nanos[i] = times.get(i).get();
            }
            return nanos;
        } finally {
            clients.shutdown();
        }
    }
}
