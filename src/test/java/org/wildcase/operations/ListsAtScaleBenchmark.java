package org.wildcase.operations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wildcase.WildcaseApplication;
import org.wildcase.security.Roles;
import org.wildcase.security.WildcaseUser;
import org.wildcase.seizure.Registration;
import org.wildcase.seizure.SeizureCases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Whether the lists stay fast as cases pile up: the application on embedded PostgreSQL (job executor on, as in
 * production), cases registered through the service layer inside the benchmark (the real flow: pre-check, process
 * start, the expert's task, its overdue timer, full history), one in twenty withdrawn and one in twenty made late;
 * then the REST API is timed over HTTP with HTTP Basic as the demo users: the expert's task list (first and a deep
 * page, late ones), the manager's case list (first page, a party's name, late cases), one case, and a registration.
 * The same requests at each size in one run (default 10,000 and then 100,000 cases), so the growth shows; p50, p95
 * and p99 of {@code bench.scale.samples} calls each after a warm-up. Run with {@code ./mvnw -Pbench verify} or
 * alone: {@code ./mvnw -Pbench test-compile exec:exec@lists-at-scale-benchmark}; sizes with
 * {@code -Dbench.scale.cases=10000,100000}.
 */
public final class ListsAtScaleBenchmark {

    static final WildcaseUser BISHKEK = new WildcaseUser("officer.bishkek", Set.of(Roles.CUSTOMS_OFFICER), "BIS");
    static final WildcaseUser OSH = new WildcaseUser("officer.osh", Set.of(Roles.CUSTOMS_OFFICER), "OSH");
    static final WildcaseUser MANAGER = new WildcaseUser("manager", Set.of(Roles.MANAGER), null);
    static final String[] SURNAMES = {"Asanov", "Usenov", "Mamytov", "Sadykov", "Toktogulov", "Ismailov", "Abdrakhmanov",
            "Zhumabaev", "Kasymov", "Osmonov", "Wang", "Li", "Zhang", "Chen", "Petrov", "Ivanov", "Karimov", "Rakhimov",
            "Al Mansouri", "Al Hashemi", "Nazarov", "Turgunbaev", "Sultanov", "Kurmanov", "Бекмуратов", "Жээнбеков",
            "Алиев", "Омурзаков", "Сыдыков", "Токтосунов"};
    static final String[] GIVEN = {"Bakyt", "Nurlan", "Azamat", "Aibek", "Timur", "Ermek", "Kanat", "Marat", "Wei",
            "Jun", "Sergei", "Oleg", "Rashid", "Khalid", "Aigul", "Gulnara", "Айбек", "Бакыт", "Нурлан", "Чынара"};
    /** The party the name search looks for: one case in a thousand carries him. */
    static final String WANTED = "Sheraliev Dzhamshid";
    static final String[] PLACES = {"Manas International Airport, cargo terminal", "Torugart road post",
            "Irkeshtam road post", "Osh airport", "Bishkek railway station", "Dostuk road post"};
    static final String[] SPECIES = {"Falco cherrug", "Saiga tatarica", "Testudo horsfieldii", "Panthera uncia",
            "Ursus arctos", "Capra sibirica"};

    private final ConfigurableApplicationContext app;
    private final ObjectMapper mapper;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final int samples;
    private int seeded;

    private ListsAtScaleBenchmark(ConfigurableApplicationContext app, int samples) {
        this.app = app;
        this.mapper = app.getBean(ObjectMapper.class);
        this.base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
        this.samples = samples;
        this.seeded = JdbcClient.create(app.getBean(DataSource.class)).sql("select count(*) from seizure_case")
                .query(Integer.class).single();
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream(System.getProperty("bench.scale.cases", "10000,100000").split(","))
                .map(String::trim).mapToInt(Integer::parseInt).sorted().toArray();
        int samples = Integer.getInteger("bench.scale.samples", 200);
        EmbeddedPostgres.Builder postgres = EmbeddedPostgres.builder().setServerConfig("shared_buffers", "256MB")
                .setServerConfig("log_min_duration_statement", "250");
        // A kept data folder lets a second run measure again (after a change) without seeding again.
        String keep = System.getProperty("bench.scale.data");
        if (keep != null && !keep.isBlank()) {
            postgres.setDataDirectory(java.nio.file.Path.of(keep)).setCleanDataDirectory(false);
        }
        try (EmbeddedPostgres pg = postgres.start();
                ConfigurableApplicationContext app = new SpringApplicationBuilder(WildcaseApplication.class).run(
                        "--spring.profiles.active=postgres", "--wildcase.demo.data=false", "--server.port=0",
                        "--logging.level.root=WARN", "--WILDCASE_DB_URL=" + pg.getJdbcUrl("postgres", "postgres"),
                        "--WILDCASE_DB_USER=postgres", "--WILDCASE_DB_PASSWORD=postgres")) {
            ListsAtScaleBenchmark bench = new ListsAtScaleBenchmark(app, samples);
            Map<Integer, Map<String, double[]>> figures = new LinkedHashMap<>();
            for (int size : sizes) {
                bench.seedUpTo(size);
                figures.put(size, bench.measure());
            }
            report(figures);
        }
    }

