package org.wildcase.reporting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wildcase.WildcaseApplication;
import org.wildcase.security.Roles;
import org.wildcase.security.WildcaseUser;
import org.wildcase.seizure.Registration;
import org.wildcase.seizure.SeizureCases;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Whether the managers' statistics stay fast with many cases. Bulk-inserts N cases (two years of seizures, four
 * units, one to three specimen lines each, their stage periods) with batch JDBC into the application's own schema
 * (Flyway's), registers a few hundred more through the flow so that the engine holds open tasks (half of them
 * late), then times every figure of {@link CaseStatistics} as the view asks for it: median of 5 runs after a
 * warm-up, for all units and for one, over the default 12 months and over 24. On H2 (in memory) and on embedded
 * PostgreSQL. Run with {@code ./mvnw -Pbench verify} (N with -Dbench.statistics.cases, default 100,000).
 */
public final class StatisticsBenchmark {

    static final WildcaseUser MANAGER = new WildcaseUser("manager", Set.of(Roles.MANAGER), null);
    static final WildcaseUser BISHKEK = new WildcaseUser("officer.bishkek", Set.of(Roles.CUSTOMS_OFFICER), "BIS");
    static final String[] UNITS = {"BIS", "OSH", "TOR", "NAR"};
    static final String[] COUNTRIES = {"KG", "KZ", "CN", "RU", "AE", "UZ", "TJ", "DE", "TR", "QA", "SA", "IN"};
    static final String[] STAGES = {"EXPERTISE", "AWAITING_INFORMATION", "RELEASE", "LEGAL", "DISPOSAL"};
    static final int RUNS = 5;

