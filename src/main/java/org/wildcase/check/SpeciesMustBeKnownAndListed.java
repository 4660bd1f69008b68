package org.wildcase.check;

import org.wildcase.api.Phrase;

/**
 * SPECIES_UNKNOWN when the list does not know the name (even if a domestic measure names it); NOT_CITES_LISTED for
 * a taxon the Appendices leave out and no domestic measure regulates.
 */
final class SpeciesMustBeKnownAndListed implements Rule {

    @Override
    public void check(ShipmentContext s, Findings findings) {
        for (ShipmentContext.Line line : s.lines) {
            if (line.taxon.isEmpty()) {
                findings.add(FindingCode.SPECIES_UNKNOWN, line.index, null, line.specimen.scientificName() == null
                        ? Phrase.of("explain.SPECIES_UNKNOWN.none")
                        : Phrase.of("explain.SPECIES_UNKNOWN", line.specimen.scientificName(), s.species.version()));
            } else if (!line.regulated()) {
                findings.add(FindingCode.NOT_CITES_LISTED, line.index, null,
                        Phrase.of("explain.NOT_CITES_LISTED", line.name()));
            }
        }
    }
}
