package org.wildcase.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.wildcase.api.InvalidInputException;
import org.wildcase.security.Roles;
import org.wildcase.security.WildcaseUser;
import org.wildcase.seizure.CaseFigures;
import org.wildcase.seizure.SeizureCases;
import org.wildcase.seizure.Stage;
import org.wildcase.species.CitesSettings;
import org.wildcase.species.SpeciesCatalogue;
import org.wildcase.species.Taxon;
import org.wildcase.workflow.CaseWorkflow;

/**
 * The managers' statistics: one method per figure, each for a filter (a unit or all, a period of seizure dates in the
 * home time zone). The case figures come from the seizure module's read model ({@link CaseFigures}: grouped queries
 * over its own tables, so the module boundary holds), the overdue tasks from the engine's count queries through the
 * workflow module. Nothing loads cases one by one.
 */
@Service
public class CaseStatistics {

    /** The longest period the figures cover, so that a month axis stays readable. */
    static final int MAX_MONTHS = 120;

    private final CaseFigures figures;
    private final SeizureCases cases;
    private final CaseWorkflow workflow;
    private final SpeciesCatalogue species;
    private final ZoneId zone;
    private final Clock clock;

    CaseStatistics(CaseFigures figures, SeizureCases cases, CaseWorkflow workflow, SpeciesCatalogue species,
            CitesSettings settings, Clock clock) {
        this.figures = figures;
        this.cases = cases;
        this.workflow = workflow;
        this.species = species;
        this.zone = settings.timeZone();
        this.clock = clock;
    }

    /**
     * What the figures look at: cases of one unit (null: all) seized from {@code from} to {@code to}, both days
     * included, in the home time zone. Null dates default to the last 12 months: the first day of the month eleven
     * months back, to today.
     */
    public record Filter(String unit, LocalDate from, LocalDate to) {

        public static Filter all() {
            return new Filter(null, null, null);
        }
    }

