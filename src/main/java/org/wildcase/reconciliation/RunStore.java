package org.wildcase.reconciliation;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.wildcase.reconciliation.Reconciliations.DecisionKind;
import org.wildcase.reconciliation.Reconciliations.DiscrepancyFilter;
import org.wildcase.reconciliation.Reconciliations.DiscrepancyView;
import org.wildcase.reconciliation.Reconciliations.RunStatus;

/**
 * The runs' tables, through JDBC: records and discrepancies are written in batches, a 100,000-row file costs a
 * hundred round trips, not one entity save per row.
 */
@Component
class RunStore {

    /** Rows per JDBC batch. */
    static final int BATCH = 1000;
    /** Numbers per IN list. */
    static final int CHUNK = 1000;
    static final int MAX_TEXT = 2000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    RunStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A stored run. */
    record Run(long id, String number, LocalDate periodFrom, LocalDate periodTo, String fileName, String importedBy,
            String unit, OffsetDateTime importedAt, int records, int discrepancies, int undecided, int unusedPermits,
            RunStatus status, String processInstanceId, long version) {
    }

    private static final String RUN_COLUMNS = "id, run_number, period_from, period_to, file_name, imported_by, unit, "
            + "imported_at, record_count, discrepancy_count, undecided_count, unused_permit_count, status, "
            + "process_instance_id, version";

    long insertRun(String number, LocalDate from, LocalDate to, String fileName, String importedBy, String unit,
            OffsetDateTime at, int records) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into reconciliation_run (run_number, period_from, period_to, file_name, imported_by, unit, "
                + "imported_at, record_count, discrepancy_count, undecided_count, unused_permit_count, status, "
                + "version) values (:number, :from, :to, :file, :by, :unit, :at, :records, 0, 0, 0, :status, 0)")
                .param("number", number).param("from", from).param("to", to).param("file", fileName)
                .param("by", importedBy).param("unit", unit).param("at", at).param("records", records)
                .param("status", RunStatus.UNDER_REVIEW.name()).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    void setProcess(long runId, String processInstanceId) {
        jdbc.sql("update reconciliation_run set process_instance_id = :pi where id = :id").param("pi", processInstanceId)
                .param("id", runId).update();
    }

    void insertRecords(long runId, List<ExportRecord> records) {
        template.batchUpdate("insert into export_record (run_id, line_number, declaration_number, declared_on, "
                + "exporter, permit_number, scientific_name, term, quantity, unit, destination) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", records, BATCH, (ps, r) -> {
                    ps.setLong(1, runId);
                    ps.setInt(2, r.line());
                    ps.setString(3, r.declarationNumber());
                    ps.setObject(4, r.date(), Types.DATE);
                    ps.setString(5, r.exporter());
                    ps.setString(6, r.permitNumber());
                    ps.setString(7, r.scientificName());
                    ps.setString(8, r.term());
                    ps.setBigDecimal(9, r.quantity());
                    ps.setString(10, r.unit());
                    ps.setString(11, r.destination());
                });
    }

    List<ExportRecord> records(long runId) {
        return jdbc.sql("select * from export_record where run_id = :run order by line_number").param("run", runId)
                .query((rs, row) -> record(rs, "")).list();
    }

    /**
     * Records the reconciler's outcome and the run's counts: every discrepancy is undecided, and a run without
     * any is completed at once.
     */
    void storeOutcome(long runId, Reconciler.Outcome outcome) {
        template.batchUpdate("insert into discrepancy (run_id, code, record_line, permit_number, permit_line, "
                + "message) values (?, ?, ?, ?, ?, ?)", outcome.discrepancies(), BATCH, (ps, d) -> {
                    ps.setLong(1, runId);
                    ps.setString(2, d.code().name());
                    setInt(ps, 3, d.record() == null ? null : d.record().line());
                    ps.setString(4, d.permitNumber());
                    setInt(ps, 5, d.permitLine());
                    ps.setString(6, shorten(d.message()));
                });
        template.batchUpdate("insert into unused_permit (run_id, permit_number, issued_on, valid_until, holder) "
                + "values (?, ?, ?, ?, ?)", outcome.unusedPermits(), BATCH, (ps, u) -> {
                    ps.setLong(1, runId);
                    ps.setString(2, u.number());
                    ps.setObject(3, u.issuedOn(), Types.DATE);
                    ps.setObject(4, u.validUntil(), Types.DATE);
                    ps.setString(5, u.holder());
                });
        int found = outcome.discrepancies().size();
        jdbc.sql("update reconciliation_run set discrepancy_count = :n, undecided_count = :n, "
                + "unused_permit_count = :unused, status = :status, version = version + 1 where id = :id")
                .param("n", found).param("unused", outcome.unusedPermits().size())
                .param("status", (found == 0 ? RunStatus.COMPLETED : RunStatus.UNDER_REVIEW).name())
                .param("id", runId).update();
    }

