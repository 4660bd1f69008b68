package org.wildcase.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.wildcase.permit.DocumentType;
import org.wildcase.species.Purpose;
import org.wildcase.species.Source;

/** What the checks read of a registration: the shipment, its specimen lines and the documents presented. */
public record Shipment(
        Direction direction,
        OffsetDateTime seizedAt,
        LocalDate shippedOn,
        Route route,
        Purpose purpose,
        Source source,
        List<Specimen> specimens,
        List<Document> documents) {

    public Shipment {
        // Null entries are kept so that validation can name them instead of failing on them.
        specimens = specimens == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(specimens));
        documents = documents == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(documents));
    }

    public record Route(String origin, List<String> transit, String destination) {
    }

    public record Specimen(String description, String scientificName, String term, BigDecimal quantity, String unit,
            Boolean live, Source source, String countryOfOrigin) {

        /** Term LIV means live, whatever {@code live} says (a "false" with LIV is refused before it gets here). */
        public boolean isLive() {
            return Boolean.TRUE.equals(live) || LIVE.equals(term);
        }
    }

    /** The term code of live specimens. */
    public static final String LIVE = "LIV";

    /** A document presented; {@code coversSpecimens} null or empty means every specimen line. */
    public record Document(DocumentType type, String number, String issuingCountry, Boolean original,
            String securityStamp, LocalDate issuedOn, LocalDate validFrom, LocalDate validUntil, Purpose purpose,
            List<Integer> coversSpecimens) {
    }
}
