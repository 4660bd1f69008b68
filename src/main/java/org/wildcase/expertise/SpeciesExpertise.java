package org.wildcase.expertise;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wildcase.api.FieldError;
import org.wildcase.api.FieldRules;
import org.wildcase.audit.CaseHistory;
import org.wildcase.check.Shipment;
import org.wildcase.seizure.CaseRef;
import org.wildcase.seizure.CaseStep;
import org.wildcase.seizure.Registration;
import org.wildcase.security.WildcaseUser;
import org.wildcase.species.SpeciesCatalogue;
import org.wildcase.species.TradeCodes;
import org.wildcase.workflow.ProcessVariables;


import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Records the expert's identification, document assessments and conclusion (IdentifySpecies), and the customs
 * officer's answer to a request for more information (ProvideInformation).
 */
@Service
public class SpeciesExpertise {

    static final String EXPERTISE_OVERDUE = "EXPERTISE_OVERDUE";

    // The task bodies of api.md; texts as long as expertise_round's columns, lists as long as a case's lines.

    @AsksWhatItNeeds
    public record IdentifySpecies(
            @Size(max = Registration.MAX_SPECIMENS) List<@NotNull @Valid Identification> identifications,
            @Size(max = Registration.MAX_DOCUMENTS) List<@NotNull @Valid Assessment> documentAssessments,
            @NotNull Conclusion conclusion, @Size(max = 10000) String opinion,
            @Size(max = 5000) String question) {
    }

    /** {@code live} false for a line of term LIV is refused; left out, such a line is identified as live. */
    public record Identification(@NotNull @Min(0) Integer specimenIndex, @NotBlank @Size(max = 200) String scientificName,
            @Positive @DecimalMax(FieldRules.MAX_QUANTITY)
            @Digits(integer = FieldRules.QUANTITY_INTEGER_DIGITS, fraction = FieldRules.QUANTITY_FRACTION_DIGITS)
            BigDecimal quantity,
            @Size(max = 3) String unit, Boolean live) {
    }

    /** The reasons are joined into a column of 1,000 characters. */
    public record Assessment(@NotNull @Min(0) Integer documentIndex, @NotNull Verdict verdict,
            @Size(max = 20) List<@NotNull Reason> reasons) {
    }

    public record ProvideInformation(@NotBlank @Size(max = 10000) String answer) {
    }

    /** The expertise part of the case file: the latest round first, all rounds below. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "Expertise")
    public record View(String conclusion, String opinion, List<RoundView> rounds) {
    }

    public record RoundView(int round, String conclusion, String opinion, String question, String answer,
            String decidedBy, OffsetDateTime decidedAt, String answeredBy, OffsetDateTime answeredAt,
            List<IdentificationView> identifications, List<AssessmentView> documentAssessments) {
    }

    public record IdentificationView(int specimenIndex, String scientificName, String appendix, BigDecimal quantity,
            String unit, Boolean live) {
    }

    public record AssessmentView(int documentIndex, String verdict, List<String> reasons) {
    }

    private final org.springframework.context.ApplicationEventPublisher events;
    private final ExpertiseRounds rounds;
    private final SpeciesCatalogue species;
    private final TradeCodes codes;
    private final Validator validator;
    private final Clock clock;

    SpeciesExpertise(ExpertiseRounds rounds, SpeciesCatalogue species, TradeCodes codes,
            Validator validator, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.rounds = rounds;
        this.species = species;
        this.codes = codes;
        this.validator = validator;
        this.clock = clock;
    }

    /** IdentifySpecies: the expert's identification, document assessments and conclusion. */
    @Transactional
    public CaseStep identifySpecies(CaseRef ref, WildcaseUser user, IdentifySpecies body) {
        validate(ref, body);
        List<ExpertiseRound> previous = rounds.findByCaseIdOrderByRoundNo(ref.id());
        ExpertiseRound round = new ExpertiseRound();
        round.caseId = ref.id();
        round.roundNo = previous.size() + 1;
        round.conclusion = body.conclusion();
        round.opinion = trim(body.opinion());
        round.question = trim(body.question());
        round.decidedBy = user.username();
        round.decidedAt = OffsetDateTime.now(clock);
        for (Identification i : body.identifications() == null ? List.<Identification>of() : body.identifications()) {
            ExpertiseRound.Identification id = new ExpertiseRound.Identification();
            id.specimenIndex = i.specimenIndex();
            id.scientificName = i.scientificName().trim();
            String origin = ref.specimens().get(i.specimenIndex()).countryOfOrigin();
            id.appendix = species.current().resolve(id.scientificName).map(t -> t.appendixFor(origin).name())
                    .orElse(null);
            id.quantity = i.quantity();
            id.unit = i.unit() == null || i.unit().isBlank() ? null : i.unit();
            // A line of term LIV is live: the expert identifies what it is, the term says it is alive.
            boolean liveTerm = Shipment.LIVE.equals(ref.specimens().get(i.specimenIndex()).term());
            id.live = i.live() == null && liveTerm ? Boolean.TRUE : i.live();
            round.identifications.add(id);
        }
        for (Assessment a : body.documentAssessments() == null ? List.<Assessment>of() : body.documentAssessments()) {
            ExpertiseRound.Assessment as = new ExpertiseRound.Assessment();
            as.documentIndex = a.documentIndex();
            as.verdict = a.verdict();
            as.reasons = a.reasons() == null ? null
                    : a.reasons().stream().map(Enum::name).collect(Collectors.joining(","));
            round.assessments.add(as);
        }
        rounds.save(round);
        events.publishEvent(new ExpertiseConcluded(ref.caseNumber(), round.roundNo, round.conclusion, user.username()));
        org.wildcase.api.Phrase conclusion = org.wildcase.api.Phrase.of("conclusion." + body.conclusion());
        // The conclusion is the gateway's flag; the stage follows from where the flow goes with it.
        return (body.conclusion() == Conclusion.MORE_INFORMATION_NEEDED
                ? CaseStep.of("history.concluded.question", conclusion, CaseHistory.quote(round.question))
                : CaseStep.of("history.concluded", conclusion))
                .withFlag(ProcessVariables.CONCLUSION, body.conclusion().name())
                .settling(EXPERTISE_OVERDUE);
    }

