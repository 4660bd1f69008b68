package org.wildcase.seizure;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wildcase.api.ConflictException;
import org.wildcase.api.FieldRules;
import org.wildcase.api.InvalidInputException;
import org.wildcase.api.NotFoundException;
import org.wildcase.audit.CaseHistory;
import org.wildcase.check.CheckResult;
import org.wildcase.check.Finding;
import org.wildcase.check.PermitChecks;
import org.wildcase.check.Severity;
import org.wildcase.security.Roles;
import org.wildcase.security.WildcaseUser;
import org.wildcase.species.CitesSettings;
import org.wildcase.species.SpeciesCatalogue;
import org.wildcase.species.SpeciesList;
import org.wildcase.workflow.CaseSteps;
import org.wildcase.workflow.CaseWorkflow;

import jakarta.persistence.criteria.Predicate;

/**
 * Seizure cases: registration (which starts the case flow), the case file, who may see which case, the stage and
 * overdue marks. A customs officer sees their own unit's cases; experts every case (each starts at expertise);
 * legal officers the cases that reached legal handling; managers all. Others see none.
 */
@Service
public class SeizureCases implements CaseSteps {

    private final SeizureCaseRepository cases;
    private final CaseNumbers numbers;
    private final PermitChecks checks;
    private final CaseWorkflow workflow;
    private final CaseHistory history;
    private final SpeciesCatalogue species;
    private final CitesSettings settings;
    private final JdbcClient jdbc;
    private final RegistrationProblems problems;
    private final Clock clock;
    private final StagePeriods periods;
    private final org.springframework.context.ApplicationEventPublisher events;
    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entityManager;
    private final jakarta.validation.Validator validator;

    private final org.wildcase.audit.AuditTrail audit;

    SeizureCases(SeizureCaseRepository cases, CaseNumbers numbers, PermitChecks checks, CaseWorkflow workflow,
            CaseHistory history, SpeciesCatalogue species, CitesSettings settings,
            JdbcClient jdbc, RegistrationProblems problems, Clock clock, StagePeriods periods,
            org.springframework.context.ApplicationEventPublisher events,
            jakarta.validation.Validator validator, org.wildcase.audit.AuditTrail audit) {
        this.audit = audit;
        this.cases = cases;
        this.numbers = numbers;
        this.checks = checks;
        this.workflow = workflow;
        this.history = history;
        this.species = species;
        this.settings = settings;
        this.jdbc = jdbc;
        this.problems = problems;
        this.clock = clock;
        this.periods = periods;
        this.events = events;
        this.validator = validator;
    }

    /**
     * Registers a seizure for the officer's unit and starts its flow; the pre-check findings are stored on return.
     * Returns the case number.
     */
    @Transactional
    public String openCase(Registration r, WildcaseUser officer) {
        problems.requireValidForCase(r);
        if (officer.unit() == null || officer.unit().isBlank()) {
            throw InvalidInputException.of("unit", "your account has no customs unit to register the case in");
        }
        return open(r, officer.unit(), officer.username(), org.wildcase.api.Phrase.of("history.registered"));
    }

    /**
     * Opens a case that another module found (a reconciliation discrepancy) in the customs unit chosen for it: it
     * takes that unit's next number, is validated like {@link #openCase} except that the transport mode may be
     * unstated, and its flow starts (pre-check, then expertise). {@code origin} is its first history line, saying
     * where it came from. Returns the case number.
     */
    @Transactional
    public String openCaseFrom(Registration r, String unit, String openedBy, org.wildcase.api.Phrase origin) {
        problems.requireValidForCase(r, false);
        if (unit == null || unit.isBlank()) {
            throw InvalidInputException.of("unit", "is required");
        }
        return open(r, unit, openedBy, origin);
    }

