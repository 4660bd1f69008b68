package org.wildcase.seizure;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * What other modules need to know of a case to work on it: identity, place in the flow, its specimen lines. The
 * lines and the number of documents are read only when a module asks for them (most tasks never do).
 */
public final class CaseRef {

    /** A specimen line of the registration. */
    public record Specimen(int index, String description, String scientificName, String term, BigDecimal quantity,
            String unit, boolean live, String countryOfOrigin) {
    }

    private final long id;
    private final String caseNumber;
    private final String unit;
    private final CaseStatus status;
    private final Stage stage;
    private final Supplier<List<Specimen>> specimenSource;
    private final IntSupplier documentSource;
    private List<Specimen> specimens;
    private Integer documentCount;

    CaseRef(long id, String caseNumber, String unit, CaseStatus status, Stage stage,
            Supplier<List<Specimen>> specimens, IntSupplier documentCount) {
        this.id = id;
        this.caseNumber = caseNumber;
        this.unit = unit;
        this.status = status;
        this.stage = stage;
        this.specimenSource = specimens;
        this.documentSource = documentCount;
    }

    public long id() {
        return id;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String unit() {
        return unit;
    }

    public CaseStatus status() {
        return status;
    }

    public Stage stage() {
        return stage;
    }

    public List<Specimen> specimens() {
        if (specimens == null) {
            specimens = specimenSource.get();
        }
        return specimens;
    }

    public int documentCount() {
        if (documentCount == null) {
            documentCount = documentSource.getAsInt();
        }
        return documentCount;
    }
}