    /** ProvideInformation: the customs officer's answer to the expert's question. */
    @Transactional
    public CaseStep provideInformation(CaseRef ref, WildcaseUser user, ProvideInformation body) {
        FieldRules.require(validator, body);
        List<ExpertiseRound> all = rounds.findByCaseIdOrderByRoundNo(ref.id());
        ExpertiseRound asked = all.get(all.size() - 1);
        asked.answer = body.answer().trim();
        asked.answeredBy = user.username();
        asked.answeredAt = OffsetDateTime.now(clock);
        return CaseStep.of("history.informationProvided");
    }

    private void validate(CaseRef ref, IdentifySpecies body) {
        // The annotations name what is missing (a conclusion; a question when more information is needed); these
        // are the rules that need the case: lines and documents that exist, a live line, a CITES unit code.
        List<FieldError> errors = new ArrayList<>();
        List<Identification> ids = body.identifications() == null ? List.of() : body.identifications();
        for (int i = 0; i < ids.size(); i++) {
            Identification id = ids.get(i);
            String at = "identifications[" + i + "].";
            if (id == null) {
                continue; // named by the annotations
            }
            if (id.specimenIndex() == null || id.specimenIndex() < 0 || id.specimenIndex() >= ref.specimens().size()) {
                errors.add(FieldRules.noSpecimenLine(at + "specimenIndex", ref.specimens().size()));
            } else if (Boolean.FALSE.equals(id.live())
                    && Shipment.LIVE.equals(ref.specimens().get(id.specimenIndex()).term())) {
                errors.add(FieldRules.liveTerm(at + "live"));
            }
            if (!codes.isUnit(id.unit())) {
                errors.add(FieldRules.notUnitCode(at + "unit", id.unit()));
            }
        }
        List<Assessment> assessments = body.documentAssessments() == null ? List.of() : body.documentAssessments();
        for (int i = 0; i < assessments.size(); i++) {
            Assessment a = assessments.get(i);
            String at = "documentAssessments[" + i + "].";
            if (a == null) {
                continue; // named by the annotations
            }
            if (a.documentIndex() == null || a.documentIndex() < 0 || a.documentIndex() >= ref.documentCount()) {
                errors.add(FieldRules.noDocument(at + "documentIndex", ref.documentCount()));
            }
        }
        FieldRules.fail(FieldRules.merge(FieldRules.of(validator, body), errors));
    }

    /** The expertise of a case: its part of the case file, and what the legal officer's forms show of it. */
    @Transactional(readOnly = true)
    public java.util.Optional<View> view(long caseId) {
        List<ExpertiseRound> all = rounds.findByCaseIdOrderByRoundNo(caseId);
        if (all.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<RoundView> views = all.stream().map(r -> new RoundView(r.roundNo, r.conclusion.name(), r.opinion,
                r.question, r.answer, r.decidedBy, r.decidedAt, r.answeredBy, r.answeredAt,
                r.identifications.stream().map(i -> new IdentificationView(i.specimenIndex, i.scientificName,
                        i.appendix, i.quantity == null ? null : i.quantity.stripTrailingZeros(), i.unit, i.live))
                        .toList(),
                r.assessments.stream().map(a -> new AssessmentView(a.documentIndex, a.verdict.name(),
                        a.reasons == null ? List.of() : List.of(a.reasons.split(",")))).toList())).toList();
        RoundView latest = views.get(views.size() - 1);
        return java.util.Optional.of(new View(latest.conclusion(), latest.opinion(), views));
    }

    /** The conclusions an expert may reach, as {@code conclusion} takes them; for forms outside this package. */
    public static List<String> conclusions() {
        return codes(Conclusion.values());
    }

    /** The verdicts of a document assessment. */
    public static List<String> verdicts() {
        return codes(Verdict.values());
    }

    /** The reasons of a document assessment, in the order of domain.md. */
    public static List<String> reasons() {
        return codes(Reason.values());
    }

    private static List<String> codes(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
