package org.wildcase.seizure;

import java.math.BigDecimal;
import java.util.List;

/** What other modules need to know of a case to work on it: identity, place in the flow, its specimen lines. */
public record CaseRef(long id, String caseNumber, String unit, CaseStatus status, Stage stage, int documentCount,
        List<Specimen> specimens) {

    /** A specimen line of the registration. */
    public record Specimen(int index, String description, String scientificName, String term, BigDecimal quantity,
            String unit, boolean live, String countryOfOrigin) {
    }
}
