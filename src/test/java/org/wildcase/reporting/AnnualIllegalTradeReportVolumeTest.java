package org.wildcase.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wildcase.WildcaseTest;
import org.wildcase.security.Roles;
import org.wildcase.security.WildcaseUser;

/**
 * On demand ({@code -Dbench.aitr.cases=100000}): a year of many closed cases, written straight into the tables, and
 * the report of that year, timed, with the heap watched while it is written. Seizures are in 2021, a year no other
 * test uses.
 */
@WildcaseTest
@EnabledIfSystemProperty(named = "bench.aitr.cases", matches = "\\d+")
class AnnualIllegalTradeReportVolumeTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AnnualIllegalTradeReport report;

    @Autowired
    org.wildcase.seizure.SeizureRecords seizures;

    @Autowired
    org.wildcase.legal.LegalRecords legal;

    @Autowired
    org.wildcase.custody.DisposalRecords disposals;

    @Autowired
    org.wildcase.expertise.ExpertiseRecords expertise;

    @Test
    void a_year_of_many_cases_is_written_in_pages_without_holding_the_year_in_memory() throws Exception {
        int cases = Integer.getInteger("bench.aitr.cases");
        long t0 = System.nanoTime();
        int lines = fill(cases);
        long filled = System.nanoTime();
        // The reads alone, as the report makes them, to tell the database's share from the workbook's.
        int[] read = {0};
        OffsetDateTime from = OffsetDateTime.of(2021, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(6));
        seizures.forEachBatch(from, from.plusYears(1), AnnualIllegalTradeReport.NOT_REPORTED,
                AnnualIllegalTradeReport.BATCH, batch -> {
                    List<Long> ids = batch.stream().map(org.wildcase.seizure.SeizureRecords.Seizure::id).toList();
                    legal.sanctionsFor(ids);
                    disposals.disposalsFor(ids);
                    expertise.conclusionsFor(ids);
                    read[0] += batch.stream().mapToInt(x -> x.specimens().size()).sum();
                });
        long readOnly = System.nanoTime();
        assertThat(read[0]).isEqualTo(lines);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        AtomicLong peak = new AtomicLong(before);
        Thread watcher = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        watcher.start();
        long[] size = {0};
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                size[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                size[0] += len;
            }
        };
        long t1 = System.nanoTime();
        int rows = report.write(2021, new WildcaseUser("manager", Set.of(Roles.MANAGER), null), counting);
        long t2 = System.nanoTime();
        watcher.interrupt();
        watcher.join();
        assertThat(rows).isEqualTo(lines);
        System.out.printf("AITR volume: %d cases, %d rows; filled in %d ms; reads alone %d ms; report in %d ms, "
                + "%.1f MB xlsx; heap before %d MB, peak while writing %d MB (max heap %d MB)%n", cases, rows,
                (filled - t0) / 1_000_000, (readOnly - filled) / 1_000_000, (t2 - t1) / 1_000_000, size[0] / 1e6, before >> 20, peak.get() >> 20,
                rt.maxMemory() >> 20);
    }

    /** Cases with one or two lines, two parties, expertise, a paid fine and a disposal per line; returns the lines. */
    private int fill(int cases) {
        long firstId = jdbc.queryForObject("select coalesce(max(id), 0) + 1000000 from seizure_case", Long.class);
        OffsetDateTime start = OffsetDateTime.of(2021, 1, 1, 6, 0, 0, 0, ZoneOffset.ofHours(6));
        int lines = 0;
        int batch = 5000;
        for (int from = 0; from < cases; from += batch) {
            List<Object[]> c = new ArrayList<>();
            List<Object[]> s = new ArrayList<>();
            List<Object[]> p = new ArrayList<>();
            List<Object[]> l = new ArrayList<>();
            List<Object[]> d = new ArrayList<>();
            List<Object[]> r = new ArrayList<>();
            for (int i = from; i < Math.min(cases, from + batch); i++) {
                long id = firstId + i;
                Timestamp at = Timestamp.from(start.plusSeconds(i * 300L % (364L * 86400)).toInstant());
                c.add(new Object[] {id, "VOL-2021-" + i, "BIS", at, at});
                int n = i % 2 == 0 ? 1 : 2;
                for (int k = 0; k < n; k++) {
                    s.add(new Object[] {id, k, k == 0 ? "Live falcons" : "Skins", k == 0 ? "Falco cherrug"
                            : "Panthera uncia", k == 0 ? "LIV" : "SKI", BigDecimal.valueOf(k + 2), k == 0});
                    d.add(new Object[] {id, k, BigDecimal.valueOf(k + 2), k == 0 ? "RESCUE_CENTRE" : "DESTRUCTION"});
                    lines++;
                }
                p.add(new Object[] {id, 0, "SUSPECT", "KZ"});
                p.add(new Object[] {id, 1, "CONSIGNOR", "CN"});
                l.add(new Object[] {id});
                r.add(new Object[] {id});
            }
            jdbc.batchUpdate("insert into seizure_case (id, case_number, unit, status, stage, reached_legal, overdue, "
                    + "seized_at, location, direction, transport_mode, detection_method, route_origin, route_transit, "
                    + "route_destination, value_amount, value_currency, share_with_iccwc, registered_by, "
                    + "registered_at, version) values (?, ?, ?, 'CLOSED', 'DONE', true, false, ?, 'Manas airport', "
                    + "'EXPORT', 'AIR', 'XRAY', 'KG', 'KZ,UZ', 'AE', 40000, 'USD', true, 'bench', ?, 0)", c);
            jdbc.batchUpdate("insert into case_specimen (case_id, line_index, description, scientific_name, term, "
                    + "quantity, live) values (?, ?, ?, ?, ?, ?, ?)", s);
            jdbc.batchUpdate("insert into case_party (case_id, line_index, party_role, nationality) "
                    + "values (?, ?, ?, ?)", p);
            jdbc.batchUpdate("insert into legal_proceeding (case_id, qualification, legal_basis, qualified_by, "
                    + "qualified_at, fine_amount, fine_currency, confiscation, paid_on, version) values (?, "
                    + "'ADMINISTRATIVE', 'Code of Offences, Art. 305', 'bench', current_timestamp, 50000, 'KGS', true, "
                    + "date '2021-12-01', 0)", l);
            jdbc.batchUpdate("insert into disposal_decision (case_id, specimen_index, quantity, method, decided_by, "
                    + "decided_at) values (?, ?, ?, ?, 'bench', current_timestamp)", d);
            jdbc.batchUpdate("insert into expertise_round (case_id, round_no, conclusion, opinion, decided_by, "
                    + "decided_at) values (?, 1, 'VIOLATION', 'No permit', 'bench', current_timestamp)", r);
        }
        return lines;
    }
}
