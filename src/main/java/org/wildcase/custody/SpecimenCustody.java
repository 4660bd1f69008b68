package org.wildcase.custody;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wildcase.api.FieldError;
import org.wildcase.api.FieldRules;
import org.wildcase.seizure.CaseRef;
import org.wildcase.seizure.CaseStatus;
import org.wildcase.seizure.CaseStep;
import org.wildcase.seizure.CaseView;
import org.wildcase.security.WildcaseUser;
import org.wildcase.species.CitesSettings;


import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Live specimen placement (RecordLiveSpecimenCare), the disposal decision per specimen line (DecideDisposal) and
 * its execution with the custody hand-overs (RecordDisposal), which closes the case.
 */
@Service
public class SpecimenCustody {

    // The task bodies of api.md; texts as long as the custody module's columns (V2).

    public record Care(@NotBlank @Size(max = 500) String facility, @NotBlank @Size(max = 300) String keeper,
            @NotNull OffsetDateTime placedAt) {
    }

    public record DecideDisposal(@NotEmpty @Size(max = MAX_ROWS) List<@NotNull @Valid Disposal> disposals) {
    }

    public record Disposal(@NotNull @Min(0) Integer specimenIndex,
            @Positive @DecimalMax(FieldRules.MAX_QUANTITY)
            @Digits(integer = FieldRules.QUANTITY_INTEGER_DIGITS, fraction = FieldRules.QUANTITY_FRACTION_DIGITS)
            BigDecimal quantity,
            @NotNull DisposalMethod method, @Size(max = 500) String destination) {
    }

    public record RecordDisposal(@NotNull LocalDate completedOn, @Size(max = 5000) String note,
            @Size(max = MAX_ROWS) List<@NotNull @Valid HandOver> custody) {
    }

    public record HandOver(@NotNull @Min(0) Integer specimenIndex,
            @NotNull @Positive @DecimalMax(FieldRules.MAX_QUANTITY)
            @Digits(integer = FieldRules.QUANTITY_INTEGER_DIGITS, fraction = FieldRules.QUANTITY_FRACTION_DIGITS)
            BigDecimal quantity,
            @NotBlank @Size(max = 300) String from, @NotBlank @Size(max = 300) String to,
            @NotBlank @Size(max = 300) String handedOverBy, @NotBlank @Size(max = 300) String receivedBy,
            @NotNull OffsetDateTime at, @Size(max = 1000) String reason) {
    }

    /** Decisions and hand-overs per request: a few per specimen line of the largest case. */
    static final int MAX_ROWS = 1000;

    private final Cares cares;
    private final Decisions decisions;
    private final Completions completions;
    private final HandOvers handOvers;
    private final CitesSettings settings;
    private final Validator validator;
    private final Clock clock;

    private final org.wildcase.seizure.SeizureCases cases;
    private final org.wildcase.audit.AuditTrail audit;

    SpecimenCustody(Cares cares, Decisions decisions, Completions completions, HandOvers handOvers,
            CitesSettings settings, Validator validator, Clock clock, org.wildcase.seizure.SeizureCases cases,
            org.wildcase.audit.AuditTrail audit) {
        this.cases = cases;
        this.audit = audit;
        this.cares = cares;
        this.decisions = decisions;
        this.completions = completions;
        this.handOvers = handOvers;
        this.settings = settings;
        this.validator = validator;
        this.clock = clock;
    }

    /** RecordLiveSpecimenCare: where the live specimens are kept, and by whom. */
    @Transactional
    public CaseStep recordLiveSpecimenCare(CaseRef ref, WildcaseUser user, Care b) {
        List<FieldError> errors = new ArrayList<>();
        past(errors, "placedAt", b.placedAt());
        ref.beforeSeizure("placedAt", b.placedAt(), settings.timeZone()).ifPresent(errors::add);
        fail(b, errors);
        CustodyEntities.Care care = new CustodyEntities.Care();
        care.caseId = ref.id();
        care.facility = b.facility().trim();
        care.keeper = b.keeper().trim();
        care.placedAt = b.placedAt();
        care.recordedBy = user.username();
        cares.save(care);
        // 500 and 300 characters at most: the line fits the history without shortening.
        return CaseStep.of("history.care", care.facility, care.keeper);
    }