    private StatisticsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.getInteger("bench.statistics.cases", 100_000);
        int open = Integer.getInteger("bench.statistics.open", 300);
        List<String> common = List.of("--wildcase.demo.data=false", "--camunda.bpm.job-execution.enabled=false",
                "--server.port=0", "--logging.level.root=WARN");
        List<String> h2 = new ArrayList<>(common);
        h2.add("--spring.datasource.url=jdbc:h2:mem:statistics;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=512;OPTIMIZE_REUSE_RESULTS=FALSE");
        run("H2", h2, n, open);
        if (!Boolean.getBoolean("bench.statistics.skipPostgres")) {
            try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
                List<String> postgres = new ArrayList<>(common);
                postgres.add("--spring.profiles.active=postgres");
                postgres.add("--WILDCASE_DB_URL=" + pg.getJdbcUrl("postgres", "postgres"));
                postgres.add("--WILDCASE_DB_USER=postgres");
                postgres.add("--WILDCASE_DB_PASSWORD=postgres");
                run("PostgreSQL", postgres, n, open);
            }
        }
    }

    static void run(String database, List<String> args, int n, int open) throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(WildcaseApplication.class)
                .run(args.toArray(String[]::new))) {
            DataSource dataSource = app.getBean(DataSource.class);
            long t0 = System.nanoTime();
            insert(dataSource, n);
            long inserted = System.nanoTime();
            openCases(app, open);
            JdbcClient.create(dataSource).sql("analyze").update();
            System.out.printf("%n%s: %,d cases bulk-inserted in %.1f s, %d registered through the flow in %.1f s%n",
                    database, n, (inserted - t0) / 1e9, open, (System.nanoTime() - inserted) / 1e9);

            CaseStatistics statistics = app.getBean(CaseStatistics.class);
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Bishkek"));
            Map<String, CaseStatistics.Filter> filters = new LinkedHashMap<>();
            filters.put("all, 12 months", CaseStatistics.Filter.all());
            filters.put("BIS, 12 months", new CaseStatistics.Filter("BIS", null, null));
            filters.put("all, 24 months", new CaseStatistics.Filter(null, today.withDayOfMonth(1).minusMonths(23),
                    today));
            Map<String, Consumer<CaseStatistics.Filter>> figures = new LinkedHashMap<>();
            figures.put("seizures per month", f -> statistics.seizuresPerMonth(f, MANAGER));
            figures.put("top species", f -> statistics.topSpecies(f, MANAGER));
            figures.put("open cases per stage", f -> statistics.openCasesPerStage(f, MANAGER));
            figures.put("average time per stage", f -> statistics.averageTimePerStage(f, MANAGER));
            figures.put("overdue tasks per role", f -> statistics.overdueTasksPerRole(f, MANAGER));
            figures.put("routes (pairs, origins, destinations)", f -> statistics.routes(f, MANAGER));
            System.out.printf("%-40s", "median of " + RUNS + " runs, ms");
            filters.keySet().forEach(k -> System.out.printf(" %16s", k));
            System.out.println();
            double[] page = new double[filters.size()];
            for (Map.Entry<String, Consumer<CaseStatistics.Filter>> figure : figures.entrySet()) {
                System.out.printf("%-40s", figure.getKey());
                int column = 0;
                for (CaseStatistics.Filter filter : filters.values()) {
                    double ms = median(() -> figure.getValue().accept(filter));
                    page[column++] += ms;
                    System.out.printf(" %16.1f", ms);
                }
                System.out.println();
            }
            System.out.printf("%-40s", "the whole page (sum)");
            Arrays.stream(page).forEach(ms -> System.out.printf(" %16.1f", ms));
            System.out.printf("%n%n");
        }
    }

    static double median(Runnable figure) {
        figure.run();
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            figure.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }

    /** N cases seized over the last two years, with their specimen lines and stage periods, in batches. */
    static void insert(DataSource dataSource, int n) throws Exception {
        Random random = new Random(42);
        List<String> species = JdbcClient.create(dataSource).sql("select distinct scientific_name from taxon "
                + "where taxon_rank in ('SPECIES', 'SUBSPECIES') order by scientific_name").query(String.class).list();
        if (species.isEmpty()) {
            species = List.of("Falco cherrug", "Saiga tatarica", "Testudo horsfieldii");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(6));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long base = 10_000_000L;
            try (PreparedStatement cases = c.prepareStatement("insert into seizure_case (id, case_number, unit, "
                    + "status, stage, reached_legal, overdue, seized_at, location, direction, transport_mode, "
                    + "route_origin, route_destination, share_with_iccwc, registered_by, registered_at, version) "
                    + "values (?, ?, ?, ?, ?, ?, false, ?, 'Benchmark post', 'EXPORT', 'ROAD', ?, ?, true, "
                    + "'officer', ?, 0)");
                    PreparedStatement lines = c.prepareStatement("insert into case_specimen (case_id, line_index, "
                            + "description, scientific_name, term, quantity, live) values (?, ?, 'Specimens', ?, "
                            + "'SKI', 1, false)");
                    PreparedStatement periods = c.prepareStatement("insert into case_stage_period (case_id, stage, "
                            + "entered_at, left_at, seconds) values (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < n; i++) {
                    long id = base + i;
                    OffsetDateTime seized = now.minusMinutes(random.nextInt(730 * 24 * 60));
                    boolean done = random.nextInt(10) < 7;
                    int stage = random.nextInt(STAGES.length);
                    cases.setLong(1, id);
                    cases.setString(2, "B-" + id);
                    cases.setString(3, UNITS[Math.min(UNITS.length - 1, (int) Math.abs(random.nextGaussian()
                            * 1.3))]);
                    cases.setString(4, done ? (stage == 2 ? "RELEASED" : "CLOSED") : "OPEN");
                    cases.setString(5, done ? "DONE" : STAGES[stage]);
                    cases.setBoolean(6, stage >= 3);
                    cases.setObject(7, seized);
                    cases.setString(8, random.nextInt(3) > 0 ? "KG" : COUNTRIES[random.nextInt(COUNTRIES.length)]);
                    cases.setString(9, COUNTRIES[random.nextInt(COUNTRIES.length)]);
                    cases.setObject(10, seized.plusHours(2));
                    cases.addBatch();
                    int count = 1 + random.nextInt(3);
                    for (int l = 0; l < count; l++) {
                        lines.setLong(1, id);
                        lines.setInt(2, l);
                        // Skewed towards the start of the list, as real seizures are towards a few species.
                        lines.setString(3, species.get((int) (species.size() * Math.pow(random.nextDouble(), 3))));
                        lines.addBatch();
                    }
                    OffsetDateTime at = seized.plusHours(2);
                    for (int s = 0; s <= stage; s++) {
                        long seconds = 3600L * (12 + random.nextInt(24 * 20));
                        boolean closed = done || s < stage;
                        periods.setLong(1, id);
                        periods.setString(2, STAGES[s]);
                        periods.setObject(3, at);
                        periods.setObject(4, closed ? at.plusSeconds(seconds) : null);
                        if (closed) {
                            periods.setLong(5, seconds);
                        } else {
                            periods.setNull(5, java.sql.Types.BIGINT);
                        }
                        periods.addBatch();
                        at = at.plusSeconds(seconds);
                    }
                    if (i % 1000 == 999) {
                        cases.executeBatch();
                        lines.executeBatch();
                        periods.executeBatch();
                        c.commit();
                    }
                }
                cases.executeBatch();
                lines.executeBatch();
                periods.executeBatch();
                c.commit();
            }
        }
    }

    /** Cases registered through the flow, so the engine holds open tasks; every other one is made late. */
    static void openCases(ConfigurableApplicationContext app, int count) throws Exception {
        SeizureCases cases = app.getBean(SeizureCases.class);
        ObjectMapper mapper = app.getBean(ObjectMapper.class);
        Registration registration = mapper.readValue("""
                {"seizedAt": "%s", "location": "Benchmark post", "direction": "EXPORT", "transportMode": "ROAD",
                 "route": {"origin": "KG", "destination": "CN"}, "purpose": "T", "source": "W",
                 "specimens": [{"description": "Horns", "scientificName": "Saiga tatarica", "term": "HOR",
                                "quantity": 2}]}""".formatted(OffsetDateTime.now().minusDays(1)), Registration.class);
        for (int i = 0; i < count; i++) {
            cases.openCase(registration, BISHKEK);
        }
        JdbcClient.create(app.getBean(DataSource.class)).sql("update act_ru_task set due_date_ = :due "
                + "where id_ in (select id_ from (select id_ from act_ru_task order by id_ fetch first " + count / 2
                + " rows only) t)")
                .param("due", java.sql.Timestamp.from(OffsetDateTime.now().minusDays(3).toInstant())).update();
    }
}
