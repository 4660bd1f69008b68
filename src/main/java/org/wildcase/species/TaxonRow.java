package org.wildcase.species;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored row of one species list version, as imported. */
@Entity
@Table(name = "taxon")
class TaxonRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_id", nullable = false)
    private Long versionId;

    @Column(name = "line_number", nullable = false)
    private int lineNumber;

    @Column(name = "scientific_name", nullable = false)
    private String scientificName;

    @Enumerated(EnumType.STRING)
    @Column(name = "taxon_rank", nullable = false)
    private TaxonRank rank;

    private String family;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Appendix appendix;

    @Column(name = "listing_country")
    private String listingCountry;

    @Column(name = "populations_appendix_i")
    private String populationsAppendixI;

    @Column(name = "populations_appendix_ii")
    private String populationsAppendixII;

    @Column(name = "zero_export_quota")
    private String zeroExportQuota;

    @Column(name = "zero_quota_exempt_populations")
    private String zeroQuotaExemptPopulations;

    private String annotation;

    @Column(name = "common_en")
    private String commonEn;

    @Column(name = "common_ru")
    private String commonRu;

    @Column(name = "common_ky")
    private String commonKy;

    protected TaxonRow() {
    }

    TaxonRow(Long versionId, int lineNumber, Taxon t) {
        this.versionId = versionId;
        this.lineNumber = lineNumber;
        this.scientificName = t.scientificName();
        this.rank = t.rank();
        this.family = t.family();
        this.appendix = t.appendix();
        this.listingCountry = t.listingCountry();
        this.populationsAppendixI = join(t.populationsAppendixI());
        this.populationsAppendixII = join(t.populationsAppendixII());
        this.zeroExportQuota = join(t.zeroExportQuotaTerms());
        this.zeroQuotaExemptPopulations = join(t.zeroQuotaExemptPopulations());
        this.annotation = t.annotation();
        this.commonEn = t.commonEn();
        this.commonRu = t.commonRu();
        this.commonKy = t.commonKy();
    }

    Taxon toTaxon() {
        return new Taxon(scientificName, rank, family, appendix, listingCountry, split(populationsAppendixI),
                split(populationsAppendixII), split(zeroExportQuota), split(zeroQuotaExemptPopulations), annotation,
                commonEn, commonRu, commonKy);
    }

    private static String join(Set<String> values) {
        return values.isEmpty() ? null : values.stream().sorted().collect(Collectors.joining(" "));
    }

    private static Set<String> split(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        return Set.copyOf(Arrays.asList(value.trim().split(" ")));
    }
}
