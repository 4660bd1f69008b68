package org.wildcase.seizure;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wildcase.species.Source;
import org.wildcase.species.SpeciesCatalogue;
import org.wildcase.species.SpeciesList;

/**
 * A read-only query API over the registrations for reports (the Annual Illegal Trade Report): seizures of a period
 * in batches, each batch read with three set-based queries (cases, their specimen lines, their parties), so that a
 * year of 100 000 cases never sits in memory or in entities at once. It applies no visibility rule: the caller
 * decides who may read a report.
 */
@Service
public class SeizureRecords {

    /** A seizure as a report needs it. Amounts and route as registered. */
    public record Seizure(long id, String caseNumber, String unit, CaseStatus status, Stage stage,
            OffsetDateTime seizedAt, String location, Registration.DetectionMethod detectionMethod,
            String reasonForSeizure, Registration.TransportMode transportMode, String concealment, String routeOrigin,
            List<String> transit, String routeDestination, BigDecimal valueAmount, String valueCurrency,
            boolean shareWithIccwc, List<CaseView.SpecimenView> specimens, List<Party> parties) {
    }

    /** A person or company involved: only what reports use. */
    public record Party(Registration.PartyRole role, String nationality) {
    }

    private final JdbcClient jdbc;
    private final SpeciesCatalogue species;

    SeizureRecords(JdbcClient jdbc, SpeciesCatalogue species) {
        this.jdbc = jdbc;
        this.species = species;
    }

    /**
     * Hands the seizures with {@code from <= seizedAt < to} whose status is not in {@code excluded} to
     * {@code batch}, in order of seizure (then case id), {@code batchSize} cases at a time. Keyset paging on
     * (seized_at, id): each page is one indexed range read, however far into the year. No transaction spans the
     * pages, so a long report holds no connection or snapshot while it writes.
     */
    public void forEachBatch(OffsetDateTime from, OffsetDateTime to, Set<CaseStatus> excluded, int batchSize,
            Consumer<List<Seizure>> batch) {
        List<String> statuses = excluded.isEmpty() ? List.of("-") : excluded.stream().map(Enum::name).toList();
        OffsetDateTime afterAt = null;
        long afterId = 0;
        while (true) {
            // The first condition alone is a range on the index; the second breaks ties of equal times.
            String keyset = afterAt == null ? ""
                    : "and c.seized_at >= :afterAt and (c.seized_at > :afterAt or c.id > :afterId) ";
            var spec = jdbc.sql("select c.id, c.case_number, c.unit, c.status, c.stage, c.seized_at, c.location, "
                    + "c.detection_method, c.reason_for_seizure, c.transport_mode, c.concealment, c.route_origin, "
                    + "c.route_transit, c.route_destination, c.value_amount, c.value_currency, c.share_with_iccwc "
                    + "from seizure_case c where c.seized_at >= :from and c.seized_at < :to "
                    + "and c.status not in (:excluded) " + keyset + "order by c.seized_at, c.id "
                    + "fetch first " + batchSize + " rows only")
                    .param("from", from).param("to", to).param("excluded", statuses);
            if (afterAt != null) {
                spec = spec.param("afterAt", afterAt).param("afterId", afterId);
            }
            Map<Long, Row> rows = new LinkedHashMap<>();
            spec.query(rs -> {
                Row r = new Row(rs.getLong("id"), rs.getString("case_number"), rs.getString("unit"),
                        CaseStatus.valueOf(rs.getString("status")), Stage.valueOf(rs.getString("stage")),
                        rs.getObject("seized_at", OffsetDateTime.class), rs.getString("location"),
                        enumOf(Registration.DetectionMethod.class, rs.getString("detection_method")),
                        rs.getString("reason_for_seizure"),
                        enumOf(Registration.TransportMode.class, rs.getString("transport_mode")),
                        rs.getString("concealment"), rs.getString("route_origin"),
                        SeizureCases.split(rs.getString("route_transit")), rs.getString("route_destination"),
                        rs.getBigDecimal("value_amount"), rs.getString("value_currency"),
                        rs.getBoolean("share_with_iccwc"));
                rows.put(r.id, r);
            });
            if (rows.isEmpty()) {
                return;
            }
            Map<Long, List<CaseView.SpecimenView>> lines = lines(rows);
            Map<Long, List<Party>> parties = parties(rows.keySet());
            List<Seizure> seizures = new ArrayList<>(rows.size());
            for (Row r : rows.values()) {
                seizures.add(r.seizure(lines.getOrDefault(r.id, List.of()), parties.getOrDefault(r.id, List.of())));
            }
            batch.accept(seizures);
            if (rows.size() < batchSize) {
                return;
            }
            Seizure last = seizures.get(seizures.size() - 1);
            afterAt = last.seizedAt();
            afterId = last.id();
        }
    }

