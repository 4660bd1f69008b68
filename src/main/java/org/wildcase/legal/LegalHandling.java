package org.wildcase.legal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wildcase.api.DateWithin;
import org.wildcase.api.FieldError;
import org.wildcase.api.FieldRules;
import org.wildcase.api.InvalidInputException;
import org.wildcase.audit.CaseHistory;
import org.wildcase.seizure.CaseRef;
import org.wildcase.seizure.CaseStep;
import org.wildcase.seizure.SeizureCases;
import org.wildcase.security.Roles;
import org.wildcase.security.WildcaseUser;
import org.wildcase.species.CitesSettings;
import org.wildcase.workflow.CaseWorkflow;
import org.wildcase.workflow.PaymentDeadlines;
import org.wildcase.workflow.ProcessVariables;


import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The legal officer's steps: qualify the offence, then either protocol, penalty and payment, or the referral to an
 * investigative body whose outcome arrives later (from the legal officer or another agency's system).
 */
@Service
public class LegalHandling implements PaymentDeadlines {

    static final String PAYMENT_OVERDUE = "PAYMENT_OVERDUE";
    static final String OUTCOME_AWAITED = "INVESTIGATION_OUTCOME_AWAITED";

    /** An amount as a numeric(19, 2) column holds it, with its ISO 4217 currency. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "Amount")
    public record Money(
            @DecimalMax(FieldRules.MAX_AMOUNT)
            @Digits(integer = FieldRules.AMOUNT_INTEGER_DIGITS, fraction = FieldRules.AMOUNT_FRACTION_DIGITS)
            BigDecimal amount,
            @Size(max = 3) String currency) {
    }

    // The task bodies of api.md; their texts are as long as legal_proceeding's columns (V2).

    public record QualifyOffence(@NotNull Qualification qualification,
            @NotBlank @Size(max = 2000) String legalBasis) {
    }

    /**
     * {@code recordedOn}, an addition to api.md, is the day the penalty was recorded (its protocol drawn up), today
     * when left out; a payment may not lie before it.
     */
    public record RecordPenalty(@NotBlank @Size(max = 100) String protocolNumber, @NotNull @Valid Money fine,
            Boolean confiscation, @DateWithin(from = DateWithin.CONVENTION) LocalDate paymentDue,
            LocalDate recordedOn) {
    }

    public record RecordPayment(@NotNull LocalDate paidOn, @NotNull @Valid Money amount) {
    }

    public record ReferToInvestigation(@NotBlank @Size(max = 300) String agency, @NotNull LocalDate referredOn,
            @Size(max = 100) String reference) {
    }

    /** The body of {@code POST /api/cases/{caseNumber}/investigation-outcome}. */
    public record InvestigationOutcome(@NotNull InvestigationResult outcome, @Size(max = 100) String reference,
            @NotNull LocalDate decidedAt, @Size(max = 5000) String note) {
    }

    /** The legal part of the case file. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "LegalProceeding")
    public record View(String qualification, String legalBasis, String qualifiedBy, OffsetDateTime qualifiedAt,
            String protocolNumber, Money fine, Boolean confiscation, LocalDate paymentDue, LocalDate paidOn,
            Money paid, String agency, LocalDate referredOn, String reference, Outcome outcome) {
    }

    public record Outcome(String outcome, String reference, LocalDate decidedAt, String note) {
    }

    private final LegalProceedings proceedings;
    private final SeizureCases cases;
    private final CaseWorkflow workflow;
    private final CitesSettings settings;
    private final Validator validator;
    private final Clock clock;

    private final org.wildcase.audit.AuditTrail audit;

    LegalHandling(LegalProceedings proceedings, SeizureCases cases, CaseWorkflow workflow,
            CitesSettings settings, Validator validator, Clock clock, org.wildcase.audit.AuditTrail audit) {
        this.audit = audit;
        this.proceedings = proceedings;
        this.cases = cases;
        this.workflow = workflow;
        this.settings = settings;
        this.validator = validator;
        this.clock = clock;
    }

    /** QualifyOffence: administrative or criminal, and the law it rests on. */
    @Transactional
    public CaseStep qualifyOffence(CaseRef ref, WildcaseUser user, QualifyOffence b) {
        new Errors().throwIfAny(b);
        LegalProceeding p = proceedings.findByCaseId(ref.id()).orElseGet(LegalProceeding::new);
        p.caseId = ref.id();
        p.qualification = b.qualification();
        p.legalBasis = b.legalBasis().trim();
        p.qualifiedBy = user.username();
        p.qualifiedAt = OffsetDateTime.now(clock);
        proceedings.save(p);
        return CaseStep.of("history.qualified", org.wildcase.api.Phrase.of("qualification." + b.qualification()),
                CaseHistory.quote(p.legalBasis))
                .withFlag(ProcessVariables.QUALIFICATION, b.qualification().name());
    }

    /** RecordPenalty: the protocol, the fine, whether the specimens are confiscated. */
    @Transactional
    public CaseStep recordPenalty(CaseRef ref, WildcaseUser user, RecordPenalty b) {
        Errors errors = new Errors();
        errors.money("fine", b.fine());
        errors.pastOrToday("recordedOn", b.recordedOn(), today());
        errors.notBeforeSeizure(ref, "recordedOn", b.recordedOn());
        errors.throwIfAny(b);
        LegalProceeding p = proceedings.findByCaseId(ref.id()).orElseThrow();
        p.protocolNumber = b.protocolNumber().trim();
        p.fineAmount = b.fine().amount();
        p.fineCurrency = b.fine().currency();
        p.confiscation = b.confiscation() == null || b.confiscation();
        p.paymentDue = b.paymentDue();
        p.penaltyRecordedOn = b.recordedOn() != null ? b.recordedOn() : today();
        return p.paymentDue == null
                ? CaseStep.of("history.penalty", p.protocolNumber, p.fineAmount.toPlainString(), p.fineCurrency)
                : CaseStep.of("history.penalty.due", p.protocolNumber, p.fineAmount.toPlainString(), p.fineCurrency,
                        p.paymentDue);
    }

    /** RecordPayment: the fine was paid; the case goes on to disposal. */
    @Transactional
    public CaseStep recordPayment(CaseRef ref, WildcaseUser user, RecordPayment b) {
        LegalProceeding p = proceedings.findByCaseId(ref.id()).orElseThrow();
        Errors errors = new Errors();
        errors.pastOrToday("paidOn", b.paidOn(), today());
        errors.notBeforeSeizure(ref, "paidOn", b.paidOn());
        LocalDate penaltyOn = p.penaltyRecordedOn();
        if (b.paidOn() != null && penaltyOn != null && b.paidOn().isBefore(penaltyOn)) {
            errors.add(FieldRules.beforePenalty("paidOn", penaltyOn.toString()));
        }
        errors.money("amount", b.amount());
        errors.throwIfAny(b);
        p.paidOn = b.paidOn();
        p.paidAmount = b.amount().amount();
        p.paidCurrency = b.amount().currency();
        return CaseStep.of("history.payment", p.paidAmount.toPlainString(), p.paidCurrency, p.paidOn)
                .settling(PAYMENT_OVERDUE);
    }

    /** ReferToInvestigation: handed to an investigative body, whose outcome arrives later. */
    @Transactional
    public CaseStep referToInvestigation(CaseRef ref, WildcaseUser user, ReferToInvestigation b) {
        Errors errors = new Errors();
        errors.pastOrToday("referredOn", b.referredOn(), today());
        errors.notBeforeSeizure(ref, "referredOn", b.referredOn());
        errors.throwIfAny(b);
        LegalProceeding p = proceedings.findByCaseId(ref.id()).orElseThrow();
        p.agency = b.agency().trim();
        p.referredOn = b.referredOn();
        p.agencyReference = b.reference() == null ? null : b.reference().trim();
        return p.agencyReference == null ? CaseStep.of("history.referred", p.agency, p.referredOn)
                : CaseStep.of("history.referred.reference", p.agency, p.referredOn, p.agencyReference);
    }

    /**
     * The outcome of an investigation, from a legal officer who may see the case or from the integration client
     * (any case number; it sees no case file): 403 for a role that may not, 404 for a case a legal officer may not
     * see, 400 with field errors, 409 when the case is not waiting. Returns the legal part of the case file.
     */
    @Transactional
    public View recordOutcome(String caseNumber, InvestigationOutcome b, WildcaseUser user) {
        requireOutcomeRole(user);
        // A legal officer answers for the cases they may see; the integration client for any case number.
        boolean byIntegration = user.has(Roles.INTEGRATION) && !user.has(Roles.LEGAL_OFFICER);
        CaseRef ref = byIntegration ? cases.ref(caseNumber) : cases.visibleRef(caseNumber, user);
        if (b == null) {
            throw InvalidInputException.of("body", FieldRules.REQUIRED);
        }
        Errors errors = new Errors();
        errors.pastOrToday("decidedAt", b.decidedAt(), today());
        errors.notBeforeSeizure(ref, "decidedAt", b.decidedAt());
        errors.throwIfAny(b);
        if (!workflow.awaitsInvestigationOutcome(ref.caseNumber())) {
            throw new org.wildcase.api.ConflictException("Case " + ref.caseNumber()
                    + " is not waiting for an investigation outcome.");
        }
        LegalProceeding p = proceedings.findByCaseId(ref.id()).orElseThrow();
        p.outcome = b.outcome();
        p.outcomeReference = b.reference();
        p.outcomeDecidedAt = b.decidedAt();
        p.outcomeNote = b.note();
        workflow.deliverInvestigationOutcome(ref.caseNumber());
        audit.record(user.username(), "INVESTIGATION_OUTCOME_RECORDED", ref.caseNumber(), org.wildcase.audit.AuditTrail.detail(
                "outcome", b.outcome(), "reference", b.reference(), "decidedAt", b.decidedAt()));
        org.wildcase.api.Phrase outcome = org.wildcase.api.Phrase.of("outcome." + b.outcome());
        cases.advance(ref.id(), (b.reference() == null
                ? CaseStep.of("history.outcome", outcome, b.decidedAt())
                : CaseStep.of("history.outcome.reference", outcome, b.decidedAt(), b.reference()))
                .settling(OUTCOME_AWAITED), user.username());
        return view(ref.id()).orElseThrow();
    }

    /** Whether the case waits for an investigation outcome now (it was referred, and nothing has arrived yet). */
    public boolean awaitsInvestigationOutcome(String caseNumber) {
        return workflow.awaitsInvestigationOutcome(caseNumber);
    }

    private static void requireOutcomeRole(WildcaseUser user) {
        if (!user.has(Roles.LEGAL_OFFICER) && !user.has(Roles.INTEGRATION)) {
            throw new AccessDeniedException("Only legal officers and the integration client record outcomes.");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LocalDate> paymentDue(long caseId) {
        return proceedings.findByCaseId(caseId).map(p -> p.paymentDue);
    }

    /** The legal proceeding of a case: its part of the case file, and what the legal officer's forms show. */
    @Transactional(readOnly = true)
    public java.util.Optional<View> view(long caseId) {
        return proceedings.findByCaseId(caseId).map(p -> new View(p.qualification.name(), p.legalBasis, p.qualifiedBy,
                p.qualifiedAt, p.protocolNumber, money(p.fineAmount, p.fineCurrency), p.confiscation, p.paymentDue,
                p.paidOn, money(p.paidAmount, p.paidCurrency), p.agency, p.referredOn, p.agencyReference,
                p.outcome == null ? null : new Outcome(p.outcome.name(), p.outcomeReference, p.outcomeDecidedAt,
                        p.outcomeNote)));
    }

    private LocalDate today() {
        return settings.today(clock);
    }

    private static Money money(BigDecimal amount, String currency) {
        return amount == null ? null : new Money(amount, currency);
    }

    /**
     * Field errors gathered before anything is stored: the body's annotations first (required fields, lengths,
     * bounds), then the rules that need more than the body.
     */
    private final class Errors {
        private final List<FieldError> list = new ArrayList<>();

        void add(FieldError error) {
            list.add(error);
        }

        void pastOrToday(String field, LocalDate value, LocalDate today) {
            if (value != null && value.isAfter(today)) {
                add(FieldRules.future(field));
            }
        }

        void notBeforeSeizure(CaseRef ref, String field, LocalDate value) {
            ref.beforeSeizure(field, value, settings.timeZone()).ifPresent(list::add);
        }

        void money(String field, Money value) {
            if (value == null) {
                return;
            }
            if (value.amount() == null || value.amount().signum() <= 0) {
                add(FieldRules.positive(field + ".amount"));
            }
            try {
                Currency.getInstance(value.currency() == null ? "" : value.currency());
            } catch (IllegalArgumentException e) {
                add(FieldRules.notCurrency(field + ".currency", value.currency()));
            }
        }

        void throwIfAny(Object body) {
            FieldRules.fail(FieldRules.merge(FieldRules.of(validator, body), list));
        }
    }
}
