package org.wildcase.custody;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wildcase.api.FieldError;
import org.wildcase.api.InvalidInputException;
import org.wildcase.api.JsonBodies;
import org.wildcase.seizure.CaseFileSection;
import org.wildcase.seizure.CaseRef;
import org.wildcase.seizure.CaseStatus;
import org.wildcase.seizure.CaseTaskHandler;
import org.wildcase.security.WildcaseUser;
import org.wildcase.species.CitesSettings;
import org.wildcase.workflow.TaskKeys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Live specimen placement (RecordLiveSpecimenCare), the disposal decision per specimen line (DecideDisposal) and
 * its execution with the custody hand-overs (RecordDisposal), which closes the case.
 */
@Service
public class SpecimenCustody implements CaseTaskHandler {

    record Care(String facility, String keeper, OffsetDateTime placedAt) {
    }

    record DecideDisposal(List<Disposal> disposals) {
    }

    record Disposal(Integer specimenIndex, BigDecimal quantity, CustodyEntities.Method method, String destination) {
    }

    record RecordDisposal(LocalDate completedOn, String note, List<HandOver> custody) {
    }

    record HandOver(Integer specimenIndex, BigDecimal quantity, String from, String to, String handedOverBy,
            String receivedBy, OffsetDateTime at, String reason) {
    }

    private final Cares cares;
    private final Decisions decisions;
    private final Completions completions;
    private final HandOvers handOvers;
    private final ObjectMapper mapper;
    private final CitesSettings settings;
    private final Clock clock;

