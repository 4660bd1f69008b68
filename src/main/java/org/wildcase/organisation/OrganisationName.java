package org.wildcase.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The names of one agency or unit, in the three languages. */
@Entity
@Table(name = "organisation_name")
class OrganisationName {

    @Id
    String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    OrganisationNames.Kind kind;

    @Column(name = "name_en", nullable = false)
    String nameEn;

    @Column(name = "name_ru", nullable = false)
    String nameRu;

    @Column(name = "name_ky")
    String nameKy;

    /** Null until persisted, so that a new code is inserted rather than merged. */
    @Version
    Long version;

    protected OrganisationName() {
    }

    OrganisationName(String code, OrganisationNames.Kind kind) {
        this.code = code;
        this.kind = kind;
    }

    OrganisationNames.Entry toEntry() {
        return new OrganisationNames.Entry(code, kind, nameEn, nameRu, nameKy, version == null ? 0 : version);
    }
}