    /** When the earliest seizure on record happened, if any (for a report's choice of years). */
    @Transactional(readOnly = true)
    public Optional<OffsetDateTime> earliestSeizure() {
        return jdbc.sql("select min(seized_at) from seizure_case").query((rs, n) -> rs.getObject(1,
                OffsetDateTime.class)).optional();
    }

    /** The lines of the cases, as the case file reads them (the appendix by today's list, as there). */
    private Map<Long, List<CaseView.SpecimenView>> lines(Map<Long, Row> cases) {
        SpeciesList list = species.current();
        Map<Long, List<CaseView.SpecimenView>> lines = new LinkedHashMap<>();
        jdbc.sql("select case_id, line_index, description, scientific_name, term, quantity, unit, live, source, "
                + "country_of_origin, value_amount, value_currency from case_specimen where case_id in (:ids) "
                + "order by case_id, line_index").param("ids", cases.keySet()).query(rs -> {
                    long caseId = rs.getLong("case_id");
                    String name = rs.getString("scientific_name");
                    String origin = rs.getString("country_of_origin");
                    String appendixOrigin = origin != null ? origin : cases.get(caseId).routeOrigin();
                    lines.computeIfAbsent(caseId, k -> new ArrayList<>()).add(new CaseView.SpecimenView(
                            rs.getInt("line_index"), rs.getString("description"), name, rs.getString("term"),
                            rs.getBigDecimal("quantity").stripTrailingZeros(), rs.getString("unit"),
                            rs.getBoolean("live"), enumOf(Source.class, rs.getString("source")), origin,
                            CaseMapping.money(rs.getBigDecimal("value_amount"), rs.getString("value_currency")),
                            list.resolve(name).map(t -> t.appendixFor(appendixOrigin).name()).orElse(null)));
                });
        return lines;
    }

    private Map<Long, List<Party>> parties(Collection<Long> caseIds) {
        Map<Long, List<Party>> parties = new LinkedHashMap<>();
        jdbc.sql("select case_id, party_role, nationality from case_party where case_id in (:ids) "
                + "order by case_id, line_index").param("ids", caseIds).query(rs -> {
                    parties.computeIfAbsent(rs.getLong("case_id"), k -> new ArrayList<>()).add(new Party(
                            enumOf(Registration.PartyRole.class, rs.getString("party_role")),
                            rs.getString("nationality")));
                });
        return parties;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private record Row(long id, String caseNumber, String unit, CaseStatus status, Stage stage,
            OffsetDateTime seizedAt, String location, Registration.DetectionMethod detectionMethod,
            String reasonForSeizure, Registration.TransportMode transportMode, String concealment, String routeOrigin,
            List<String> transit, String routeDestination, BigDecimal valueAmount, String valueCurrency,
            boolean shareWithIccwc) {

        Seizure seizure(List<CaseView.SpecimenView> lines, List<Party> parties) {
            return new Seizure(id, caseNumber, unit, status, stage, seizedAt, location, detectionMethod,
                    reasonForSeizure, transportMode, concealment, routeOrigin, transit, routeDestination, valueAmount,
                    valueCurrency, shareWithIccwc, lines, parties);
        }
    }
}
