package org.wildcase.reconciliation;

/**
 * A discrepancy the reconciler found. {@code record} is the export record it concerns: for
 * {@code QUANTITY_EXCEEDS_PERMIT} the record whose quantity took the permit line over its limit, for
 * {@code PERMIT_ON_SEVERAL_DECLARATIONS} the first record of a later declaration. {@code permitNumber} is the cited
 * number (null for a record without one); {@code permitLine} the permit line's index, when one line is concerned.
 * {@code message} says it in English with the figures, for the reviewer.
 */
public record Discrepancy(DiscrepancyCode code, ExportRecord record, String permitNumber, Integer permitLine,
        String message) {
}
