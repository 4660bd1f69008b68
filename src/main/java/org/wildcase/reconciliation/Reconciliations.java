package org.wildcase.reconciliation;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.wildcase.api.ConflictException;
import org.wildcase.api.DateWithin;
import org.wildcase.api.FieldError;
import org.wildcase.api.FieldRules;
import org.wildcase.api.InvalidInputException;
import org.wildcase.api.NotFoundException;
import org.wildcase.organisation.OrganisationNames;
import org.wildcase.permit.PermitRegister;
import org.wildcase.permit.RegisteredPermit;
import org.wildcase.security.Roles;
import org.wildcase.security.WildcaseUser;
import org.wildcase.seizure.Registration;
import org.wildcase.seizure.SeizureCases;
import org.wildcase.species.CitesSettings;
import org.wildcase.workflow.CaseWorkflow;
import org.wildcase.workflow.ReconciliationSteps;
import org.wildcase.workflow.ReconciliationWorkflow;
import org.wildcase.workflow.WorkflowTask;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Reconciliation runs: import a period's export records, read a run's discrepancies, decide them. Permit officers
 * and managers see every run; a customs officer sees the runs imported in their unit.
 */
@Service
public class Reconciliations implements ReconciliationSteps {

    public enum RunStatus { UNDER_REVIEW, COMPLETED }

    public enum DecisionKind { ACCEPTED, CASE_OPENED }

    /** A run; {@code reviewTaskId} is the open ReviewDiscrepancies task, null when none is open. */
    public record RunSummary(String number, LocalDate periodFrom, LocalDate periodTo, String fileName,
            String importedBy, String unit, OffsetDateTime importedAt, int records, int discrepancies, int undecided,
            int unusedPermits, RunStatus status, String reviewTaskId) {
    }

    /** A discrepancy with its decision; the decision fields are null while it is undecided. */
    public record DiscrepancyView(String id, DiscrepancyCode code, ExportRecord record, String permitNumber,
            Integer permitLine, String message, DecisionKind decision, String reason, String unit, String caseNumber,
            String decidedBy, OffsetDateTime decidedAt) {
    }

    public record DiscrepancyFilter(DiscrepancyCode code, Boolean undecided) {
        public static final DiscrepancyFilter ALL = new DiscrepancyFilter(null, null);
    }

    /** One decision of the ReviewDiscrepancies body in api.md; {@code transportMode} is an optional addition. */
    @AsItsKindAsks
    public record Decision(@NotBlank @Size(max = 40) String discrepancyId, @NotNull DecisionKind decision,
            @Size(max = MAX_REASON) String reason, @Size(max = 10) String unit,
            Registration.TransportMode transportMode) {
    }

    /** The period a run reconciles: days of CITES trade, not a typing error's year 99999. */
    record Period(@NotNull @DateWithin(from = DateWithin.CONVENTION) LocalDate periodFrom,
            @NotNull @DateWithin(from = DateWithin.CONVENTION) LocalDate periodTo) {
    }