    /**
     * For each of these permit numbers, the declarations that cited it in other runs than this one: one query per
     * chunk of numbers.
     */
    Map<String, Set<String>> declarationsElsewhere(long runId, Collection<String> permitNumbers) {
        List<String> numbers = List.copyOf(new HashSet<>(permitNumbers));
        Map<String, Set<String>> found = new HashMap<>();
        for (int i = 0; i < numbers.size(); i += CHUNK) {
            jdbc.sql("select distinct permit_number, declaration_number from export_record "
                    + "where run_id <> :run and permit_number = any(:numbers)").param("run", runId)
                    .param("numbers", numbers.subList(i, Math.min(numbers.size(), i + CHUNK))
                            .toArray(String[]::new))
                    .query(rs -> {
                        found.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                    });
        }
        return found;
    }

    Optional<Run> run(String number) {
        return jdbc.sql("select " + RUN_COLUMNS + " from reconciliation_run where run_number = :number")
                .param("number", number == null ? "" : number.trim()).query(RunStore::run).optional();
    }

    Optional<Run> runByProcess(String processInstanceId) {
        return jdbc.sql("select " + RUN_COLUMNS + " from reconciliation_run where process_instance_id = :pi")
                .param("pi", processInstanceId).query(RunStore::run).optional();
    }

    Optional<Run> run(long id) {
        return jdbc.sql("select " + RUN_COLUMNS + " from reconciliation_run where id = :id").param("id", id)
                .query(RunStore::run).optional();
    }

    /** Runs newest first; {@code unit} narrows to one unit's imports, null means all. */
    List<Run> runs(String unit, boolean allUnits, int offset, int limit) {
        return jdbc.sql("select " + RUN_COLUMNS + " from reconciliation_run"
                + (allUnits ? "" : " where unit = :unit") + " order by id desc limit :limit offset :offset")
                .param("unit", unit).param("limit", limit).param("offset", offset).query(RunStore::run).list();
    }

    long countRuns(String unit, boolean allUnits) {
        return jdbc.sql("select count(*) from reconciliation_run" + (allUnits ? "" : " where unit = :unit"))
                .param("unit", unit).query(Long.class).single();
    }

    private static final String DISCREPANCY_SELECT = "select d.*, r.line_number as r_line_number, "
            + "r.declaration_number as r_declaration_number, r.declared_on as r_declared_on, r.exporter as r_exporter, "
            + "r.permit_number as r_permit_number, r.scientific_name as r_scientific_name, r.term as r_term, "
            + "r.quantity as r_quantity, r.unit as r_unit, r.destination as r_destination from discrepancy d "
            + "left join export_record r on r.run_id = d.run_id and r.line_number = d.record_line ";

    List<DiscrepancyView> discrepancies(long runId, DiscrepancyFilter filter, int offset, int limit) {
        return jdbc.sql(DISCREPANCY_SELECT + "where d.run_id = :run" + where(filter)
                + " order by d.id limit :limit offset :offset").param("run", runId)
                .param("code", filter.code() == null ? null : filter.code().name())
                .param("limit", limit).param("offset", offset).query(RunStore::discrepancy).list();
    }

    long countDiscrepancies(long runId, DiscrepancyFilter filter) {
        return jdbc.sql("select count(*) from discrepancy d where d.run_id = :run" + where(filter))
                .param("run", runId).param("code", filter.code() == null ? null : filter.code().name())
                .query(Long.class).single();
    }

    private static String where(DiscrepancyFilter filter) {
        StringBuilder where = new StringBuilder();
        if (filter.code() != null) {
            where.append(" and d.code = :code");
        }
        if (Boolean.TRUE.equals(filter.undecided())) {
            where.append(" and d.decision is null");
        } else if (Boolean.FALSE.equals(filter.undecided())) {
            where.append(" and d.decision is not null");
        }
        return where.toString();
    }

