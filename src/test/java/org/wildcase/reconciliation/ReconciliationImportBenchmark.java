package org.wildcase.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wildcase.WildcaseTest;
import org.wildcase.reconciliation.Reconciliations.RunSummary;

/**
 * The whole import on the application's database: 100,000 export records (5 lines of 20,000 declarations) against
 * 20,000 permits, one declaration in a hundred citing an unknown permit. Not a test (the name keeps it out of
 * {@code ./mvnw verify}); run it with {@code ./mvnw test -Dtest=ReconciliationImportBenchmark}.
 */
@WildcaseTest
class ReconciliationImportBenchmark {

    static final int PERMITS = 20_000;
    static final String[][] LINES = {{"Falco cherrug", "LIV"}, {"Saiga tatarica", "HOR"},
            {"Cistanche deserticola", "ROO"}, {"Ovis ammon", "TRO"}, {"Falco peregrinus", "FEA"}};

    @Autowired
    Reconciliations reconciliations;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void imports_100000_records_against_20000_permits_in_seconds() {
        long t0 = System.nanoTime();
        List<Object[]> permits = new ArrayList<>();
        for (int p = 0; p < PERMITS; p++) {
            permits.add(new Object[] {"BENCH-" + p});
        }
        jdbc.batchUpdate("insert into permit (permit_number, document_type, issued_on, valid_until, holder, country, "
                + "recorded_at, recorded_by, version) values (?, 'EXPORT_PERMIT', date '2026-09-01', "
                + "date '2027-02-28', 'Holder', 'KG', current_timestamp, 'bench', 0)", permits);
        Map<String, Long> ids = new java.util.HashMap<>();
        jdbc.query("select id, permit_number from permit where permit_number like 'BENCH-%'",
                rs -> {
                    ids.put(rs.getString(2), rs.getLong(1));
                });
        List<Object[]> lines = new ArrayList<>();
        ids.forEach((number, id) -> {
            for (int l = 0; l < LINES.length; l++) {
                lines.add(new Object[] {id, l, LINES[l][0], LINES[l][1]});
            }
        });
        jdbc.batchUpdate("insert into permit_line (permit_id, line_index, scientific_name, term, quantity) "
                + "values (?, ?, ?, ?, 10)", lines);
        StringBuilder csv = new StringBuilder(RunFixture.HEADER);
        for (int p = 0; p < PERMITS; p++) {
            String permit = p % 100 == 0 ? "UNKNOWN-" + p : "BENCH-" + p;
            for (String[] line : LINES) {
                csv.append("DECL-").append(p).append(",2026-10-").append(String.format("%02d", 1 + p % 28))
                        .append(",Exporter ").append(p % 500).append(',').append(permit).append(',')
                        .append(line[0]).append(',').append(line[1]).append(",2,,AE\n");
            }
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        long t1 = System.nanoTime();

        RunSummary run = reconciliations.importRecords("bench.csv", new ByteArrayInputStream(file),
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), RunFixture.PERMITS);
        long t2 = System.nanoTime();

        System.out.printf("BENCHMARK setup %d ms; import of %d records (%d KB) against %d permits: %d ms, "
                + "%d discrepancies, %d unused permits, at %s%n", (t1 - t0) / 1_000_000, run.records(),
                file.length / 1024, PERMITS, (t2 - t1) / 1_000_000, run.discrepancies(), run.unusedPermits(),
                OffsetDateTime.now());
        assertThat(run.records()).isEqualTo(100_000);
        assertThat(run.discrepancies()).isGreaterThanOrEqualTo(1000);
    }
}
