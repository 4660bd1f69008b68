package org.wildcase.expertise;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/** One round of expertise; a request for more information ends a round and the answer opens the next. */
@Entity
@Table(name = "expertise_round")
class ExpertiseRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "case_id", nullable = false)
    Long caseId;

    @Column(name = "round_no", nullable = false)
    int roundNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Conclusion conclusion;

    String opinion;
    String question;
    String answer;

    @Column(name = "answered_by")
    String answeredBy;

    @Column(name = "answered_at")
    OffsetDateTime answeredAt;

    @Column(name = "decided_by", nullable = false)
    String decidedBy;

    @Column(name = "decided_at", nullable = false)
    OffsetDateTime decidedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "round_id", nullable = false)
    List<Identification> identifications = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "round_id", nullable = false)
    List<Assessment> assessments = new ArrayList<>();

    @Entity
    @Table(name = "expertise_identification")
    static class Identification {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        @Column(name = "specimen_index", nullable = false)
        int specimenIndex;
        @Column(name = "scientific_name", nullable = false)
        String scientificName;
        String appendix;
        @Column(precision = 19, scale = 6)
        BigDecimal quantity;
        String unit;
        Boolean live;
    }

    @Entity
    @Table(name = "expertise_assessment")
    static class Assessment {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        @Column(name = "document_index", nullable = false)
        int documentIndex;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        Verdict verdict;
        String reasons;
    }
}