    /** Registers cases through the service, two units in parallel, a hundred to a transaction. */
    void seedUpTo(int size) throws Exception {
        SeizureCases cases = app.getBean(SeizureCases.class);
        TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        long t0 = System.nanoTime();
        int from = seeded;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> work = new ArrayList<>();
        for (int unit = 0; unit < 2; unit++) {
            WildcaseUser officer = unit == 0 ? BISHKEK : OSH;
            int first = from + unit;
            work.add(pool.submit(() -> {
                for (int start = first; start < size; start += 200) {
                    int batchStart = start;
                    tx.executeWithoutResult(s -> {
                        for (int i = batchStart; i < Math.min(size, batchStart + 200); i += 2) {
                            String number = cases.openCase(registration(i), officer);
                            if (i % 20 == 10) {
                                cases.withdraw(number, "Benchmark: registered twice", MANAGER);
                            }
                        }
                    });
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        seeded = size;
        DataSource data = app.getBean(DataSource.class);
        JdbcClient jdbc = JdbcClient.create(data);
        // One open case in twenty is late, its task past due, as the overdue timer would have left it.
        jdbc.sql("update seizure_case set overdue = true where status = 'OPEN' and mod(id, 20) = 0").update();
        jdbc.sql("update act_ru_task set due_date_ = :due where proc_inst_id_ in "
                + "(select process_instance_id from seizure_case where overdue)")
                .param("due", java.sql.Timestamp.from(OffsetDateTime.now().minusDays(3).toInstant())).update();
        // What autovacuum does soon after a bulk of inserts: statistics, and the visibility map for index-only scans.
        jdbc.sql("vacuum analyze").update();
        long tasks = jdbc.sql("select count(*) from act_ru_task").query(Long.class).single();
        long history = jdbc.sql("select count(*) from act_hi_actinst").query(Long.class).single();
        System.out.printf("%n%,d cases (%,d more registered in %.0f s); %,d open tasks, %,d history activities%n",
                size, size - from, (System.nanoTime() - t0) / 1e9, tasks, history);
    }

    Registration registration(int i) {
        try {
            return mapper.readValue(registrationJson(i), Registration.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A registration as the API takes it; parties and places vary, so the searches find some cases, not all. */
    static String registrationJson(int i) {
        String party = i % 1000 == 500 ? WANTED
                : SURNAMES[i % SURNAMES.length] + " " + GIVEN[(i / SURNAMES.length) % GIVEN.length];
        return """
                {"seizedAt": "%s", "location": "%s", "direction": "EXPORT", "transportMode": "ROAD",
                 "conveyance": "01KG%03dABC", "purpose": "T", "source": "W",
                 "route": {"origin": "KG", "destination": "CN"},
                 "parties": [{"role": "CARRIER", "name": "%s", "nationality": "KG",
                              "identityDocumentType": "PASSPORT", "identityDocument": "AC%07d"}],
                 "specimens": [{"description": "Specimens", "scientificName": "%s", "term": "SKI", "quantity": %d}]}
                """.formatted(OffsetDateTime.now(ZoneOffset.ofHours(6)).minusHours(2 + i % 48),
                PLACES[i % PLACES.length], i % 1000, party, i, SPECIES[i % SPECIES.length], 1 + i % 5);
    }

    /** Times each request: {@code samples} calls after a warm-up; returns p50, p95 and p99 in ms. */
    Map<String, double[]> measure() throws Exception {
        JsonNode all = get("manager", "/api/cases?size=1");
        JsonNode expertTasks = get("expert", "/api/tasks?size=1");
        long total = all.path("totalElements").asLong();
        long tasks = expertTasks.path("totalElements").asLong();
        if (total < seeded || tasks < seeded * 9L / 10 - 100) {
            throw new IllegalStateException("The API shows " + total + " cases and " + tasks
                    + " expert tasks after registering " + seeded);
        }
        List<String> numbers = new ArrayList<>();
        for (JsonNode c : get("manager", "/api/cases?size=200&page=3").path("content")) {
            numbers.add(c.path("caseNumber").asText());
        }
        int deep = (int) Math.min(400, tasks / 20 - 1);
        System.out.printf("  (the deep page is page %d of 20 tasks)%n", deep);
        Map<String, IntFunction<HttpRequest>> requests = new LinkedHashMap<>();
        requests.put("GET /api/tasks (expert, first page)", i -> request("expert", "/api/tasks?size=20").build());
        requests.put("GET /api/tasks?page=<deep>",
                i -> request("expert", "/api/tasks?size=20&page=" + deep).build());
        requests.put("GET /api/tasks?overdue=true", i -> request("expert", "/api/tasks?overdue=true&size=20").build());
        requests.put("GET /api/tasks (officer, own unit)",
                i -> request("officer.bishkek", "/api/tasks?size=20").build());
        requests.put("GET /api/cases (manager, first page)", i -> request("manager", "/api/cases?size=20").build());
        requests.put("GET /api/cases?q=<party name>", i -> request("manager", "/api/cases?size=20&q="
                + (i % 2 == 0 ? "sheraliev" : "dzhamshid")).build());
        requests.put("GET /api/cases?q=<place>", i -> request("manager", "/api/cases?size=20&q=torugart").build());
        requests.put("GET /api/cases?overdue=true", i -> request("manager", "/api/cases?size=20&overdue=true")
                .build());
        requests.put("GET /api/cases/{n}", i -> request("manager", "/api/cases/" + numbers.get(Math.floorMod(i, numbers.size())))
                .build());
        requests.put("POST /api/cases", i -> request("officer.bishkek", "/api/cases")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(registrationJson(seeded + i))).build());
        Map<String, double[]> result = new LinkedHashMap<>();
        for (Map.Entry<String, IntFunction<HttpRequest>> r : requests.entrySet()) {
            boolean registers = r.getKey().startsWith("POST");
            int n = registers ? Math.max(50, samples / 2) : samples;
            for (int i = 0; i < 20; i++) {
                call(r.getValue().apply(-1 - i), registers);
            }
            double[] ms = new double[n];
            for (int i = 0; i < n; i++) {
                HttpRequest request = r.getValue().apply(i);
                long t = System.nanoTime();
                call(request, registers);
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            result.put(r.getKey(), new double[] {pct(ms, 50), pct(ms, 95), pct(ms, 99)});
            System.out.printf("  %-42s p50 %6.1f  p95 %6.1f  p99 %6.1f ms%n", r.getKey(), pct(ms, 50), pct(ms, 95),
                    pct(ms, 99));
        }
        return result;
    }

    static void report(Map<Integer, Map<String, double[]>> figures) {
        List<Integer> sizes = new ArrayList<>(figures.keySet());
        System.out.printf("%n%-44s", "p50 / p95 / p99 ms");
        sizes.forEach(s -> System.out.printf(" %22s", String.format("%,d cases", s)));
        System.out.printf(" %8s %s%n", "growth", "target (p95, growth)");
        for (String name : figures.get(sizes.get(0)).keySet()) {
            System.out.printf("%-44s", name);
            for (int s : sizes) {
                double[] f = figures.get(s).get(name);
                System.out.printf(" %22s", String.format("%.0f / %.0f / %.0f", f[0], f[1], f[2]));
            }
            double first = figures.get(sizes.get(0)).get(name)[1];
            double last = figures.get(sizes.get(sizes.size() - 1)).get(name)[1];
            double growth = last / first;
            double target = name.startsWith("POST") ? 100 : 150;
            boolean met = last <= target && (sizes.size() == 1 || growth <= 1.5);
            System.out.printf(" %7.2fx %s%n", growth, (met ? "met" : "MISSED") + " (<= " + (int) target
                    + " ms, <= 1.5x)");
        }
    }

    private HttpRequest.Builder request(String user, String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }

    private JsonNode get(String user, String path) throws Exception {
        HttpResponse<String> r = http.send(request(user, path).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
        }
        return mapper.readTree(r.body());
    }

    private void call(HttpRequest request, boolean registers) throws Exception {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != (registers ? 201 : 200)) {
            throw new IllegalStateException(request.uri() + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
