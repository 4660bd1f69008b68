package org.wildcase.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wildcase.WildcaseTest;

/**
 * How long verifying the audit trail takes with many entries: appends N chained entries (default 1,000,000,
 * {@code -Dbench.audit.entries}) with batch JDBC after whatever the trail holds, then times {@link AuditTrail#verify()}
 * (median of 3). On H2 here, on embedded PostgreSQL in {@link AuditVerifyOnPostgresBenchmark}. Not part of
 * {@code ./mvnw verify}: run {@code ./mvnw test -Dtest='AuditVerify*Benchmark'}.
 */
@WildcaseTest
class AuditVerifyBenchmark {

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcTemplate sql;

    @Test
    void verification_of_a_long_trail() {
        run("H2", trail, sql);
    }

    static void run(String database, AuditTrail trail, JdbcTemplate sql) {
        int n = Integer.getInteger("bench.audit.entries", 1_000_000);
        long started = System.nanoTime();
        append(sql, n);
        long appended = System.nanoTime();
        List<Long> times = new ArrayList<>();
        AuditTrail.Verification v = null;
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            v = trail.verify();
            times.add((System.nanoTime() - t) / 1_000_000);
        }
        if (!v.valid()) {
            throw new AssertionError("The generated chain does not verify: " + v);
        }
        times.sort(null);
        System.out.printf("AUDIT %s: %,d entries appended in %,d ms; verify median %,d ms (%s), %,.0f entries/s%n",
                database, n, (appended - started) / 1_000_000, times.get(1), times, v.entries() * 1000.0 / times.get(1));
    }

    /** N entries continuing the chain, as the trail would write them (hashes computed the same way). */
    static void append(JdbcTemplate sql, int n) {
        var head = sql.queryForMap("select seq, hash from audit_head where id = 1");
        long seq = ((Number) head.get("seq")).longValue();
        String hash = String.valueOf(head.get("hash")).trim();
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            seq++;
            String who = "officer." + (i % 50);
            String action = i % 3 == 0 ? "CASE_VIEWED" : "TASK_COMPLETED";
            String caseNumber = "BIS-2026-" + String.format("%05d", i % 100_000);
            String detail = "{\"task\":\"IdentifySpecies\",\"taskId\":\"" + i + "\"}";
            OffsetDateTime when = at.plusNanos(i * 1000L);
            String next = AuditTrail.hash(hash, seq, when, who, action, caseNumber, detail);
            batch.add(new Object[] {seq, when, who, action, caseNumber, detail, hash, next});
            hash = next;
            if (batch.size() == 10_000) {
                insert(sql, batch);
            }
        }
        insert(sql, batch);
        sql.update("update audit_head set seq = ?, hash = ? where id = 1", seq, hash);
    }

    private static void insert(JdbcTemplate sql, List<Object[]> batch) {
        if (!batch.isEmpty()) {
            sql.batchUpdate("insert into audit_entry (seq, at, who, action, case_number, detail, previous_hash, hash) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?)", batch);
            batch.clear();
        }
    }
}
