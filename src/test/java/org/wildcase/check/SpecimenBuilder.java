package org.wildcase.check;

import java.math.BigDecimal;

import org.wildcase.species.Source;

/** A specimen line; by default one live specimen ({@code LIV}, counted in pieces), no source, no origin. */
final class SpecimenBuilder {

    private final String scientificName;
    private String term = "LIV";
    private BigDecimal quantity = BigDecimal.ONE;
    private String unit;
    private Source source;
    private String origin;

    private SpecimenBuilder(String scientificName) {
        this.scientificName = scientificName;
    }

    static SpecimenBuilder specimen(String scientificName) {
        return new SpecimenBuilder(scientificName);
    }

    SpecimenBuilder term(String term) {
        this.term = term;
        return this;
    }

    /** A quantity in a unit code; a null unit counts specimens. */
    SpecimenBuilder quantity(String quantity, String unit) {
        this.quantity = new BigDecimal(quantity);
        this.unit = unit;
        return this;
    }

    /** No quantity given, as a permit check may leave it. */
    SpecimenBuilder noQuantity() {
        this.quantity = null;
        this.unit = null;
        return this;
    }

    /** A number of specimens (no unit). */
    SpecimenBuilder pieces(String quantity) {
        return quantity(quantity, null);
    }

    SpecimenBuilder grams(String quantity) {
        return quantity(quantity, "GRM");
    }

    SpecimenBuilder kilograms(String quantity) {
        return quantity(quantity, "KIL");
    }

    SpecimenBuilder source(Source source) {
        this.source = source;
        return this;
    }

    /** The specimen's country of origin. */
    SpecimenBuilder origin(String country) {
        this.origin = country;
        return this;
    }

    Shipment.Specimen build() {
        return new Shipment.Specimen("test specimen", scientificName, term, quantity, unit, "LIV".equals(term), source,
                origin);
    }
}
