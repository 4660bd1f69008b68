package org.wildcase.legal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The legal proceeding of one case, filled in step by step. */
@Entity
@Table(name = "legal_proceeding")
class LegalProceeding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "case_id", nullable = false, unique = true)
    Long caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Qualification qualification;
    @Column(name = "legal_basis", nullable = false)
    String legalBasis;
    @Column(name = "qualified_by", nullable = false)
    String qualifiedBy;
    @Column(name = "qualified_at", nullable = false)
    OffsetDateTime qualifiedAt;
    @Column(name = "protocol_number")
    String protocolNumber;
    @Column(name = "fine_amount", precision = 19, scale = 2)
    BigDecimal fineAmount;
    @Column(name = "fine_currency")
    String fineCurrency;
    Boolean confiscation;
    @Column(name = "payment_due")
    LocalDate paymentDue;
    @Column(name = "paid_on")
    LocalDate paidOn;
    @Column(name = "paid_amount", precision = 19, scale = 2)
    BigDecimal paidAmount;
    @Column(name = "paid_currency")
    String paidCurrency;
    String agency;
    @Column(name = "referred_on")
    LocalDate referredOn;
    @Column(name = "agency_reference")
    String agencyReference;
    @Enumerated(EnumType.STRING)
    InvestigationResult outcome;
    @Column(name = "outcome_reference")
    String outcomeReference;
    @Column(name = "outcome_decided_at")
    LocalDate outcomeDecidedAt;
    @Column(name = "outcome_note")
    String outcomeNote;
    /** The day the penalty was recorded (its protocol drawn up): a payment may not lie before it. */
    @Column(name = "penalty_recorded_on")
    LocalDate penaltyRecordedOn;
    @Version
    long version;

    /**
     * The day the penalty was recorded; for a penalty recorded before that day was kept (V7), none: the qualification
     * was entered on the day it was, not on the day it happened, so it bounds nothing.
     */
    LocalDate penaltyRecordedOn() {
        return penaltyRecordedOn;
    }
}
