package org.wildcase.permit;

import jakarta.validation.constraints.Size;

/** The optional body of {@code POST /api/permits/{number}/cancel}: why, as long as its column. */
public record PermitCancellation(@Size(max = PermitRegister.MAX_REASON) String reason) {
}