    /** DecideDisposal: what becomes of each confiscated specimen line. */
    @Transactional
    public CaseStep decideDisposal(CaseRef ref, WildcaseUser user, DecideDisposal b) {
        List<FieldError> errors = new ArrayList<>();
        List<Disposal> list = b.disposals() == null ? List.of() : b.disposals();
        for (int i = 0; i < list.size(); i++) {
            Disposal d = list.get(i);
            String at = "disposals[" + i + "].";
            if (d == null) {
                continue; // named by the annotations
            }
            CaseView.SpecimenView line = specimen(errors, at, ref, d.specimenIndex());
            if (line != null && d.quantity() != null && d.quantity().signum() > 0
                    && d.quantity().compareTo(line.quantity()) > 0) {
                errors.add(moreThanTheLine(at + "quantity", line));
            }
        }
        fail(b, errors);
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Disposal d : list) {
            CustodyEntities.Decision decision = new CustodyEntities.Decision();
            decision.caseId = ref.id();
            decision.specimenIndex = d.specimenIndex();
            // The quantity defaults to the whole line (api.md).
            decision.quantity = d.quantity() != null ? d.quantity() : ref.specimens().get(d.specimenIndex()).quantity();
            decision.method = d.method();
            decision.destination = d.destination();
            decision.decidedBy = user.username();
            decision.decidedAt = now;
            decisions.save(decision);
        }
        return CaseStep.of("history.disposalDecided", list.size());
    }

    /** RecordDisposal: the disposal carried out, with its custody hand-overs; the case closes. */
    @Transactional
    public CaseStep recordDisposal(CaseRef ref, WildcaseUser user, RecordDisposal b) {
        List<FieldError> errors = new ArrayList<>();
        if (b.completedOn() != null && b.completedOn().isAfter(settings.today(clock))) {
            errors.add(FieldRules.future("completedOn"));
        }
        ref.beforeSeizure("completedOn", b.completedOn(), settings.timeZone()).ifPresent(errors::add);
        List<HandOver> list = b.custody() == null ? List.of() : b.custody();
        for (int i = 0; i < list.size(); i++) {
            HandOver h = list.get(i);
            String at = "custody[" + i + "].";
            if (h == null) {
                continue; // named by the annotations
            }
            CaseView.SpecimenView line = specimen(errors, at, ref, h.specimenIndex());
            if (line != null && h.quantity() != null && h.quantity().signum() > 0
                    && h.quantity().compareTo(line.quantity()) > 0) {
                errors.add(moreThanTheLine(at + "quantity", line));
            }
            past(errors, at + "at", h.at());
            ref.beforeSeizure(at + "at", h.at(), settings.timeZone()).ifPresent(errors::add);
        }
        fail(b, errors);
        CustodyEntities.Completion done = new CustodyEntities.Completion();
        done.caseId = ref.id();
        done.completedOn = b.completedOn();
        done.note = b.note();
        done.recordedBy = user.username();
        done.recordedAt = OffsetDateTime.now(clock);
        completions.save(done);
        for (HandOver h : list) {
            keep(ref.id(), h);
        }
        return CaseStep.of("history.disposalDone", b.completedOn(), list.size())
                .ending(CaseStatus.CLOSED);
    }

    /** The disposal methods a decision may name, as {@code method} takes them; for forms outside this package. */
    public static List<String> disposalMethods() {
        return java.util.Arrays.stream(DisposalMethod.values()).map(Enum::name).toList();
    }

    private static CaseView.SpecimenView specimen(List<FieldError> errors, String at, CaseRef ref, Integer index) {
        if (index == null || index < 0 || index >= ref.specimens().size()) {
            errors.add(FieldRules.noSpecimenLine(at + "specimenIndex", ref.specimens().size()));
            return null;
        }
        return ref.specimens().get(index);
    }

    private void past(List<FieldError> errors, String field, OffsetDateTime value) {
        if (value != null && value.isAfter(OffsetDateTime.now(clock).plusMinutes(5))) {
            errors.add(FieldRules.future(field));
        }
    }

    private static FieldError moreThanTheLine(String field, CaseView.SpecimenView line) {
        String holds = line.quantity().stripTrailingZeros().toPlainString();
        return new FieldError(field, "is more than the specimen line holds (" + holds + ")",
                org.wildcase.api.Phrase.of("validation.moreThanLine", holds));
    }

    /** The body's annotations first (required fields, lengths, bounds), then the rules that need the case. */
    private void fail(Object body, List<FieldError> errors) {
        FieldRules.fail(FieldRules.merge(FieldRules.of(validator, body), errors));
    }

    /** Views of the custody records for the case file. */
    public record CareView(String facility, String keeper, OffsetDateTime placedAt, String recordedBy) {
    }

    public record DisposalView(int specimenIndex, BigDecimal quantity, String method, String destination,
            String decidedBy, OffsetDateTime decidedAt) {
    }

    public record CustodyView(int specimenIndex, BigDecimal quantity, String from, String to, String handedOverBy,
            String receivedBy, OffsetDateTime at, String reason) {
    }

    /** A hand-over with the number of the exhibit it moved, as {@code GET /api/cases/{n}/custody} lists it. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "CustodyRecord")
    public record CustodyRecord(String exhibit, int specimenIndex, BigDecimal quantity, String from, String to,
            String handedOverBy, String receivedBy, OffsetDateTime at, String reason) {
    }

    /**
     * A hand-over while the case is open (a storage move, to a laboratory, to court): by the customs officer of the
     * case's unit or the expert. 404 for a case the user may not see, 403 for another role, 409 for an ended case,
     * 400 for the fields, for a date in the future or before the seizure, and for a quantity beyond what the giver
     * holds of that exhibit. Whoever appears first as a giver holds the whole line (the seizing unit's store);
     * each hand-over moves its quantity from the giver to the receiver, so no holder ever goes below zero.
     */
    @Transactional
    public CustodyRecord recordCustody(String caseNumber, HandOver h, WildcaseUser user) {
        CaseRef ref = cases.lock(cases.visibleRef(caseNumber, user));
        if (!user.has(org.wildcase.security.Roles.CUSTOMS_OFFICER)
                && !user.has(org.wildcase.security.Roles.CITES_EXPERT)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Custody is recorded by customs officers of the unit and by experts.");
        }
        if (ref.status() != org.wildcase.seizure.CaseStatus.OPEN) {
            throw new org.wildcase.api.ConflictException("Case " + ref.caseNumber() + " has ended: its custody chain"
                    + " ends with the disposal.");
        }
        if (h == null) {
            throw org.wildcase.api.InvalidInputException.of("body", FieldRules.REQUIRED);
        }
        List<FieldError> errors = new ArrayList<>();
        CaseView.SpecimenView line = specimen(errors, "", ref, h.specimenIndex());
        past(errors, "at", h.at());
        ref.beforeSeizure("at", h.at(), settings.timeZone()).ifPresent(errors::add);
        if (line != null && h.quantity() != null && h.quantity().signum() > 0 && h.from() != null
                && !h.from().isBlank()) {
            BigDecimal held = available(ref.id(), line, h.from());
            if (h.quantity().compareTo(held) > 0) {
                String has = held.stripTrailingZeros().toPlainString();
                errors.add(new FieldError("quantity", "is more than " + h.from().trim() + " holds (" + has + ")",
                        org.wildcase.api.Phrase.of("validation.moreThanHeld", h.from().trim(), has)));
            }
        }
        fail(h, errors);
        CustodyEntities.HandOver record = keep(ref.id(), h);
        String exhibit = ref.caseNumber() + "/E" + (h.specimenIndex() + 1);
        cases.advance(ref.id(), CaseStep.of("history.custody", exhibit, h.quantity().stripTrailingZeros()
                .toPlainString(), record.from, record.to), user.username());
        audit.record(user.username(), "CUSTODY_RECORDED", ref.caseNumber(), org.wildcase.audit.AuditTrail.detail(
                "exhibit", exhibit, "quantity", h.quantity().stripTrailingZeros().toPlainString(), "from", record.from,
                "to", record.to));
        return new CustodyRecord(exhibit, record.specimenIndex, record.quantity.stripTrailingZeros(), record.from,
                record.to, record.handedOverBy, record.receivedBy, record.at, record.reason);
    }

    /** Every hand-over of the case with its exhibit number, oldest first, for whoever sees the case. */
    @Transactional(readOnly = true)
    public List<CustodyRecord> custodyRecords(String caseNumber, WildcaseUser user) {
        CaseRef ref = cases.visibleRef(caseNumber, user);
        return handOvers.findByCaseIdOrderById(ref.id()).stream().map(h -> new CustodyRecord(
                ref.caseNumber() + "/E" + (h.specimenIndex + 1), h.specimenIndex, h.quantity.stripTrailingZeros(),
                h.from, h.to, h.handedOverBy, h.receivedBy, h.at, h.reason)).toList();
    }

    /**
     * What {@code giver} holds of one exhibit after its hand-overs so far: the first giver of a chain holds the
     * whole line; then each hand-over moves its quantity from its giver to its receiver.
     */
    private BigDecimal available(long caseId, CaseView.SpecimenView line, String giver) {
        List<CustodyEntities.HandOver> chain = handOvers.findByCaseIdOrderById(caseId).stream()
                .filter(x -> x.specimenIndex == line.index()).toList();
        if (chain.isEmpty()) {
            return line.quantity();
        }
        java.util.Map<String, BigDecimal> held = new java.util.HashMap<>();
        held.put(holder(chain.get(0).from), line.quantity());
        for (CustodyEntities.HandOver x : chain) {
            held.merge(holder(x.from), x.quantity.negate(), BigDecimal::add);
            held.merge(holder(x.to), x.quantity, BigDecimal::add);
        }
        return held.getOrDefault(holder(giver), BigDecimal.ZERO);
    }

    /** Stores a judged hand-over, its texts trimmed (a blank reason is none). */
    private CustodyEntities.HandOver keep(long caseId, HandOver h) {
        CustodyEntities.HandOver record = new CustodyEntities.HandOver();
        record.caseId = caseId;
        record.specimenIndex = h.specimenIndex();
        record.quantity = h.quantity();
        record.from = h.from().trim();
        record.to = h.to().trim();
        record.handedOverBy = h.handedOverBy().trim();
        record.receivedBy = h.receivedBy().trim();
        record.at = h.at();
        record.reason = h.reason() == null || h.reason().isBlank() ? null : h.reason().trim();
        return handOvers.save(record);
    }

    /** Holders are named in free text: compared without case and extra spaces. */
    private static String holder(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    @Transactional(readOnly = true)
    public List<CareView> care(long caseId) {
        return cares.findByCaseIdOrderById(caseId).stream().map(c -> new CareView(c.facility, c.keeper, c.placedAt,
                c.recordedBy)).toList();
    }

    @Transactional(readOnly = true)
    public List<DisposalView> disposals(long caseId) {
        return decisions.findByCaseIdOrderBySpecimenIndex(caseId).stream().map(d -> new DisposalView(d.specimenIndex,
                d.quantity.stripTrailingZeros(), d.method.name(), d.destination, d.decidedBy, d.decidedAt)).toList();
    }

    @Transactional(readOnly = true)
    public List<CustodyView> custody(long caseId) {
        return handOvers.findByCaseIdOrderById(caseId).stream().map(h -> new CustodyView(h.specimenIndex,
                h.quantity.stripTrailingZeros(), h.from, h.to, h.handedOverBy, h.receivedBy, h.at, h.reason)).toList();
    }
}
