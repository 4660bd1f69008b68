package org.wildcase.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wildcase.api.CanonicalJson;

/**
 * The tamper-evident audit trail (api.md "Audit"): every change appends one entry in the transaction that makes it,
 * with a sequence number, time, who, action, case number, a small JSON of what changed, and a SHA-256 over the
 * previous entry's hash and this entry's canonical form. The entries of a transaction are appended just before it
 * commits: the chain's head row is then locked last and only for the moment of the commit, so concurrent work
 * waits on it briefly and never in a lock cycle. A refused request rolls back with its entries.
 */
@Service
public class AuditTrail {

    /** The hash before the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");
    private static final Object PENDING = new Object();

    /** An entry as the API lists it; {@code detail} is its canonical JSON text. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "AuditRecord")
    public record Entry(long seq, OffsetDateTime at, String who, String action, String caseNumber, String detail,
            String hash, String previousHash) {
    }

    public record Filter(String caseNumber, OffsetDateTime from, OffsetDateTime to, String who) {
    }

    /** The chain checked from the first entry: {@code firstBrokenSeq} is null when every entry holds. */
    public record Verification(long entries, boolean valid, Long firstBrokenSeq) {
    }

    private record Pending(String who, String action, String caseNumber, String detail) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final org.wildcase.security.CurrentUser currentUser;

