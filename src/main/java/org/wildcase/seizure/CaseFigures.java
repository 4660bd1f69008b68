package org.wildcase.seizure;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grouped figures over the seizure cases, for statistics: each is one set-based query over this module's tables.
 * Kept here, in the module that owns the tables, so reporting reads cases through a public read model and never
 * through their tables or entities. It checks no role: the caller (a manager's statistics) does.
 */
@Service
public class CaseFigures {

    /** Statistics look at ten rows at most. */
    public static final int TOP = 10;

    private final JdbcClient jdbc;

    CaseFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A public constructor for benchmarks that run the queries on their own database. */
    public static CaseFigures on(javax.sql.DataSource dataSource) {
        return new CaseFigures(JdbcClient.create(dataSource));
    }

    /** Cases seized in {@code [from, until)}, of one customs unit or (null) all. */
    public record Scope(String unit, OffsetDateTime from, OffsetDateTime until) {
    }

    public record MonthCount(YearMonth month, long cases) {
    }

    /** A species as registered on specimen lines: the cases it was seized in, and its lines. */
    public record SpeciesCount(String scientificName, long cases, long lines) {
    }

    public record StageCount(Stage stage, long cases) {
    }

    /** Periods of a stage that ended, and their average length in seconds. */
    public record StageTime(Stage stage, double averageSeconds, long periods) {
    }

    public record RouteCount(String origin, String destination, long cases) {
    }

    public record CountryCount(String country, long cases) {
    }

    /** Cases per month of the seizure date in {@code zone}; months without a case are left out. */
    @Transactional(readOnly = true)
    public List<MonthCount> seizuresPerMonth(Scope scope, ZoneId zone) {
        // The zone is a known id (letters, '/', '_', '+', '-'), so it can be written into the statement; both H2
        // and PostgreSQL convert with AT TIME ZONE.
        String id = zone.getId();
        if (!id.matches("[A-Za-z0-9/_+-]+")) {
            throw new IllegalArgumentException("Not a time zone id: " + id);
        }
        // One conversion a row; the month's first instant at home is then split into year and month.
        String month = "date_trunc('month', c.seized_at at time zone '" + id + "')";
        return jdbc.sql("select extract(year from m) as y, extract(month from m) as mo, n from (select " + month
                + " as m, count(*) as n from seizure_case c where " + where(scope) + " group by " + month + ") t "
                + "order by y, mo").params(params(scope))
                .query((rs, i) -> new MonthCount(YearMonth.of(rs.getInt("y"), rs.getInt("mo")), rs.getLong("n")))
                .list();
    }

    /** The species seized in most cases (then most lines), as the officers registered them. */
    @Transactional(readOnly = true)
    public List<SpeciesCount> topSpecies(Scope scope) {
        // Lines grouped per case first: a hash aggregate, cheaper than count(distinct) on PostgreSQL.
        return jdbc.sql("select scientific_name, count(*) as n, sum(lines) as lines from (select s.scientific_name, "
                + "s.case_id, count(*) as lines from case_specimen s join seizure_case c on c.id = s.case_id "
                + "where s.scientific_name is not null and " + where(scope) + " group by s.scientific_name, "
                + "s.case_id) t group by scientific_name order by n desc, lines desc, scientific_name "
                + "fetch first " + TOP + " rows only").params(params(scope))
                .query((rs, i) -> new SpeciesCount(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }

    /** Open cases per stage. */
    @Transactional(readOnly = true)
    public List<StageCount> openCasesPerStage(Scope scope) {
        return jdbc.sql("select c.stage, count(*) from seizure_case c where c.status = 'OPEN' and " + where(scope)
                + " group by c.stage").params(params(scope))
                .query((rs, i) -> new StageCount(Stage.valueOf(rs.getString(1)), rs.getLong(2))).list();
    }

    /** The average length of the stage periods that ended, per stage. */
    @Transactional(readOnly = true)
    public List<StageTime> timePerStage(Scope scope) {
        return jdbc.sql("select p.stage, avg(p.seconds), count(*) from case_stage_period p "
                + "join seizure_case c on c.id = p.case_id where p.seconds is not null and " + where(scope)
                + " group by p.stage").params(params(scope))
                .query((rs, i) -> new StageTime(Stage.valueOf(rs.getString(1)), rs.getDouble(2), rs.getLong(3)))
                .list();
    }

    /** The most frequent origin and destination pairs of the registered routes (transit countries aside). */
    @Transactional(readOnly = true)
    public List<RouteCount> topRoutes(Scope scope) {
        return jdbc.sql("select c.route_origin, c.route_destination, count(*) as n from seizure_case c "
                + "where c.route_origin is not null and c.route_destination is not null and " + where(scope)
                + " group by c.route_origin, c.route_destination "
                + "order by n desc, c.route_origin, c.route_destination fetch first " + TOP + " rows only")
                .params(params(scope))
                .query((rs, i) -> new RouteCount(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    /** Cases per country of origin of the route, most first. */
    @Transactional(readOnly = true)
    public List<CountryCount> origins(Scope scope) {
        return countries("route_origin", scope);
    }

    /** Cases per country of destination of the route, most first. */
    @Transactional(readOnly = true)
    public List<CountryCount> destinations(Scope scope) {
        return countries("route_destination", scope);
    }

    private List<CountryCount> countries(String column, Scope scope) {
        return jdbc.sql("select c." + column + ", count(*) as n from seizure_case c where c." + column
                + " is not null and " + where(scope) + " group by c." + column + " order by n desc, c." + column
                + " fetch first " + TOP + " rows only").params(params(scope))
                .query((rs, i) -> new CountryCount(rs.getString(1), rs.getLong(2))).list();
    }

    private static String where(Scope scope) {
        return "c.seized_at >= :from and c.seized_at < :until" + (scope.unit() == null ? "" : " and c.unit = :unit");
    }

    private static java.util.Map<String, Object> params(Scope scope) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("from", scope.from());
        p.put("until", scope.until());
        if (scope.unit() != null) {
            p.put("unit", scope.unit());
        }
        return p;
    }
}
