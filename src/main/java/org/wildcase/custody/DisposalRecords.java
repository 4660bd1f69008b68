package org.wildcase.custody;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A read-only query API over disposal decisions and their execution for reports, for many cases in two queries. It
 * applies no visibility rule: the caller decides who may read a report.
 */
@Service
public class DisposalRecords {

    /** One disposal decision: a quantity of a specimen line and its method (as {@code method} names it). */
    public record Decided(int specimenIndex, BigDecimal quantity, String method, String destination) {
    }

    /** The disposal of a case: the decisions, and when they were carried out (null until then). */
    public record CaseDisposal(List<Decided> decisions, LocalDate completedOn) {

        public List<Decided> forLine(int specimenIndex) {
            return decisions.stream().filter(d -> d.specimenIndex() == specimenIndex).toList();
        }
    }

    private final JdbcClient jdbc;

    DisposalRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The disposals of these cases by case id; a case with nothing decided or recorded is absent. */
    @Transactional(readOnly = true)
    public Map<Long, CaseDisposal> disposalsFor(Collection<Long> caseIds) {
        Map<Long, List<Decided>> decisions = new HashMap<>();
        Map<Long, LocalDate> completed = new HashMap<>();
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        jdbc.sql("select case_id, specimen_index, quantity, method, destination from disposal_decision "
                + "where case_id in (:ids) order by case_id, specimen_index, id").param("ids", caseIds).query(rs -> {
                    decisions.computeIfAbsent(rs.getLong("case_id"), k -> new ArrayList<>()).add(new Decided(
                            rs.getInt("specimen_index"), rs.getBigDecimal("quantity").stripTrailingZeros(),
                            rs.getString("method"), rs.getString("destination")));
                });
        jdbc.sql("select case_id, completed_on from disposal_record where case_id in (:ids)").param("ids", caseIds)
                .query(rs -> {
                    completed.put(rs.getLong("case_id"), rs.getObject("completed_on", LocalDate.class));
                });
        Map<Long, CaseDisposal> found = new HashMap<>();
        for (Long id : caseIds) {
            if (decisions.containsKey(id) || completed.containsKey(id)) {
                found.put(id, new CaseDisposal(decisions.getOrDefault(id, List.of()), completed.get(id)));
            }
        }
        return found;
    }
}
