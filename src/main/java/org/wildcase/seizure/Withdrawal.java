package org.wildcase.seizure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/cases/{caseNumber}/withdraw}: why the case is withdrawn (its column's length). */
public record Withdrawal(@NotBlank @Size(max = 2000) String reason) {
}