    /** The longest reason a decision keeps. */
    public static final int MAX_REASON = 2000;
    /** Stable messages of the decisions' validation, for views that word them in the user's language. */
    public static final String REQUIRED = "is required";
    public static final String ONLY_FOR_CASE_OPENED = "only for CASE_OPENED";
    public static final String NOT_OF_RUN = "is not a discrepancy of this run";
    public static final String TWICE = "is decided twice in this request";
    public static final String NOT_A_UNIT = "is not a customs unit";
    public static final String TOO_LONG = FieldRules.TOO_LONG.formatted(MAX_REASON);

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Reconciliations.class);

    private final ExportRecordFile files;
    private final Reconciler reconciler;
    private final RunStore store;
    private final RunNumbers numbers;
    private final PermitRegister register;
    private final ReconciliationWorkflow workflow;
    private final CaseWorkflow tasks;
    private final SeizureCases cases;
    private final OrganisationNames organisation;
    private final CitesSettings settings;
    private final Clock clock;
    private final Validator validator;
    private final TransactionTemplate tx;
    /** The records of a run being imported, handed to its reconciliation in the same thread: no second read. */
    private final Map<Long, List<ExportRecord>> importing = new ConcurrentHashMap<>();

    private final org.wildcase.audit.AuditTrail audit;

    Reconciliations(ExportRecordFile files, Reconciler reconciler, RunStore store, RunNumbers numbers,
            PermitRegister register, ReconciliationWorkflow workflow, CaseWorkflow tasks, SeizureCases cases,
            OrganisationNames organisation, CitesSettings settings, Clock clock, PlatformTransactionManager txManager,
            Validator validator, org.wildcase.audit.AuditTrail audit) {
        this.audit = audit;
        this.files = files;
        this.reconciler = reconciler;
        this.store = store;
        this.numbers = numbers;
        this.register = register;
        this.workflow = workflow;
        this.tasks = tasks;
        this.cases = cases;
        this.organisation = organisation;
        this.settings = settings;
        this.clock = clock;
        this.validator = validator;
        this.tx = new TransactionTemplate(txManager);
    }

    /**
     * Imports a file (400 with {@code lines[N].column} errors, nothing stored) and reconciles it; the run as stored.
     * Customs officers (the run belongs to their unit) and permit officers import; others get 403. The file is read
     * before anything is stored; the run, its records, the reconciliation and the first review task are then one
     * transaction.
     */
    public RunSummary importRecords(String fileName, InputStream content, LocalDate from, LocalDate to,
            WildcaseUser user) {
        if (!user.has(Roles.CUSTOMS_OFFICER) && !user.has(Roles.PERMIT_OFFICER)) {
            throw new AccessDeniedException("Only customs and permit officers import export records.");
        }
        List<FieldError> errors = new ArrayList<>();
        if (fileName == null || fileName.isBlank() || content == null) {
            errors.add(new FieldError("file", REQUIRED));
        }
        errors.addAll(FieldRules.of(validator, new Period(from, to)));
        if (from != null && to != null && from.isAfter(to)) {
            errors.add(new FieldError("periodTo", "lies before periodFrom"));
        }
        if (!user.has(Roles.PERMIT_OFFICER) && (user.unit() == null || user.unit().isBlank())) {
            errors.add(new FieldError("unit", "your account has no customs unit to import the run in"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(FieldRules.merge(errors, List.of()));
        }
        String name = fileName.trim();
        if (name.length() > 300) {
            name = name.substring(name.length() - 300);
        }
        long started = System.nanoTime();
        List<ExportRecord> records = files.read(name, content, from, to);
        long read = System.nanoTime();
        // A permit officer acts for the whole authority; a customs officer's run is their unit's.
        String unit = user.has(Roles.PERMIT_OFFICER) ? null : user.unit();
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(settings.timeZone()));
        String fileNameStored = name;
        String number = tx.execute(s -> {
            String runNumber = numbers.next(now.getYear());
            long runId = store.insertRun(runNumber, from, to, fileNameStored, user.username(), unit,
                    now.toOffsetDateTime(), records.size());
            store.insertRecords(runId, records);
            audit.record(user.username(), "RECONCILIATION_IMPORTED", null, org.wildcase.audit.AuditTrail.detail(
                    "run", runNumber, "file", fileNameStored, "from", from, "to", to, "records", records.size()));
            log.info("Run {}: {} records read in {} ms, stored in {} ms", runNumber, records.size(),
                    (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
            importing.put(runId, records);
            try {
                store.setProcess(runId, workflow.start(runId, runNumber));
            } finally {
                importing.remove(runId);
            }
            return runNumber;
        });
        return run(number, user);
    }

    /**
     * Task_Reconcile: the rules over the run's records, against the permits they cite, the declarations that cited
     * those permits in other runs, and the permits issued in the period; the outcome is stored. Whether any
     * discrepancy needs review.
     */
    @Override
    @Transactional
    public boolean reconcile(long runId) {
        RunStore.Run run = store.run(runId).orElseThrow(() -> new NotFoundException("No run " + runId + "."));
        List<ExportRecord> records = importing.get(runId);
        if (records == null) {
            records = store.records(runId);
        }
        long started = System.nanoTime();
        Set<String> cited = new HashSet<>();
        records.stream().map(ExportRecord::permitNumber).filter(Objects::nonNull).forEach(cited::add);
        Map<String, RegisteredPermit> byNumber = register.findAll(cited);
        long t1 = System.nanoTime();
        Map<String, Set<String>> elsewhere = store.declarationsElsewhere(runId, byNumber.keySet());
        long t2 = System.nanoTime();
        Reconciler.Register known = new Reconciler.Register(byNumber, elsewhere,
                register.issuedBetween(run.periodFrom(), run.periodTo()));
        log.debug("findAll {} ms, elsewhere {} ms, issued {} ms", (t1 - started) / 1_000_000, (t2 - t1) / 1_000_000,
                (System.nanoTime() - t2) / 1_000_000);
        long loaded = System.nanoTime();
        Reconciler.Outcome outcome = reconciler.reconcile(records, known);
        long reconciled = System.nanoTime();
        store.storeOutcome(runId, outcome);
        log.info("Run {}: {} permits loaded in {} ms, reconciled in {} ms, {} discrepancies stored in {} ms",
                run.number(), byNumber.size() + known.issuedInPeriod().size(), (loaded - started) / 1_000_000,
                (reconciled - loaded) / 1_000_000, outcome.discrepancies().size(),
                (System.nanoTime() - reconciled) / 1_000_000);
        return !outcome.discrepancies().isEmpty();
    }

    /** The runs the user may see, newest first. */
    @Transactional(readOnly = true)
    public Page<RunSummary> runs(WildcaseUser user, Pageable page) {
        requireReader(user);
        boolean all = seesAll(user);
        String unit = user.unit() == null ? "-none-" : user.unit();
        long total = store.countRuns(unit, all);
        List<RunStore.Run> found = store.runs(unit, all, (int) page.getOffset(), page.getPageSize());
        Map<String, String> open = workflow.openReviewTaskIds(found.stream()
                .filter(r -> r.status() == RunStatus.UNDER_REVIEW).map(RunStore.Run::number).toList());
        return new PageImpl<>(found.stream().map(r -> summary(r, open.get(r.number()))).toList(), page, total);
    }

    /** The run an open review task belongs to, if the user may see it: for links that carry only the task id. */
    @Transactional(readOnly = true)
    public Optional<String> runOfTask(String taskId, WildcaseUser user) {
        return tasks.task(taskId).filter(t -> ReconciliationWorkflow.REVIEW_DISCREPANCIES.equals(t.taskKey()))
                .flatMap(t -> store.runByProcess(t.processInstanceId()))
                .filter(r -> seesAll(user) || (r.unit() != null && r.unit().equals(user.unit())))
                .map(RunStore.Run::number);
    }

    /** A run the user may see; 404 otherwise. */
    @Transactional(readOnly = true)
    public RunSummary run(String number, WildcaseUser user) {
        RunStore.Run run = visible(number, user);
        return summary(run, run.status() == RunStatus.UNDER_REVIEW
                ? workflow.openReviewTaskId(run.number()).orElse(null) : null);
    }

    @Transactional(readOnly = true)
    public Page<DiscrepancyView> discrepancies(String number, DiscrepancyFilter filter, WildcaseUser user,
            Pageable page) {
        RunStore.Run run = visible(number, user);
        DiscrepancyFilter f = filter == null ? DiscrepancyFilter.ALL : filter;
        return new PageImpl<>(store.discrepancies(run.id(), f, (int) page.getOffset(), page.getPageSize()), page,
                store.countDiscrepancies(run.id(), f));
    }

    @Transactional(readOnly = true)
    public List<UnusedPermit> unusedPermits(String number, WildcaseUser user) {
        return store.unusedPermits(visible(number, user).id());
    }

    /**
     * Records decisions by completing the run's open ReviewDiscrepancies task (400 with {@code decisions[i].field}
     * errors and nothing stored; 409 when no task is open or another person holds it; 403 for a role other than
     * cites-permit-officer). A new review task follows while discrepancies stay undecided.
     */
    @Transactional
    public RunSummary decide(String number, List<Decision> decisions, WildcaseUser user) {
        if (!user.has(Roles.PERMIT_OFFICER)) {
            throw new AccessDeniedException("Only permit officers decide discrepancies.");
        }
        RunStore.Run run = visible(number, user);
        String taskId = workflow.openReviewTaskId(run.number()).orElseThrow(() -> new ConflictException(
                "Run " + run.number() + " has no open review: every discrepancy is decided."));
        WorkflowTask task = tasks.task(taskId).orElseThrow(() -> new ConflictException(
                "The review task has just been completed."));
        if (task.assignee() != null && !task.assignee().equals(user.username())) {
            throw new ConflictException("The review task is held by " + task.assignee() + ".");
        }
        record(run, task, decisions, user);
        return run(run.number(), user);
    }

    /** The customs units a case may be opened in. */
    public List<String> customsUnits() {
        return organisation.units().stream().map(OrganisationNames.Entry::code).sorted().toList();
    }

    /** The body of ReviewDiscrepancies (api.md): the decisions taken in this review. */
    public record Review(List<Decision> decisions) {
    }

    /**
     * The number of the run a review task belongs to (404 when it has none). Permit officers see every run, and the
     * task's role has been checked, so there is nothing more to hide.
     */
    @Transactional(readOnly = true)
    public String runNumberOf(WorkflowTask task) {
        return runOf(task).number();
    }

    /**
     * ReviewDiscrepancies from the task endpoints, in the caller's transaction: the same decisions as {@link #decide}
     * on the task named. Returns the run's number.
     */
    @Transactional
    public String review(WorkflowTask task, Review review, WildcaseUser user) {
        RunStore.Run run = runOf(task);
        record(run, task, review == null ? null : review.decisions(), user);
        return run.number();
    }

    /** The run whose review task this is, for the task endpoints. */
    RunStore.Run runOf(WorkflowTask task) {
        return store.runByProcess(task.processInstanceId())
                .orElseThrow(() -> new NotFoundException("No run for this task."));
    }

    /**
     * Validates and records decisions on the run's open review task, opening the cases asked for, and completes the
     * task; one transaction with the caller's.
     */
    void record(RunStore.Run run, WorkflowTask task, List<Decision> decisions, WildcaseUser user) {
        Map<Long, DiscrepancyView> named = validate(run, decisions);
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (int i = 0; i < decisions.size(); i++) {
            Decision d = decisions.get(i);
            DiscrepancyView discrepancy = named.get(RunStore.id(d.discrepancyId()).orElseThrow());
            String reason = d.reason() == null || d.reason().isBlank() ? null : d.reason().trim();
            String caseNumber = null;
            String unit = null;
            if (d.decision() == DecisionKind.CASE_OPENED) {
                unit = d.unit().trim();
                caseNumber = openCase(run, discrepancy, unit, d.transportMode(), user, i);
            }
            if (!store.decide(Long.parseLong(discrepancy.id()), d.decision(), reason, unit, caseNumber,
                    user.username(), now)) {
                throw new ConflictException("Discrepancy " + discrepancy.id() + " was decided at the same time.");
            }
            audit.record(user.username(), "DISCREPANCY_DECIDED", caseNumber, org.wildcase.audit.AuditTrail.detail(
                    "run", run.number(), "discrepancy", discrepancy.id(), "code", discrepancy.code(),
                    "decision", d.decision(), "reason", reason, "unit", unit));
        }
        int undecided = store.recount(run);
        if (undecided < 0) {
            throw new ConflictException("Run " + run.number() + " changed at the same time; reload it.");
        }
        workflow.completeReview(task, user.username(), undecided > 0);
    }

    /** Every field problem at once (400), then decisions already taken (409); the discrepancies named, by id. */
    private Map<Long, DiscrepancyView> validate(RunStore.Run run, List<Decision> decisions) {
        if (decisions == null || decisions.isEmpty()) {
            throw InvalidInputException.of("decisions", "at least one decision is required");
        }
        List<FieldError> errors = new ArrayList<>();
        Map<Long, DiscrepancyView> named = store.discrepancies(run.id(), RunStore.ids(decisions.stream()
                .filter(d -> d != null && d.discrepancyId() != null).map(Decision::discrepancyId).toList()));
        Set<String> units = new HashSet<>(customsUnits());
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < decisions.size(); i++) {
            String at = "decisions[" + i + "].";
            Decision d = decisions.get(i);
            if (d == null) {
                errors.add(new FieldError("decisions[" + i + "]", REQUIRED));
                continue;
            }
            if (d.discrepancyId() != null && !d.discrepancyId().isBlank()) {
                Long id = RunStore.id(d.discrepancyId()).orElse(null);
                if (id == null || !named.containsKey(id)) {
                    errors.add(new FieldError(at + "discrepancyId", NOT_OF_RUN));
                } else if (!seen.add(id)) {
                    errors.add(new FieldError(at + "discrepancyId", TWICE));
                }
            }
            // The annotations: what is required, and what the decision's kind asks for (AsItsKindAsks).
            FieldRules.of(validator, new Decision(trimmed(d.discrepancyId()), d.decision(), trimmed(d.reason()),
                    trimmed(d.unit()), d.transportMode())).forEach(e -> errors.add(new FieldError(at + e.field(),
                            e.message())));
            if (d.decision() == DecisionKind.CASE_OPENED && d.unit() != null && !d.unit().isBlank()
                    && !units.contains(d.unit().trim())) {
                errors.add(new FieldError(at + "unit", NOT_A_UNIT));
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(FieldRules.merge(errors, List.of()));
        }
        for (Decision d : decisions) {
            DiscrepancyView discrepancy = named.get(RunStore.id(d.discrepancyId()).orElseThrow());
            if (discrepancy.decision() != null) {
                throw new ConflictException("Discrepancy " + discrepancy.id() + " has already been decided ("
                        + discrepancy.decision() + " by " + discrepancy.decidedBy() + ").");
            }
        }
        return named;
    }

    private String openCase(RunStore.Run run, DiscrepancyView d, String unit, Registration.TransportMode mode,
            WildcaseUser user, int index) {
        Registration registration = CaseFromDiscrepancy.registration(run.number(), d, settings, mode);
        ExportRecord r = d.record();
        org.wildcase.api.Phrase origin = r == null
                ? org.wildcase.api.Phrase.of("history.fromReconciliation", run.number(), d.code())
                : org.wildcase.api.Phrase.of("history.fromReconciliation.record", run.number(), d.code(),
                        r.declarationNumber(), r.line());
        try {
            return cases.openCaseFrom(registration, unit, user.username(), origin);
        } catch (InvalidInputException e) {
            // The record lacks what a case needs: say which decision, and what of its record.
            throw InvalidInputException.of(e.errors().stream().map(f -> new FieldError(
                    "decisions[" + index + "].record." + f.field(), f.message())).toList());
        }
    }

    /** 403 for a role that reads no runs; 404 for a run the user may not see. */
    private RunStore.Run visible(String number, WildcaseUser user) {
        requireReader(user);
        RunStore.Run run = store.run(number).orElseThrow(() -> new NotFoundException("No run " + number + "."));
        if (!seesAll(user) && (run.unit() == null || !run.unit().equals(user.unit()))) {
            throw new NotFoundException("No run " + number + ".");
        }
        return run;
    }

    private static String trimmed(String s) {
        return s == null ? null : s.trim();
    }

    private static boolean seesAll(WildcaseUser user) {
        return user.has(Roles.PERMIT_OFFICER) || user.has(Roles.MANAGER);
    }

    private static void requireReader(WildcaseUser user) {
        if (!seesAll(user) && !user.has(Roles.CUSTOMS_OFFICER)) {
            throw new AccessDeniedException("Your role does not read reconciliation runs.");
        }
    }

    private static RunSummary summary(RunStore.Run r, String reviewTaskId) {
        return new RunSummary(r.number(), r.periodFrom(), r.periodTo(), r.fileName(), r.importedBy(), r.unit(),
                r.importedAt(), r.records(), r.discrepancies(), r.undecided(), r.unusedPermits(), r.status(),
                reviewTaskId);
    }
}