    SpecimenCustody(Cares cares, Decisions decisions, Completions completions, HandOvers handOvers,
            ObjectMapper mapper, CitesSettings settings, Clock clock) {
        this.cares = cares;
        this.decisions = decisions;
        this.completions = completions;
        this.handOvers = handOvers;
        this.mapper = mapper;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public java.util.Map<String, Class<?>> bodies() {
        return java.util.Map.of(TaskKeys.RECORD_LIVE_SPECIMEN_CARE, Care.class, TaskKeys.DECIDE_DISPOSAL,
                DecideDisposal.class, TaskKeys.RECORD_DISPOSAL, RecordDisposal.class);
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of(TaskKeys.RECORD_LIVE_SPECIMEN_CARE, TaskKeys.DECIDE_DISPOSAL, TaskKeys.RECORD_DISPOSAL);
    }

    @Override
    @Transactional
    public Result complete(String taskKey, CaseRef ref, WildcaseUser user, JsonNode body) {
        return switch (taskKey) {
            case TaskKeys.RECORD_LIVE_SPECIMEN_CARE -> care(ref, user, JsonBodies.read(mapper, body, Care.class));
            case TaskKeys.DECIDE_DISPOSAL -> decide(ref, user, JsonBodies.read(mapper, body, DecideDisposal.class));
            default -> record(ref, user, JsonBodies.read(mapper, body, RecordDisposal.class));
        };
    }

    private Result care(CaseRef ref, WildcaseUser user, Care b) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "facility", b.facility());
        text(errors, "keeper", b.keeper());
        past(errors, "placedAt", b.placedAt());
        fail(errors);
        CustodyEntities.Care care = new CustodyEntities.Care();
        care.caseId = ref.id();
        care.facility = b.facility().trim();
        care.keeper = b.keeper().trim();
        care.placedAt = b.placedAt();
        care.recordedBy = user.username();
        cares.save(care);
        return Result.of("Live specimens placed at " + care.facility + " with " + care.keeper);
    }

    private Result decide(CaseRef ref, WildcaseUser user, DecideDisposal b) {
        List<FieldError> errors = new ArrayList<>();
        List<Disposal> list = b.disposals() == null ? List.of() : b.disposals();
        if (list.isEmpty()) {
            errors.add(new FieldError("disposals", "at least one disposal is required"));
        }
        for (int i = 0; i < list.size(); i++) {
            Disposal d = list.get(i);
            String at = "disposals[" + i + "].";
            if (d == null) {
                errors.add(new FieldError("disposals[" + i + "]", "is empty"));
                continue;
            }
            CaseRef.Specimen line = specimen(errors, at, ref, d.specimenIndex());
            if (d.method() == null) {
                errors.add(new FieldError(at + "method", "is required"));
            }
            if (d.quantity() != null && d.quantity().signum() <= 0) {
                errors.add(new FieldError(at + "quantity", "must be greater than 0"));
            } else if (line != null && d.quantity() != null && d.quantity().compareTo(line.quantity()) > 0) {
                errors.add(new FieldError(at + "quantity", "is more than the specimen line holds ("
                        + line.quantity().stripTrailingZeros().toPlainString() + ")"));
            }
        }
        fail(errors);
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
        return Result.of("Disposal decided for " + list.size() + " line(s)");
    }

    private Result record(CaseRef ref, WildcaseUser user, RecordDisposal b) {
        List<FieldError> errors = new ArrayList<>();
        if (b.completedOn() == null) {
            errors.add(new FieldError("completedOn", "is required"));
        } else if (b.completedOn().isAfter(settings.today(clock))) {
            errors.add(new FieldError("completedOn", "may not lie in the future"));
        }
        List<HandOver> list = b.custody() == null ? List.of() : b.custody();
        for (int i = 0; i < list.size(); i++) {
            HandOver h = list.get(i);
            String at = "custody[" + i + "].";
            if (h == null) {
                errors.add(new FieldError("custody[" + i + "]", "is empty"));
                continue;
            }
            CaseRef.Specimen line = specimen(errors, at, ref, h.specimenIndex());
            if (h.quantity() == null || h.quantity().signum() <= 0) {
                errors.add(new FieldError(at + "quantity", "must be greater than 0"));
            } else if (line != null && h.quantity().compareTo(line.quantity()) > 0) {
                errors.add(new FieldError(at + "quantity", "is more than the specimen line holds"));
            }
            text(errors, at + "from", h.from());
            text(errors, at + "to", h.to());
            text(errors, at + "handedOverBy", h.handedOverBy());
            text(errors, at + "receivedBy", h.receivedBy());
            past(errors, at + "at", h.at());
        }
        fail(errors);
        CustodyEntities.Completion done = new CustodyEntities.Completion();
        done.caseId = ref.id();
        done.completedOn = b.completedOn();
        done.note = b.note();
        done.recordedBy = user.username();
        done.recordedAt = OffsetDateTime.now(clock);
        completions.save(done);
        for (HandOver h : list) {
            CustodyEntities.HandOver record = new CustodyEntities.HandOver();
            record.caseId = ref.id();
            record.specimenIndex = h.specimenIndex();
            record.quantity = h.quantity();
            record.from = h.from().trim();
            record.to = h.to().trim();
            record.handedOverBy = h.handedOverBy().trim();
            record.receivedBy = h.receivedBy().trim();
            record.at = h.at();
            record.reason = h.reason();
            handOvers.save(record);
        }
        return Result.of("Disposal carried out on " + b.completedOn() + " with " + list.size() + " hand-over(s)")
                .ending(CaseStatus.CLOSED);
    }

    /** The disposal methods a decision may name, as {@code method} takes them; for forms outside this package. */
    public static List<String> disposalMethods() {
        return java.util.Arrays.stream(CustodyEntities.Method.values()).map(Enum::name).toList();
    }

    private static CaseRef.Specimen specimen(List<FieldError> errors, String at, CaseRef ref, Integer index) {
        if (index == null || index < 0 || index >= ref.specimens().size()) {
            errors.add(new FieldError(at + "specimenIndex", "names no specimen line (there are "
                    + ref.specimens().size() + ")"));
            return null;
        }
        return ref.specimens().get(index);
    }

    private static void text(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        }
    }

    private void past(List<FieldError> errors, String field, OffsetDateTime value) {
        if (value == null) {
            errors.add(new FieldError(field, "is required"));
        } else if (value.isAfter(OffsetDateTime.now(clock).plusMinutes(5))) {
            errors.add(new FieldError(field, "may not lie in the future"));
        }
    }

    private static void fail(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
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