    /** A filter with its defaults filled in. */
    public Filter resolve(Filter filter) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate to = filter.to() != null ? filter.to() : today;
        LocalDate from = filter.from() != null ? filter.from()
                : (filter.to() != null ? to : today).withDayOfMonth(1).minusMonths(11);
        if (from.isAfter(to)) {
            throw InvalidInputException.of("from", "is after the end of the period");
        }
        if (YearMonth.from(from).plusMonths(MAX_MONTHS - 1).isBefore(YearMonth.from(to))) {
            throw InvalidInputException.of("from", "the period is longer than " + MAX_MONTHS / 12 + " years");
        }
        String unit = filter.unit() == null || filter.unit().isBlank() ? null : filter.unit().trim();
        return new Filter(unit, from, to);
    }

    /** The customs units that have cases, for the unit filter. */
    public List<String> units(WildcaseUser manager) {
        requireManager(manager);
        return cases.units();
    }

    public record MonthCount(YearMonth month, long cases) {
    }

    /** Cases seized per month of the period (by seizure date), every month listed, those without a case as 0. */
    public List<MonthCount> seizuresPerMonth(Filter filter, WildcaseUser manager) {
        requireManager(manager);
        Filter f = resolve(filter);
        Map<YearMonth, Long> found = figures.seizuresPerMonth(scope(f), zone).stream()
                .collect(Collectors.toMap(CaseFigures.MonthCount::month, CaseFigures.MonthCount::cases));
        List<MonthCount> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(f.from()); !m.isAfter(YearMonth.from(f.to())); m = m.plusMonths(1)) {
            months.add(new MonthCount(m, found.getOrDefault(m, 0L)));
        }
        return months;
    }

    /**
     * A species in the top ten: the number of cases it was seized in (what the chart ranks by) and of specimen
     * lines, with its common names from the current species list when it is on it.
     */
    public record SpeciesCount(String scientificName, long cases, long lines, Optional<Taxon> taxon) {

        /** The common name in the reader's language (Russian, Kyrgyz, else English), if the list has one. */
        public Optional<String> commonName(java.util.Locale locale) {
            return taxon.map(t -> switch (locale.getLanguage()) {
                case "ru" -> t.commonRu();
                case "ky" -> t.commonKy() != null && !t.commonKy().isBlank() ? t.commonKy() : t.commonRu();
                default -> t.commonEn();
            }).filter(n -> n != null && !n.isBlank());
        }
    }

    /** The ten species seized in most cases (by the scientific name the officers registered on the lines). */
    public List<SpeciesCount> topSpecies(Filter filter, WildcaseUser manager) {
        requireManager(manager);
        var list = species.current();
        return figures.topSpecies(scope(resolve(filter))).stream().map(s -> new SpeciesCount(s.scientificName(),
                s.cases(), s.lines(), list.resolve(s.scientificName()))).toList();
    }

    public record StageCount(Stage stage, long cases) {
    }

    /** Open cases (seized in the period) per stage, every open stage listed in the flow's order. */
    public List<StageCount> openCasesPerStage(Filter filter, WildcaseUser manager) {
        requireManager(manager);
        Map<Stage, Long> found = new EnumMap<>(Stage.class);
        figures.openCasesPerStage(scope(resolve(filter))).forEach(s -> found.put(s.stage(), s.cases()));
        return openStages().stream().map(s -> new StageCount(s, found.getOrDefault(s, 0L))).toList();
    }

    /** How long the periods a case spent in a stage lasted on average, in days, and how many there were. */
    public record StageTime(Stage stage, double averageDays, long periods) {
    }

    /**
     * The average time cases (seized in the period) spent in each stage, counting the stage periods that have ended;
     * a stage with none is listed with 0 periods.
     */
    public List<StageTime> averageTimePerStage(Filter filter, WildcaseUser manager) {
        requireManager(manager);
        Map<Stage, CaseFigures.StageTime> found = figures.timePerStage(scope(resolve(filter))).stream()
                .collect(Collectors.toMap(CaseFigures.StageTime::stage, Function.identity()));
        return openStages().stream().map(s -> {
            CaseFigures.StageTime t = found.get(s);
            return t == null ? new StageTime(s, 0, 0) : new StageTime(s, t.averageSeconds() / 86_400d, t.periods());
        }).toList();
    }

    public record RoleCount(String role, long tasks) {
    }

    /**
     * Open tasks past their due date per role they are offered to, now (the period does not apply: being overdue
     * is a present state); a task offered to two roles counts for both. The unit filter applies.
     */
    public List<RoleCount> overdueTasksPerRole(Filter filter, WildcaseUser manager) {
        requireManager(manager);
        String unit = resolve(filter).unit();
        return workflow.offeredRoles().stream().map(r -> new RoleCount(r, workflow.overdueTaskCount(r, unit)))
                .toList();
    }

    public record RouteCount(String origin, String destination, long cases) {
    }

    public record CountryCount(String country, long cases) {
    }

    /** The routes of the cases: the top ten origin and destination pairs, and the top ten of each side. */
    public record Routes(List<RouteCount> pairs, List<CountryCount> origins, List<CountryCount> destinations) {

        public boolean isEmpty() {
            return pairs.isEmpty() && origins.isEmpty() && destinations.isEmpty();
        }
    }

    public Routes routes(Filter filter, WildcaseUser manager) {
        requireManager(manager);
        CaseFigures.Scope scope = scope(resolve(filter));
        return new Routes(
                figures.topRoutes(scope).stream().map(r -> new RouteCount(r.origin(), r.destination(), r.cases()))
                        .toList(),
                figures.origins(scope).stream().map(c -> new CountryCount(c.country(), c.cases())).toList(),
                figures.destinations(scope).stream().map(c -> new CountryCount(c.country(), c.cases())).toList());
    }

    private CaseFigures.Scope scope(Filter f) {
        OffsetDateTime from = f.from().atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime until = f.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        return new CaseFigures.Scope(f.unit(), from, until);
    }

    private static List<Stage> openStages() {
        return java.util.Arrays.stream(Stage.values()).filter(s -> s != Stage.DONE).toList();
    }

    private static void requireManager(WildcaseUser user) {
        if (user == null || !user.has(Roles.MANAGER)) {
            throw new AccessDeniedException("Only managers see the statistics.");
        }
    }
}
