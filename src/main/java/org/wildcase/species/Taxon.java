package org.wildcase.species;

import java.util.Set;

/**
 * One row of the species list. Population splits and zero quotas are kept as the list states them, so that the
 * rule that applies them reads like the CITES text.
 */
public record Taxon(
        String scientificName,
        TaxonRank rank,
        String family,
        Appendix appendix,
        String listingCountry,
        Set<String> populationsAppendixI,
        Set<String> populationsAppendixII,
        Set<String> zeroExportQuotaTerms,
        Set<String> zeroQuotaExemptPopulations,
        String annotation,
        String commonEn,
        String commonRu,
        String commonKy) {

    static final String EVERY_TERM = "*";

    /** The appendix for a specimen from {@code originCountry}: a population split overrides the taxon's listing. */
    public Appendix appendixFor(String originCountry) {
        if (originCountry != null) {
            if (populationsAppendixI.contains(originCountry)) {
                return Appendix.I;
            }
            if (populationsAppendixII.contains(originCountry)) {
                return Appendix.II;
            }
        }
        return appendix;
    }

    /** Whether the zero export quota covers this term from this population (wild, commercial is checked by the rule). */
    public boolean zeroQuotaCovers(String term, String originCountry) {
        if (zeroExportQuotaTerms.isEmpty()) {
            return false;
        }
        boolean termCovered = zeroExportQuotaTerms.contains(EVERY_TERM)
                || (term != null && zeroExportQuotaTerms.contains(term));
        boolean populationExempt = originCountry != null && zeroQuotaExemptPopulations.contains(originCountry);
        return termCovered && !populationExempt;
    }

    public boolean listed() {
        return appendix != Appendix.NOT_LISTED;
    }
}
