package org.wildcase.seizure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.wildcase.api.FieldError;
import org.wildcase.api.FieldRules;

/**
 * What other modules need to know of a case to work on it: identity, place in the flow, its specimen lines. The
 * lines and the number of documents are read only when a module asks for them (most tasks never do).
 */
public final class CaseRef {

    private final long id;
    private final String caseNumber;
    private final String unit;
    private final CaseStatus status;
    private final Stage stage;
    private final OffsetDateTime seizedAt;
    private final Supplier<List<CaseView.SpecimenView>> specimenSource;
    private final IntSupplier documentSource;
    private List<CaseView.SpecimenView> specimens;
    private Integer documentCount;

    CaseRef(long id, String caseNumber, String unit, CaseStatus status, Stage stage, OffsetDateTime seizedAt,
            Supplier<List<CaseView.SpecimenView>> specimens, IntSupplier documentCount) {
        this.id = id;
        this.caseNumber = caseNumber;
        this.unit = unit;
        this.status = status;
        this.stage = stage;
        this.seizedAt = seizedAt;
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

    /** When the specimens were seized: no later fact of the case can lie before. */
    public OffsetDateTime seizedAt() {
        return seizedAt;
    }

    /** The seizure's calendar day in the home time zone, which dates of later facts may not lie before. */
    public LocalDate seizedOn(ZoneId homeTimeZone) {
        return seizedAt.atZoneSameInstant(homeTimeZone).toLocalDate();
    }

    /**
     * The field error of a later fact's date that lies before the seizure day, compared in the home time zone (the
     * day the agencies write); empty for a null date, which other rules judge.
     */
    public Optional<FieldError> beforeSeizure(String field, LocalDate date, ZoneId homeTimeZone) {
        LocalDate seized = seizedOn(homeTimeZone);
        return date != null && date.isBefore(seized)
                ? Optional.of(FieldRules.beforeSeizure(field, seized.toString(), false))
                : Optional.empty();
    }

    /** As {@link #beforeSeizure(String, LocalDate, ZoneId)} for a moment: compared as instants. */
    public Optional<FieldError> beforeSeizure(String field, OffsetDateTime at, ZoneId homeTimeZone) {
        return at != null && at.isBefore(seizedAt)
                ? Optional.of(FieldRules.beforeSeizure(field,
                        seizedAt.atZoneSameInstant(homeTimeZone).toOffsetDateTime().toString(), true))
                : Optional.empty();
    }

    public List<CaseView.SpecimenView> specimens() {
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
