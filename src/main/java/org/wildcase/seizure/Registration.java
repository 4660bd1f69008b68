package org.wildcase.seizure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.wildcase.check.Direction;
import org.wildcase.check.Shipment;
import org.wildcase.permit.DocumentType;
import org.wildcase.species.Purpose;
import org.wildcase.species.Source;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** A seizure registration as api.md gives it; {@code POST /api/permit-checks} takes the same body. */
public record Registration(
        OffsetDateTime seizedAt,
        LocalDate shippedOn,
        @Size(max = 500) String location,
        Direction direction,
        TransportMode transportMode,
        @Size(max = 100) String conveyance,
        @Size(max = 100) String transportDocument,
        @Size(max = 1000) String declaredGoods,
        @Size(max = 20) String hsCode,
        DetectionMethod detectionMethod,
        @Size(max = 2000) String reasonForSeizure,
        @Size(max = 2000) String concealment,
        Route route,
        Purpose purpose,
        Source source,
        @Valid Money estimatedValue,
        Boolean shareWithIccwc,
        List<@Valid Party> parties,
        List<@Valid Specimen> specimens,
        List<@Valid Document> documents,
        List<RiskIndicator> riskIndicators,
        @Size(max = 10000) String notes) {

    public enum TransportMode { AIR, ROAD, RAIL, SEA, POST, PASSENGER }

    public enum DetectionMethod { RISK_PROFILE, XRAY, DOG, DOCUMENT_CHECK, INTELLIGENCE, RANDOM, OTHER }

    public enum PartyRole { CONSIGNOR, CONSIGNEE, CARRIER, SUSPECT, PASSENGER }

    public enum IdentityDocumentType { PASSPORT, NATIONAL_ID, COMPANY_REGISTRATION, OTHER }

    public enum RiskIndicator {
        HIGH_RISK_ROUTE, DOCUMENT_MISMATCH, VALUE_WEIGHT_MISMATCH, SPLIT_CONSIGNMENT, LAST_MINUTE_CHANGE,
        NEW_OR_ONE_OFF_TRADER, CASH_PAYMENT, UNRELATED_BUSINESS_LINE, FORWARDER_ADDRESS, MISDECLARED_COMMODITY,
        CONCEALMENT, INTELLIGENCE_ALERT, OTHER
    }

    public record Route(String origin, List<String> transit, String destination) {
    }

    public record Money(@jakarta.validation.constraints.PositiveOrZero BigDecimal amount,
            String currency) {
    }

    public record Party(PartyRole role, @Size(max = 300) String name, String nationality,
            IdentityDocumentType identityDocumentType, @Size(max = 100) String identityDocument,
            LocalDate dateOfBirth) {
    }

    public record Specimen(@Size(max = 1000) String description, @Size(max = 200) String scientificName, String term,
            BigDecimal quantity, String unit, Boolean live, Source source, String countryOfOrigin,
            @Valid Money estimatedValue) {
    }

    public record Document(DocumentType type, @Size(max = 100) String number, String issuingCountry, Boolean original,
            @Size(max = 100) String securityStamp, LocalDate issuedOn, LocalDate validFrom, LocalDate validUntil,
            Purpose purpose, @Size(max = 300) String exporter, @Size(max = 300) String importer,
            @Size(max = 100) String originalPermitNumber, Boolean endorsed, List<Integer> coversSpecimens) {
    }

    /** Checks that bean validation cannot express: country and currency codes outside the shipment's own. */
    public List<org.wildcase.api.FieldError> codeProblems() {
        java.util.Set<String> countries = java.util.Set.of(java.util.Locale.getISOCountries());
        List<org.wildcase.api.FieldError> errors = new java.util.ArrayList<>();
        if (parties != null) {
            for (int i = 0; i < parties.size(); i++) {
                Party p = parties.get(i);
                if (p != null && p.nationality() != null && !countries.contains(p.nationality())) {
                    errors.add(new org.wildcase.api.FieldError("parties[" + i + "].nationality",
                            "'" + p.nationality() + "' is not an ISO 3166 alpha-2 country code"));
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
            errors.add(new org.wildcase.api.FieldError(field, "'" + money.currency() + "' is not an ISO 4217 currency code"));
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
