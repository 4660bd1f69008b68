package org.wildcase.reconciliation;

/**
 * Stable discrepancy codes, also used by the REST API. Where a code means what a permit-check finding means, it has
 * the finding's name.
 */
public enum DiscrepancyCode {
    /** The record cites no permit. */
    RECORD_WITHOUT_PERMIT_NUMBER,
    /** The cited number is not in the register. */
    PERMIT_NOT_IN_REGISTER,
    /** The permit was cancelled on or before the declaration date. */
    PERMIT_CANCELLED,
    /** The declaration date lies after the permit's validity (validUntil is inclusive). */
    PERMIT_EXPIRED,
    /** The declaration date lies before the permit's validity begins, or before its issue. */
    PERMIT_NOT_YET_VALID,
    /** No line of the permit covers the record's species in its term. */
    SPECIES_NOT_ON_PERMIT,
    /** The records citing a permit line together exceed its quantity, compared within one dimension. */
    QUANTITY_EXCEEDS_PERMIT,
    /**
     * The record's unit is not in the dimension of the permit line that covers it (litres against a line in kilograms,
     * a count against a mass), so its quantity cannot be charged to the line.
     */
    QUANTITY_NOT_COMPARABLE,
    /** The permit is cited on more than one declaration; a document covers one consignment. */
    PERMIT_ON_SEVERAL_DECLARATIONS
}
