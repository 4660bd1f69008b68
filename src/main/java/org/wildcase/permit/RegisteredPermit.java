package org.wildcase.permit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.wildcase.species.Purpose;
import org.wildcase.species.Source;

/** A permit as the register holds it; also the API's view of it. */
public record RegisteredPermit(
        String number,
        DocumentType type,
        LocalDate issuedOn,
        LocalDate validFrom,
        LocalDate validUntil,
        String holder,
        String country,
        String securityStamp,
        Purpose purpose,
        PermitStatus status,
        List<Line> lines,
        String usedByCase,
        OffsetDateTime usedAt,
        OffsetDateTime cancelledAt,
        String cancelReason) {

    /** A permit line; {@code shippedQuantity} (in the line's unit) is set once a shipment was released against it. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "RegisteredPermitLine")
    public record Line(int index, String scientificName, String term, BigDecimal quantity, String unit, Source source,
            BigDecimal shippedQuantity) {
    }
}
