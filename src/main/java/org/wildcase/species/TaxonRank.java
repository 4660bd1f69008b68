package org.wildcase.species;

public enum TaxonRank {
    SUBSPECIES, SPECIES, GENUS, FAMILY
}
