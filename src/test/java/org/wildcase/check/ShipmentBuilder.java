package org.wildcase.check;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.wildcase.permit.RegisteredPermit;
import org.wildcase.species.CitesSettings;
import org.wildcase.species.Purpose;
import org.wildcase.species.SpeciesCatalogue;
import org.wildcase.species.SpeciesList;
import org.wildcase.species.Source;
import org.wildcase.species.TradeCodes;

/**
 * Builds a {@link Shipment}, the home register it is checked against and the settings, and runs
 * {@link PermitChecks#apply} on them without Spring. Defaults: shipped on {@link #SHIPPED_ON}, no route, no purpose,
 * no source, an empty register, {@link CitesSettings#defaults()} (home KG, Asia/Bishkek).
 */
final class ShipmentBuilder {

    static final TradeCodes CODES = new TradeCodes();
    static final SpeciesList SPECIES = SpeciesCatalogue.parse("test", SpeciesCatalogue.readDefault(), CODES);

    /** The default shipment date. */
    static final LocalDate SHIPPED_ON = LocalDate.of(2026, 11, 20);
    /** Noon in Bishkek on {@link #SHIPPED_ON}. */
    static final OffsetDateTime SEIZED_AT = OffsetDateTime.parse("2026-11-20T06:00:00Z");

    private final Direction direction;
    private OffsetDateTime seizedAt = SEIZED_AT;
    private LocalDate shippedOn = SHIPPED_ON;
    private String routeOrigin;
    private String routeDestination;
    private Purpose purpose;
    private Source source;
    private final List<Shipment.Specimen> specimens = new ArrayList<>();
    private final List<Shipment.Document> documents = new ArrayList<>();
    private final Map<String, RegisteredPermit> register = new HashMap<>();
    private CitesSettings settings = CitesSettings.defaults();

    private ShipmentBuilder(Direction direction) {
        this.direction = direction;
    }

    static ShipmentBuilder export() {
        return new ShipmentBuilder(Direction.EXPORT);
    }

    static ShipmentBuilder importing() {
        return new ShipmentBuilder(Direction.IMPORT);
    }

    static ShipmentBuilder reexport() {
        return new ShipmentBuilder(Direction.REEXPORT);
    }

    static ShipmentBuilder transit() {
        return new ShipmentBuilder(Direction.TRANSIT);
    }

    /** The route's origin country. */
    ShipmentBuilder from(String country) {
        this.routeOrigin = country;
        return this;
    }

    /** The route's destination country. */
    ShipmentBuilder to(String country) {
        this.routeDestination = country;
        return this;
    }

    ShipmentBuilder purpose(Purpose purpose) {
        this.purpose = purpose;
        return this;
    }

    /** The shipment-level source, used for lines that state none. */
    ShipmentBuilder source(Source source) {
        this.source = source;
        return this;
    }

    ShipmentBuilder shippedOn(LocalDate date) {
        this.shippedOn = date;
        return this;
    }

    ShipmentBuilder seizedAt(String isoOffsetDateTime) {
        this.seizedAt = OffsetDateTime.parse(isoOffsetDateTime);
        return this;
    }

    ShipmentBuilder specimen(SpecimenBuilder specimen) {
        specimens.add(specimen.build());
        return this;
    }

    /** A specimen line with the defaults of {@link SpecimenBuilder#specimen(String)}. */
    ShipmentBuilder specimen(String scientificName) {
        return specimen(SpecimenBuilder.specimen(scientificName));
    }

    ShipmentBuilder document(DocumentBuilder document) {
        documents.add(document.build());
        return this;
    }

    /** Puts a permit into the home register the check consults. */
    ShipmentBuilder registered(RegisteredPermitBuilder permit) {
        RegisteredPermit p = permit.build();
        register.put(p.number(), p);
        return this;
    }

    ShipmentBuilder settings(CitesSettings settings) {
        this.settings = settings;
        return this;
    }

    Shipment build() {
        Shipment.Route route = routeOrigin == null && routeDestination == null ? null
                : new Shipment.Route(routeOrigin, List.of(), routeDestination);
        return new Shipment(direction, seizedAt, shippedOn, route, purpose, source, specimens, documents);
    }

    CheckResult check() {
        Map<String, RegisteredPermit> registerCopy = Map.copyOf(register);
        return PermitChecks.apply(build(), SPECIES, CODES, settings,
                number -> Optional.ofNullable(registerCopy.get(number)));
    }

    List<Finding> findings() {
        return check().findings();
    }
}