    /** One way into the flow for every new case: its number, its first history line and stage period, its process. */
    private String open(Registration r, String unit, String openedBy, org.wildcase.api.Phrase origin) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(settings.timeZone()));
        SeizureCase c = CaseMapping.newCase(r, numbers.next(unit, now.getYear()), unit, openedBy,
                now.toOffsetDateTime());
        cases.saveAndFlush(c);
        history.record(c.id, openedBy, org.wildcase.api.Phrase.of("history.opened", origin, c.specimens.size(), c.documents.size()));
        events.publishEvent(new SeizureCaseOpened(c.caseNumber, c.unit, c.stage));
        c.processInstanceId = workflow.start(c.id, c.caseNumber, c.anyLive());
        audit.record(openedBy, "CASE_REGISTERED", c.caseNumber, org.wildcase.audit.AuditTrail.detail("unit", c.unit, "specimens",
                c.specimens.size(), "documents", c.documents.size(), "parties", c.parties.size(),
                "origin", origin.key()));
        return c.caseNumber;
    }

    @Override
    @Transactional
    public void runPreCheck(long caseId) {
        SeizureCase c = cases.findById(caseId).orElseThrow();
        // The registration was validated when it was opened; the rules apply to what was stored.
        CheckResult result = checks.checkValidated(CaseMapping.shipment(c));
        c.findings.clear();
        for (Finding f : result.findings()) {
            SeizureCase.StoredFinding stored = new SeizureCase.StoredFinding();
            stored.seizureCase = c;
            stored.code = f.code().name();
            stored.severity = f.severity().name();
            stored.specimenIndex = f.specimenIndex();
            stored.documentIndex = f.documentIndex();
            stored.message = f.message();
            stored.explanation = f.explanation() == null ? null : f.explanation().stored();
            c.findings.add(stored);
        }
        c.speciesListVersion = result.speciesListVersion();
        long violations = result.findings().stream().filter(f -> f.severity() == Severity.VIOLATION).count();
        history.record(caseId, CaseHistory.SYSTEM, org.wildcase.api.Phrase.of("history.precheck", result.findings().size(),
                violations, result.speciesListVersion()));
    }

    @Override
    @Transactional
    public void markOverdue(long caseId, String reason) {
        SeizureCase c = cases.findById(caseId).orElseThrow();
        if (c.status != CaseStatus.OPEN) {
            return;
        }
        int added = jdbc.sql("insert into case_alert (case_id, reason, since) select :id, :reason, :since "
                + "where not exists (select 1 from case_alert where case_id = :id and reason = :reason)")
                .param("id", caseId).param("reason", reason).param("since", OffsetDateTime.now(clock)).update();
        c.overdue = true;
        if (added > 0) {
            history.record(caseId, CaseHistory.SYSTEM, org.wildcase.api.Phrase.of("history.overdue", org.wildcase.api.Phrase.of("overdue." + reason)));
        }
    }

    /** Settles overdue marks (the task they were about is done); the case stays overdue while others remain. */
    void settle(SeizureCase c, java.util.Set<String> reasons) {
        for (String reason : reasons) {
            jdbc.sql("delete from case_alert where case_id = :id and reason = :reason").param("id", c.id)
                    .param("reason", reason).update();
        }
        c.overdue = !alerts(c.id).isEmpty();
    }

    List<String> alerts(long caseId) {
        return jdbc.sql("select reason from case_alert where case_id = :id order by since").param("id", caseId)
                .query(String.class).list();
    }

    void end(SeizureCase c, CaseStatus status) {
        jdbc.sql("delete from case_alert where case_id = :id").param("id", c.id).update();
        c.end(status);
        events.publishEvent(new CaseClosed(c.caseNumber, c.unit, status));
    }

    /** The case file for a user who may see it; anyone else gets 404, as if it did not exist. */
    @Transactional(readOnly = true)
    public CaseView view(String caseNumber, WildcaseUser user) {
        return view(visible(caseNumber, user), user);
    }

    /** The case file of a case already in hand (read in the same transaction: no second look-up by number). */
    @Transactional(readOnly = true)
    public CaseView view(CaseRef ref, WildcaseUser user) {
        SeizureCase c = byId(ref.id());
        if (!maySee(c, user)) {
            throw new NotFoundException("No case " + ref.caseNumber() + ".");
        }
        return view(c, user);
    }

    /** A case by number for someone allowed to see it (404 otherwise). */
    SeizureCase visible(String caseNumber, WildcaseUser user) {
        SeizureCase c = cases.findByCaseNumber(caseNumber == null ? "" : caseNumber.trim())
                .orElseThrow(() -> new NotFoundException("No case " + caseNumber + "."));
        if (!maySee(c, user)) {
            throw new NotFoundException("No case " + caseNumber + ".");
        }
        return c;
    }

    /** A case by number for a module acting on it (the integration client's outcome): no visibility rule. */
    @Transactional(readOnly = true)
    public CaseRef ref(String caseNumber) {
        return ref(cases.findByCaseNumber(caseNumber == null ? "" : caseNumber.trim())
                .orElseThrow(() -> new NotFoundException("No case " + caseNumber + ".")));
    }

    @Transactional(readOnly = true)
    public CaseRef visibleRef(String caseNumber, WildcaseUser user) {
        return ref(visible(caseNumber, user));
    }

    static boolean maySee(SeizureCase c, WildcaseUser u) {
        return maySee(c.unit, c.reachedLegal, u);
    }

    /** Whether this user may see the case (its file, its tasks); others are told it does not exist. */
    @Transactional(readOnly = true)
    public boolean maySee(CaseRef ref, WildcaseUser u) {
        return maySee(byId(ref.id()), u);
    }

    private static boolean maySee(String unit, boolean reachedLegal, WildcaseUser u) {
        return u.has(Roles.MANAGER) || u.has(Roles.CITES_EXPERT) || (u.has(Roles.LEGAL_OFFICER) && reachedLegal)
                || (u.has(Roles.CUSTOMS_OFFICER) && unit.equals(u.unit()));
    }

    /** Cases the user may see, newest first, filtered. */
    @Transactional(readOnly = true)
    public Page<CaseView.Summary> list(CaseFilter filter, WildcaseUser user, Pageable page) {
        Specification<SeizureCase> spec = (root, query, cb) -> {
            List<Predicate> seeable = new ArrayList<>();
            if (user.has(Roles.MANAGER) || user.has(Roles.CITES_EXPERT)) {
                seeable.add(cb.conjunction());
            }
            if (user.has(Roles.LEGAL_OFFICER)) {
                seeable.add(cb.isTrue(root.get("reachedLegal")));
            }
            if (user.has(Roles.CUSTOMS_OFFICER) && user.unit() != null) {
                seeable.add(cb.equal(root.get("unit"), user.unit()));
            }
            List<Predicate> all = new ArrayList<>();
            all.add(seeable.isEmpty() ? cb.disjunction() : cb.or(seeable.toArray(Predicate[]::new)));
            if (filter.status() != null) {
                all.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.stage() != null) {
                all.add(cb.equal(root.get("stage"), filter.stage()));
            }
            if (filter.unit() != null) {
                all.add(cb.equal(root.get("unit"), filter.unit()));
            }
            if (filter.overdue() != null) {
                all.add(cb.equal(root.get("overdue"), filter.overdue()));
            }
            if (filter.q() != null && !filter.q().isBlank()) {
                // One indexed column (trigrams on PostgreSQL); the caller's % and _ are letters, not wildcards.
                String q = filter.q().trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_");
                all.add(cb.like(root.get("searchText"), "%" + q + "%", '\\'));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
        Pageable sorted = PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by(Sort.Direction.DESC, "id"));
        return cases.findAll(spec, sorted).map(c -> new CaseView.Summary(c.caseNumber, c.unit, c.status, c.stage,
                c.overdue, c.seizedAt, c.location, c.direction, c.registeredBy));
    }

    /**
     * What a task list shows of each task's case: unit and species, for a page of case numbers in one query (no
     * query per row). Only cases this user may see are described.
     */
    @Transactional(readOnly = true)
    public Map<String, TaskCase> describe(java.util.Collection<String> caseNumbers, WildcaseUser user) {
        if (caseNumbers.isEmpty()) {
            return Map.of();
        }
        Map<String, TaskCase> found = new java.util.LinkedHashMap<>();
        jdbc.sql("select c.case_number, c.unit, c.stage, c.overdue, c.reached_legal, s.scientific_name, s.description "
                + "from seizure_case c left join case_specimen s on s.case_id = c.id "
                + "where c.case_number in (:numbers) order by c.case_number, s.line_index")
                .param("numbers", caseNumbers).query(rs -> {
                    String number = rs.getString("case_number");
                    String unit = rs.getString("unit");
                    if (!maySee(unit, rs.getBoolean("reached_legal"), user)) {
                        return;
                    }
                    String name = rs.getString("scientific_name");
                    String species = name != null && !name.isBlank() ? name : rs.getString("description");
                    found.merge(number, new TaskCase(number, unit, Stage.valueOf(rs.getString("stage")),
                            rs.getBoolean("overdue"), species == null ? List.of() : List.of(species)),
                            (a, b) -> a.with(b.species()));
                });
        return found;
    }

    /** A case as a task list shows it. */
    public record TaskCase(String caseNumber, String unit, Stage stage, boolean overdue, List<String> species) {

        TaskCase with(List<String> more) {
            List<String> all = new ArrayList<>(species);
            more.stream().filter(m -> !all.contains(m)).forEach(all::add);
            return new TaskCase(caseNumber, unit, stage, overdue, all);
        }
    }

    /** Why each of these cases is overdue (the reasons of their marks), in one query; for a manager's list. */
    @Transactional(readOnly = true)
    public Map<String, List<String>> overdueReasons(java.util.Collection<String> caseNumbers) {
        if (caseNumbers.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> reasons = new java.util.HashMap<>();
        jdbc.sql("select c.case_number, a.reason from case_alert a join seizure_case c on c.id = a.case_id "
                + "where c.case_number in (:numbers) order by a.since").param("numbers", caseNumbers)
                .query(rs -> {
                    reasons.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return reasons;
    }

    /** The customs units that have cases, for filters. */
    @Transactional(readOnly = true)
    public List<String> units() {
        return jdbc.sql("select distinct unit from seizure_case order by unit").query(String.class).list();
    }

    /** Open cases per stage and unit, for the managers' overview: one grouped query. */
    @Transactional(readOnly = true)
    public List<StageCount> openCasesPerStage(WildcaseUser manager) {
        if (!manager.has(Roles.MANAGER)) {
            throw new org.springframework.security.access.AccessDeniedException("Only managers see the overview.");
        }
        return jdbc.sql("select stage, unit, count(*) as n from seizure_case where status = 'OPEN' "
                + "group by stage, unit order by unit, stage")
                .query((rs, row) -> new StageCount(Stage.valueOf(rs.getString("stage")), rs.getString("unit"),
                        rs.getLong("n"))).list();
    }

    /** The number of open cases at one stage in one unit. */
    public record StageCount(Stage stage, String unit, long cases) {
    }

    /** Filters of the case list; null means any. */
    public record CaseFilter(CaseStatus status, Stage stage, String unit, Boolean overdue, String q) {
    }

    /** A manager withdraws a case at any stage: it ends WITHDRAWN, its tasks are gone, nothing is deleted. */
    @Transactional
    public String withdraw(String caseNumber, String reason, WildcaseUser manager) {
        FieldRules.require(validator, new Withdrawal(reason));
        SeizureCase c = visible(caseNumber, manager);
        lock(c);
        if (c.status != CaseStatus.OPEN) {
            throw new ConflictException("Case " + caseNumber + " has already ended " + c.status + ".");
        }
        c.withdrawalReason = reason.trim();
        workflow.withdraw(c.caseNumber);
        end(c, CaseStatus.WITHDRAWN);
        history.record(c.id, manager.username(), org.wildcase.api.Phrase.of("history.withdrawn", CaseHistory.quote(reason)));
        audit.record(manager.username(), "CASE_WITHDRAWN", c.caseNumber, org.wildcase.audit.AuditTrail.detail("reason",
                c.withdrawalReason));
        return c.caseNumber;
    }

    /**
     * Takes the case's row lock and re-reads it, before anything of the engine is touched. Whatever changes a
     * case's flow (completing a task, withdrawing it) locks the case first, so two of them on one case wait in line
     * instead of deadlocking on the engine's tables; the second then sees what the first did.
     */
    /** As {@link #lock(SeizureCase)}, for the module completing a task of the case; the case as it now is. */
    @Transactional
    public CaseRef lock(CaseRef ref) {
        SeizureCase c = byId(ref.id());
        lock(c);
        return ref(c);
    }

    void lock(SeizureCase c) {
        // A plain row lock (JPA's lock modes would also compare the version this request read, and fail where
        // waiting was meant), then the state the previous holder of the lock left.
        jdbc.sql("select id from seizure_case where id = :id for update").param("id", c.id).query(Long.class)
                .single();
        entityManager.refresh(c);
    }

    /** Applies what a completed task means to its case (stage, end, overdue marks) and records it. */
    void apply(SeizureCase c, CaseStep result, String who) {
        if (c.overdue && !result.settledAlerts().isEmpty()) {
            settle(c, result.settledAlerts());
        }
        if (result.endStatus() != null) {
            end(c, result.endStatus());
        } else {
            // Where the process now waits says the stage (the engine has taken the step already).
            Stage now = Stage.at(workflow.activeSteps(c.processInstanceId)).orElse(c.stage);
            if (now == Stage.LEGAL) {
                c.reachedLegal = true;
            }
            if (now != c.stage) {
                events.publishEvent(new CaseStageReached(c.caseNumber, c.unit, c.stage, now));
                c.stage = now;
            }
        }
        history.record(c.id, who, result.history());
    }

    /** A task's or an outcome's step applied to its case: stage, end, overdue marks, history. */
    @Transactional
    public void advance(long caseId, CaseStep result, String who) {
        apply(byId(caseId), result, who);
    }

    /**
     * Spreads a case's stage periods from its seizure date, each lasting what {@code spent} gives in order. Only for
     * demo data, whose cases go through the flow in a second at start-up.
     */
    @Transactional
    public void backdateStages(String caseNumber, List<java.time.Duration> spent) {
        SeizureCase c = byNumber(caseNumber);
        periods.backdate(c.id, c.seizedAt, spent);
    }

    /** The case a task of the case flow belongs to. */
    @Transactional(readOnly = true)
    public CaseRef ofProcess(String processInstanceId) {
        return ref(cases.findByProcessInstanceId(processInstanceId)
                .orElseThrow(() -> new NotFoundException("No case for this task.")));
    }

    private SeizureCase byId(long id) {
        return cases.findById(id).orElseThrow(() -> new NotFoundException("No case " + id + "."));
    }

    SeizureCase byNumber(String caseNumber) {
        return cases.findByCaseNumber(caseNumber).orElseThrow(() -> new NotFoundException("No case " + caseNumber));
    }

    CaseRef ref(SeizureCase c) {
        return new CaseRef(c.id, c.caseNumber, c.unit, c.status, c.stage, c.seizedAt,
                () -> c.specimens.stream().map(s -> CaseMapping.line(s, appendix(c).apply(s))).toList(),
                () -> c.documents.size());
    }

    private CaseView view(SeizureCase c, WildcaseUser user) {
        List<CaseView.OpenTask> open = c.status == CaseStatus.OPEN ? workflow.openTasks(c.caseNumber).stream()
                .map(t -> new CaseView.OpenTask(t.taskId(), t.taskKey(), t.name(), t.assignee(), t.due())).toList()
                : List.of();
        return CaseMapping.view(c, appendix(c), alerts(c.id), open, history.of(c.id));
    }

    /** The appendix a line's species has for its origin (the route's when the line names none), by today's list. */
    private Function<SeizureCase.SpecimenLine, String> appendix(SeizureCase c) {
        SpeciesList list = species.current();
        return s -> list.resolve(s.scientificName)
                .map(t -> t.appendixFor(s.countryOfOrigin != null ? s.countryOfOrigin : c.routeOrigin).name())
                .orElse(null);
    }


    static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }
}
