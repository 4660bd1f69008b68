package org.wildcase.seizure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.wildcase.api.DateWithin;
import org.wildcase.api.FieldRules;
import org.wildcase.check.Direction;
import org.wildcase.check.Shipment;
import org.wildcase.permit.DocumentType;
import org.wildcase.species.Purpose;
import org.wildcase.species.Source;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A seizure registration as api.md gives it; {@code POST /api/permit-checks} takes the same body. The annotations
 * are its field rules, and their bounds are the columns' sizes (V2): texts and codes as long as their column, lists
 * as long as the columns that join them hold (a document's {@code coversSpecimens}, the route's transit countries,
 * the risk indicators), quantities and amounts as large as numeric(19, 6) and numeric(19, 2) hold. A permit check
 * needs the annotations of the default group; opening a case also those of {@link ForCase}, and a case registered
 * by an officer those of {@link ByOfficer}.
 */
public record Registration(
        @NotNull OffsetDateTime seizedAt,
        @DateWithin(from = DateWithin.CONVENTION) LocalDate shippedOn,
        @NotBlank(groups = ForCase.class) @Size(max = 500) String location,
        @NotNull Direction direction,
        @NotNull(groups = ByOfficer.class) TransportMode transportMode,
        @Size(max = 100) String conveyance,
        @Size(max = 100) String transportDocument,
        @Size(max = 1000) String declaredGoods,
        @Size(max = 20) String hsCode,
        DetectionMethod detectionMethod,
        @Size(max = 2000) String reasonForSeizure,
        @Size(max = 2000) String concealment,
        @Valid Route route,
        Purpose purpose,
        Source source,
        @Valid Money estimatedValue,
        Boolean shareWithIccwc,
        @Size(max = MAX_PARTIES) List<@NotNull @Valid Party> parties,
        @Size(max = MAX_SPECIMENS) List<@NotNull @Valid Specimen> specimens,
        @Size(max = MAX_DOCUMENTS) List<@NotNull @Valid Document> documents,
        @Size(max = 20) List<@NotNull RiskIndicator> riskIndicators,
        @Size(max = 10000) String notes) {

    /** Validation group: what a case needs beyond a permit check (where it happened, what each line is). */
    public interface ForCase {
    }

    /**
     * Validation group: a case an officer registers states how the goods travelled; one opened from an export record
     * may not know it.
     */
    public interface ByOfficer {
    }

    /** At most this many specimen lines: a document's {@code coversSpecimens} must fit its column, joined. */
    public static final int MAX_SPECIMENS = 200;
    public static final int MAX_DOCUMENTS = 100;
    public static final int MAX_PARTIES = 100;

    public enum TransportMode { AIR, ROAD, RAIL, SEA, POST, PASSENGER }

    public enum DetectionMethod { RISK_PROFILE, XRAY, DOG, DOCUMENT_CHECK, INTELLIGENCE, RANDOM, OTHER }

    public enum PartyRole { CONSIGNOR, CONSIGNEE, CARRIER, SUSPECT, PASSENGER }

    public enum IdentityDocumentType { PASSPORT, NATIONAL_ID, COMPANY_REGISTRATION, OTHER }

    public enum RiskIndicator {
        HIGH_RISK_ROUTE, DOCUMENT_MISMATCH, VALUE_WEIGHT_MISMATCH, SPLIT_CONSIGNMENT, LAST_MINUTE_CHANGE,
        NEW_OR_ONE_OFF_TRADER, CASH_PAYMENT, UNRELATED_BUSINESS_LINE, FORWARDER_ADDRESS, MISDECLARED_COMMODITY,
        CONCEALMENT, INTELLIGENCE_ALERT, OTHER
    }

    /** Transit countries are joined into a column of 200 characters. */
    public record Route(@Size(max = 2) String origin, @Size(max = 20) List<@NotNull @Size(max = 2) String> transit,
            @Size(max = 2) String destination) {
    }

    public record Money(
            @PositiveOrZero @DecimalMax(FieldRules.MAX_AMOUNT)
            @Digits(integer = FieldRules.AMOUNT_INTEGER_DIGITS, fraction = FieldRules.AMOUNT_FRACTION_DIGITS)
            BigDecimal amount,
            @Size(max = 3) String currency) {
    }

    public record Party(PartyRole role, @Size(max = 300) String name, @Size(max = 2) String nationality,
            IdentityDocumentType identityDocumentType, @Size(max = 100) String identityDocument,
            @DateWithin LocalDate dateOfBirth) {
    }

    /** {@code live} false with term LIV is refused; left out with LIV it is taken as live. */
    public record Specimen(@NotBlank(groups = ForCase.class) @Size(max = 1000) String description,
            @Size(max = 200) String scientificName,
            @Size(max = 3) String term,
            @NotNull(groups = ForCase.class)
            @DecimalMax(FieldRules.MAX_QUANTITY)
            @Digits(integer = FieldRules.QUANTITY_INTEGER_DIGITS, fraction = FieldRules.QUANTITY_FRACTION_DIGITS)
            BigDecimal quantity,
            @Size(max = 3) String unit, Boolean live, Source source, @Size(max = 2) String countryOfOrigin,
            @Valid Money estimatedValue) {
    }

    public record Document(@NotNull DocumentType type, @Size(max = 100) String number, @Size(max = 2) String issuingCountry,
            Boolean original, @Size(max = 100) String securityStamp, @DateWithin LocalDate issuedOn,
            @DateWithin LocalDate validFrom, @DateWithin LocalDate validUntil, Purpose purpose,
            @Size(max = 300) String exporter, @Size(max = 300) String importer,
            @Size(max = 100) String originalPermitNumber, Boolean endorsed,
            @Size(max = MAX_SPECIMENS) List<@NotNull Integer> coversSpecimens) {
    }

    /** Checks that bean validation cannot express: country and currency codes outside the shipment's own. */
    public List<org.wildcase.api.FieldError> codeProblems() {
        java.util.Set<String> countries = java.util.Set.of(java.util.Locale.getISOCountries());
        List<org.wildcase.api.FieldError> errors = new java.util.ArrayList<>();
        if (parties != null) {
            for (int i = 0; i < parties.size(); i++) {
                Party p = parties.get(i);
                if (p != null && p.nationality() != null && !countries.contains(p.nationality())) {
                    errors.add(FieldRules.notCountry("parties[" + i + "].nationality", p.nationality()));
                }
            }
        }
        currency(errors, "estimatedValue.currency", estimatedValue);
        if (specimens != null) {
            for (int i = 0; i < specimens.size(); i++) {
                if (specimens.get(i) != null) {
                    currency(errors, "specimens[" + i + "].estimatedValue.currency", specimens.get(i).estimatedValue());
                }
            }
        }
        return errors;
    }

    private static void currency(List<org.wildcase.api.FieldError> errors, String field, Money money) {
        if (money == null || money.currency() == null) {
            return;
        }
        try {
            java.util.Currency.getInstance(money.currency());
        } catch (IllegalArgumentException e) {
            errors.add(FieldRules.notCurrency(field, money.currency()));
        }
    }

    /** What the CITES checks read of this registration. */
    public Shipment toShipment() {
        return new Shipment(direction, seizedAt, shippedOn,
                route == null ? null : new Shipment.Route(route.origin(), route.transit(), route.destination()),
                purpose, source,
                specimens == null ? null : specimens.stream().map(s -> s == null ? null : new Shipment.Specimen(
                        s.description(), s.scientificName(), s.term(), s.quantity(), s.unit(), s.live(), s.source(),
                        s.countryOfOrigin())).toList(),
                documents == null ? null : documents.stream().map(d -> d == null ? null : new Shipment.Document(
                        d.type(), d.number(), d.issuingCountry(), d.original(), d.securityStamp(), d.issuedOn(),
                        d.validFrom(), d.validUntil(), d.purpose(), d.coversSpecimens())).toList());
    }
}
