package org.wildcase.check;

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
                        ? "No species is given; the expert must identify it."
                        : "'" + line.specimen.scientificName() + "' is not in species list " + s.species.version()
                                + "; the expert must identify it.");
            } else if (!line.regulated()) {
                findings.add(FindingCode.NOT_CITES_LISTED, line.index, null,
                        line.name() + " is not listed in the CITES Appendices.");
            }
        }
    }
}
