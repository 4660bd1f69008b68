package org.wildcase.audit;

import java.time.OffsetDateTime;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step in a case's history. Immutable: Hibernate never issues an update or delete for it. */
@Entity
@Immutable
@Table(name = "case_history")
class HistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime at;

    @Column(nullable = false, updatable = false)
    private String who;

    @Column(nullable = false, updatable = false)
    private String what;

    @Column(name = "what_key", updatable = false)
    private String whatKey;

    protected HistoryEntry() {
    }

    CaseHistory.Entry view() {
        return new CaseHistory.Entry(at, who, what, org.wildcase.api.Phrase.fromStored(whatKey));
    }
}