    AuditTrail(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions, Clock clock,
            org.wildcase.security.CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1000);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The detail of an entry from name–value pairs; pairs whose value is null are left out. */
    public static Map<String, Object> detail(Object... namesAndValues) {
        Map<String, Object> detail = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null) {
                detail.put(String.valueOf(namesAndValues[i]),
                        value instanceof Number || value instanceof Boolean ? value : String.valueOf(value));
            }
        }
        return detail;
    }

    /** As {@link #record(String, String, String, Map)} by the signed-in user ("system" when nobody is). */
    public void record(String action, String caseNumber, Map<String, ?> detail) {
        record(currentUser.name(), action, caseNumber, detail);
    }

    /**
     * Records a change in the caller's transaction (appended just before it commits, gone if it rolls back). Outside
     * a transaction, or in a read-only one, the entry is appended in a transaction of its own at once.
     */
    public void record(String who, String action, String caseNumber, Map<String, ?> detail) {
        Pending entry = new Pending(who == null ? "system" : who, action, caseNumber, CanonicalJson.of(detail));
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            ownTransaction.executeWithoutResult(s -> append(List.of(entry)));
            return;
        }
        @SuppressWarnings("unchecked")
        List<Pending> pending = (List<Pending>) TransactionSynchronizationManager.getResource(PENDING);
        if (pending == null) {
            List<Pending> list = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(PENDING, list);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    append(list);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
                }
            });
            pending = list;
        }
        pending.add(entry);
    }

    /** Appends the entries in order; the head row's lock orders concurrent appends. */
    private void append(List<Pending> entries) {
        if (entries.isEmpty()) {
            return;
        }
        jdbc.sql("update audit_head set seq = seq + :n where id = 1").param("n", entries.size()).update();
        long[] head = new long[1];
        String[] previous = new String[1];
        jdbc.sql("select seq, hash from audit_head where id = 1").query(rs -> {
            head[0] = rs.getLong(1);
            previous[0] = rs.getString(2);
        });
        long seq = head[0] - entries.size();
        String hash = previous[0];
        OffsetDateTime at = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MICROS);
        for (Pending e : entries) {
            seq++;
            String next = hash(hash, seq, at, e.who(), e.action(), e.caseNumber(), e.detail());
            jdbc.sql("insert into audit_entry (seq, at, who, action, case_number, detail, previous_hash, hash) "
                    + "values (:seq, :at, :who, :action, :caseNumber, :detail, :previous, :hash)")
                    .param("seq", seq).param("at", at).param("who", e.who()).param("action", e.action())
                    .param("caseNumber", e.caseNumber()).param("detail", e.detail()).param("previous", hash)
                    .param("hash", next).update();
            hash = next;
        }
        jdbc.sql("update audit_head set hash = :hash where id = 1").param("hash", hash).update();
    }

    /** A row of {@code seq, at, who, action, case_number, detail, hash, previous_hash}. */
    private static Entry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
    }

    /** SHA-256 of the previous hash and the entry's canonical form, in lowercase hex. */
    static String hash(String previous, long seq, OffsetDateTime at, String who, String action, String caseNumber,
            String detail) {
        String canonical = previous + "\n" + seq + "\n" + INSTANT.format(at.withOffsetSameInstant(ZoneOffset.UTC))
                + "\n" + who + "\n" + action + "\n" + (caseNumber == null ? "" : caseNumber) + "\n" + detail;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Entries in sequence order, filtered, a page at a time. */
    @Transactional(readOnly = true)
    public Page<Entry> list(Filter filter, Pageable page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.caseNumber() != null && !filter.caseNumber().isBlank()) {
            where.append(" and case_number = :caseNumber");
            params.put("caseNumber", filter.caseNumber().trim());
        }
        if (filter.who() != null && !filter.who().isBlank()) {
            where.append(" and who = :who");
            params.put("who", filter.who().trim());
        }
        if (filter.from() != null) {
            where.append(" and at >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and at < :to");
            params.put("to", filter.to());
        }
        long total = jdbc.sql("select count(*) from audit_entry" + where).params(params).query(Long.class).single();
        List<Entry> entries = jdbc.sql("select seq, at, who, action, case_number, detail, hash, previous_hash "
                + "from audit_entry" + where + " order by seq offset " + page.getOffset() + " rows fetch next "
                + page.getPageSize() + " rows only").params(params)
                .query(AuditTrail::entry).list();
        return new PageImpl<>(entries, page, total);
    }

    /** Entries of one action, newest first: for admins, the files refused because their bytes had changed. */
    @Transactional(readOnly = true)
    public Page<Entry> ofAction(String action, Pageable page) {
        long total = jdbc.sql("select count(*) from audit_entry where action = :action").param("action", action)
                .query(Long.class).single();
        List<Entry> entries = jdbc.sql("select seq, at, who, action, case_number, detail, hash, previous_hash "
                + "from audit_entry where action = :action order by seq desc offset " + page.getOffset()
                + " rows fetch next " + page.getPageSize() + " rows only").param("action", action)
                .query(AuditTrail::entry).list();
        return new PageImpl<>(entries, page, total);
    }

    /**
     * Walks the chain from the first entry, recomputing each hash from the stored columns: a changed column, a
     * removed or an inserted entry, or a head that does not end the chain breaks it at the first entry concerned.
     */
    @Transactional(readOnly = true)
    public Verification verify() {
        long[] count = {0};
        long[] expectedSeq = {1};
        String[] previous = {GENESIS};
        Long[] broken = {null};
        streaming.query("select seq, at, who, action, case_number, detail, previous_hash, hash from audit_entry "
                + "order by seq", rs -> {
                    count[0]++;
                    if (broken[0] != null) {
                        return;
                    }
                    long seq = rs.getLong(1);
                    String recomputed = hash(previous[0], seq, rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6));
                    if (seq != expectedSeq[0] || !previous[0].equals(rs.getString(7))
                            || !recomputed.equals(rs.getString(8))) {
                        broken[0] = Math.min(seq, expectedSeq[0]);
                        return;
                    }
                    previous[0] = rs.getString(8);
                    expectedSeq[0] = seq + 1;
                });
        if (broken[0] == null) {
            Map<String, Object> head = jdbc.sql("select seq, hash from audit_head where id = 1").query().singleRow();
            long headSeq = ((Number) head.get("seq")).longValue();
            if (headSeq != expectedSeq[0] - 1 || !previous[0].equals(String.valueOf(head.get("hash")).trim())) {
                // Entries at the end were removed, or the head was changed.
                broken[0] = expectedSeq[0];
            }
        }
        return new Verification(count[0], broken[0] == null, broken[0]);
    }
}