    /** The discrepancies of the run with these ids (others are left out), by id. */
    Map<Long, DiscrepancyView> discrepancies(long runId, Collection<Long> ids) {
        Map<Long, DiscrepancyView> found = new HashMap<>();
        List<Long> all = List.copyOf(ids);
        for (int i = 0; i < all.size(); i += CHUNK) {
            jdbc.sql(DISCREPANCY_SELECT + "where d.run_id = :run and d.id in (:ids)").param("run", runId)
                    .param("ids", all.subList(i, Math.min(all.size(), i + CHUNK))).query(RunStore::discrepancy)
                    .list().forEach(d -> found.put(Long.valueOf(d.id()), d));
        }
        return found;
    }

    /** Records a decision on an undecided discrepancy; false when it was decided in the meantime. */
    boolean decide(long id, DecisionKind decision, String reason, String unit, String caseNumber, String by,
            OffsetDateTime at) {
        return jdbc.sql("update discrepancy set decision = :decision, reason = :reason, unit = :unit, "
                + "case_number = :case, decided_by = :by, decided_at = :at where id = :id and decision is null")
                .param("decision", decision.name()).param("reason", reason).param("unit", unit)
                .param("case", caseNumber).param("by", by).param("at", at).param("id", id).update() == 1;
    }

    /**
     * Counts the run's undecided discrepancies again and completes the run when none remain; the version column
     * makes two reviews of one run at once collide. Returns the number undecided, or -1 on a collision.
     */
    int recount(Run run) {
        int undecided = jdbc.sql("select count(*) from discrepancy where run_id = :run and decision is null")
                .param("run", run.id()).query(Integer.class).single();
        int updated = jdbc.sql("update reconciliation_run set undecided_count = :n, status = :status, "
                + "version = version + 1 where id = :id and version = :version").param("n", undecided)
                .param("status", (undecided == 0 ? RunStatus.COMPLETED : RunStatus.UNDER_REVIEW).name())
                .param("id", run.id()).param("version", run.version()).update();
        return updated == 1 ? undecided : -1;
    }

    List<UnusedPermit> unusedPermits(long runId) {
        return jdbc.sql("select permit_number, issued_on, valid_until, holder from unused_permit where run_id = :run "
                + "order by permit_number").param("run", runId)
                .query((rs, row) -> new UnusedPermit(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4))).list();
    }

    private static Run run(ResultSet rs, int row) throws SQLException {
        return new Run(rs.getLong("id"), rs.getString("run_number"), rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class), rs.getString("file_name"), rs.getString("imported_by"),
                rs.getString("unit"), rs.getObject("imported_at", OffsetDateTime.class), rs.getInt("record_count"),
                rs.getInt("discrepancy_count"), rs.getInt("undecided_count"), rs.getInt("unused_permit_count"),
                RunStatus.valueOf(rs.getString("status")), rs.getString("process_instance_id"), rs.getLong("version"));
    }

    private static DiscrepancyView discrepancy(ResultSet rs, int row) throws SQLException {
        String decision = rs.getString("decision");
        ExportRecord record = rs.getObject("r_line_number") == null ? null : record(rs, "r_");
        return new DiscrepancyView(String.valueOf(rs.getLong("id")), DiscrepancyCode.valueOf(rs.getString("code")),
                record, rs.getString("permit_number"), (Integer) rs.getObject("permit_line", Integer.class),
                rs.getString("message"), decision == null ? null : DecisionKind.valueOf(decision),
                rs.getString("reason"), rs.getString("unit"), rs.getString("case_number"), rs.getString("decided_by"),
                rs.getObject("decided_at", OffsetDateTime.class));
    }

    private static ExportRecord record(ResultSet rs, String prefix) throws SQLException {
        return new ExportRecord(rs.getInt(prefix + "line_number"), rs.getString(prefix + "declaration_number"),
                rs.getObject(prefix + "declared_on", LocalDate.class), rs.getString(prefix + "exporter"),
                rs.getString(prefix + "permit_number"), rs.getString(prefix + "scientific_name"),
                rs.getString(prefix + "term"), strip(rs.getBigDecimal(prefix + "quantity")),
                rs.getString(prefix + "unit"), rs.getString(prefix + "destination"));
    }

    private static java.math.BigDecimal strip(java.math.BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros();
    }

    private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    static String shorten(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }

    /** The runs' ids of these discrepancy ids that are well-formed numbers; others cannot be of any run. */
    static Optional<Long> id(String discrepancyId) {
        try {
            return Optional.of(Long.valueOf(discrepancyId.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static List<Long> ids(Collection<String> ids) {
        List<Long> all = new ArrayList<>();
        ids.forEach(i -> id(i).ifPresent(all::add));
        return all;
    }
}
