package org.wildcase.legal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A read-only query API over legal proceedings for reports: the law applied and the sanctions of many cases in one
 * query. It applies no visibility rule: the caller decides who may read a report.
 */
@Service
public class LegalRecords {

    /**
     * What the legal proceeding of a case decided so far. {@code qualification} is ADMINISTRATIVE or CRIMINAL;
     * {@code outcome} one of the investigation outcomes, null while awaited.
     */
    public record Sanctions(long caseId, String qualification, String legalBasis, String protocolNumber,
            BigDecimal fineAmount, String fineCurrency, Boolean confiscation, LocalDate paidOn, BigDecimal paidAmount,
            String paidCurrency, String agency, LocalDate referredOn, String agencyReference, String outcome,
            LocalDate outcomeDecidedAt) {
    }

    private final JdbcClient jdbc;

    LegalRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The proceedings of these cases by case id; a case without one is absent. */
    @Transactional(readOnly = true)
    public Map<Long, Sanctions> sanctionsFor(Collection<Long> caseIds) {
        Map<Long, Sanctions> found = new HashMap<>();
        if (caseIds.isEmpty()) {
            return found;
        }
        jdbc.sql("select case_id, qualification, legal_basis, protocol_number, fine_amount, fine_currency, "
                + "confiscation, paid_on, paid_amount, paid_currency, agency, referred_on, agency_reference, outcome, "
                + "outcome_decided_at from legal_proceeding where case_id in (:ids)").param("ids", caseIds)
                .query(rs -> {
                    Boolean confiscation = rs.getBoolean("confiscation");
                    if (rs.wasNull()) {
                        confiscation = null;
                    }
                    Sanctions s = new Sanctions(rs.getLong("case_id"), rs.getString("qualification"),
                            rs.getString("legal_basis"), rs.getString("protocol_number"),
                            rs.getBigDecimal("fine_amount"), rs.getString("fine_currency"), confiscation,
                            rs.getObject("paid_on", LocalDate.class), rs.getBigDecimal("paid_amount"),
                            rs.getString("paid_currency"), rs.getString("agency"),
                            rs.getObject("referred_on", LocalDate.class), rs.getString("agency_reference"),
                            rs.getString("outcome"), rs.getObject("outcome_decided_at", LocalDate.class));
                    found.put(s.caseId(), s);
                });
        return found;
    }
}
