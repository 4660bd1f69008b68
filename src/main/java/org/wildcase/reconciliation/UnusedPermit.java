package org.wildcase.reconciliation;

import java.time.LocalDate;

/** Information, not a discrepancy: an export permit or re-export certificate issued in the period with no export recorded. */
public record UnusedPermit(String number, LocalDate issuedOn, LocalDate validUntil, String holder) {
}
