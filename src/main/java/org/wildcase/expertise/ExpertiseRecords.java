package org.wildcase.expertise;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A read-only query API over species expertise for reports: the latest conclusion and the identified taxa of many
 * cases in two queries. It applies no visibility rule: the caller decides who may read a report.
 */
@Service
public class ExpertiseRecords {

    /**
     * The expertise of a case so far: the latest round's conclusion and opinion, and per specimen line the taxon
     * the expert identified (the latest round that identified that line wins).
     */
    public record Conclusion(String conclusion, String opinion, Map<Integer, String> identified) {
    }

    private final JdbcClient jdbc;

    ExpertiseRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The expertise of these cases by case id; a case without a concluded round is absent. */
    @Transactional(readOnly = true)
    public Map<Long, Conclusion> conclusionsFor(Collection<Long> caseIds) {
        Map<Long, Conclusion> found = new HashMap<>();
        if (caseIds.isEmpty()) {
            return found;
        }
        // Rounds in order, so that the latest overwrites.
        jdbc.sql("select case_id, conclusion, opinion from expertise_round where case_id in (:ids) "
                + "order by case_id, round_no").param("ids", caseIds).query(rs -> {
                    found.put(rs.getLong("case_id"), new Conclusion(rs.getString("conclusion"),
                            rs.getString("opinion"), new HashMap<>()));
                });
        jdbc.sql("select r.case_id, i.specimen_index, i.scientific_name from expertise_identification i "
                + "join expertise_round r on r.id = i.round_id where r.case_id in (:ids) "
                + "order by r.case_id, r.round_no")
                .param("ids", caseIds).query(rs -> {
                    Conclusion c = found.get(rs.getLong("case_id"));
                    if (c != null) {
                        c.identified().put(rs.getInt("specimen_index"), rs.getString("scientific_name"));
                    }
                });
        return found;
    }
}
