package org.wildcase.species;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One imported species list. Exactly one version is active; older ones stay for the findings that cite them. */
@Entity
@Table(name = "species_list_version")
class SpeciesListVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String label;

    @Column(name = "source_name", nullable = false)
    private String sourceName;

    @Column(name = "imported_at", nullable = false)
    private OffsetDateTime importedAt;

    @Column(name = "imported_by", nullable = false)
    private String importedBy;

    @Column(name = "taxon_count", nullable = false)
    private int taxonCount;

    @Column(nullable = false)
    private boolean active;

    protected SpeciesListVersion() {
    }

    SpeciesListVersion(String label, String sourceName, OffsetDateTime importedAt, String importedBy, int taxonCount) {
        this.label = label;
        this.sourceName = sourceName;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
        this.taxonCount = taxonCount;
        this.active = true;
    }

    Long id() {
        return id;
    }

    String label() {
        return label;
    }

    String sourceName() {
        return sourceName;
    }

    OffsetDateTime importedAt() {
        return importedAt;
    }

    String importedBy() {
        return importedBy;
    }

    int taxonCount() {
        return taxonCount;
    }

    boolean active() {
        return active;
    }

    void retire() {
        this.active = false;
    }
}
