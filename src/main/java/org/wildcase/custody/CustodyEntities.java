package org.wildcase.custody;

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

/** The custody module's records; each is written once and kept. */
final class CustodyEntities {

    private CustodyEntities() {
    }

    @Entity
    @Table(name = "live_specimen_care")
    static class Care {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        @Column(name = "case_id", nullable = false)
        Long caseId;
        @Column(nullable = false)
        String facility;
        @Column(nullable = false)
        String keeper;
        @Column(name = "placed_at", nullable = false)
        OffsetDateTime placedAt;
        @Column(name = "recorded_by", nullable = false)
        String recordedBy;
    }

    @Entity
    @Table(name = "disposal_decision")
    static class Decision {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        @Column(name = "case_id", nullable = false)
        Long caseId;
        @Column(name = "specimen_index", nullable = false)
        int specimenIndex;
        @Column(nullable = false, precision = 19, scale = 6)
        BigDecimal quantity;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        DisposalMethod method;
        String destination;
        @Column(name = "decided_by", nullable = false)
        String decidedBy;
        @Column(name = "decided_at", nullable = false)
        OffsetDateTime decidedAt;
    }

    @Entity
    @Table(name = "disposal_record")
    static class Completion {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        @Column(name = "case_id", nullable = false, unique = true)
        Long caseId;
        @Column(name = "completed_on", nullable = false)
        LocalDate completedOn;
        String note;
        @Column(name = "recorded_by", nullable = false)
        String recordedBy;
        @Column(name = "recorded_at", nullable = false)
        OffsetDateTime recordedAt;
    }

    @Entity
    @Table(name = "custody_record")
    static class HandOver {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        @Column(name = "case_id", nullable = false)
        Long caseId;
        @Column(name = "specimen_index", nullable = false)
        int specimenIndex;
        @Column(nullable = false, precision = 19, scale = 6)
        BigDecimal quantity;
        @Column(name = "handed_from", nullable = false)
        String from;
        @Column(name = "handed_to", nullable = false)
        String to;
        @Column(name = "handed_over_by", nullable = false)
        String handedOverBy;
        @Column(name = "received_by", nullable = false)
        String receivedBy;
        @Column(name = "handed_at", nullable = false)
        OffsetDateTime at;
        String reason;
    }
}
