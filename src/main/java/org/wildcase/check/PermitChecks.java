package org.wildcase.check;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.wildcase.api.FieldError;
import org.wildcase.api.FieldRules;
import org.wildcase.api.InvalidInputException;
import org.wildcase.permit.PermitRegister;
import org.wildcase.permit.RegisteredPermit;
import org.wildcase.species.CitesSettings;
import org.wildcase.species.SpeciesCatalogue;
import org.wildcase.species.SpeciesList;
import org.wildcase.species.TradeCodes;

/**
 * Applies every CITES rule to a shipment and returns the findings with the species list version used. It stores
 * nothing: the case flow stores the findings on the case.
 */
@Service
public class PermitChecks {

    /** The rules, in the order a reader meets them in domain.md. */
    static final List<Rule> RULES = List.of(
            new SpeciesMustBeKnownAndListed(),
            new PreConventionCertificateReplacesPermits(),
            new PersonalEffectsExemption(),
            new PermitsRequiredByAppendix(),
            new AppendixICommercialTradeOnlyFromCaptiveBreeding(),
            new ZeroExportQuota(),
            new DocumentMustMatchRegister(),
            new DocumentMustBeValidOnShipmentDate(),
            new DocumentMustNotBeCancelledOrUsed(),
            new DocumentMustCoverSpeciesAndQuantity(),
            new DocumentMustBeOriginal());

    /** The Convention's entry into force: no seizure under it can lie before. */
    public static final LocalDate CONVENTION_IN_FORCE = LocalDate.of(1975, 7, 1);

    /** Clocks of a client and the server differ a little; a fact dated a few minutes ahead is not "in the future". */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());


    private final SpeciesCatalogue catalogue;
    private final PermitRegister register;
    private final TradeCodes codes;
    private final CitesSettings settings;
    private final Clock clock;

    PermitChecks(SpeciesCatalogue catalogue, PermitRegister register, TradeCodes codes, CitesSettings settings,
            Clock clock) {
        this.catalogue = catalogue;
        this.register = register;
        this.codes = codes;
        this.settings = settings;
        this.clock = clock;
    }

    /** Validates the shipment (400 with field errors) and applies every rule. */
    public CheckResult check(Shipment shipment) {
        validate(shipment);
        return apply(shipment, catalogue.current(), codes, settings, register::find);
    }

    /** Applies every rule to a shipment already validated (a stored registration). */
    public CheckResult checkValidated(Shipment shipment) {
        return apply(shipment, catalogue.current(), codes, settings, register::find);
    }

    static CheckResult apply(Shipment shipment, SpeciesList species, TradeCodes codes, CitesSettings settings,
            Function<String, Optional<RegisteredPermit>> register) {
        ShipmentContext context = new ShipmentContext(shipment, species, codes, settings, register);
        Findings findings = new Findings();
        RULES.forEach(rule -> rule.check(context, findings));
        return new CheckResult(findings.sorted(), species.version());
    }

    /**
     * The quantities a released shipment takes from a registered document: each specimen line the document covers,
     * against the first permit line of the same taxon and term. Lines the permit does not name take nothing.
     */
    public List<PermitRegister.ShippedLine> shippedAgainst(Shipment shipment, int documentIndex,
            RegisteredPermit permit) {
        ShipmentContext context = new ShipmentContext(shipment, catalogue.current(), codes, settings,
                n -> Optional.of(permit));
        ShipmentContext.Doc doc = context.documents.get(documentIndex);
        List<PermitRegister.ShippedLine> shipped = new ArrayList<>();
        for (int index : doc.covers) {
            ShipmentContext.Line line = context.line(index);
            if (line.specimen.scientificName() == null || line.specimen.quantity() == null) {
                continue;
            }
            permit.lines().stream()
                    .filter(l -> line.names().contains(ShipmentContext.normalize(l.scientificName())))
                    .filter(l -> line.specimen.term() == null || l.term().equals(line.specimen.term()))
                    .filter(l -> codes.measure(line.specimen.quantity(), line.specimen.unit())
                            .flatMap(m -> codes.measure(l.quantity(), l.unit()).map(m::comparableWith))
                            .orElse(false))
                    .findFirst()
                    .ifPresent(l -> shipped.add(new PermitRegister.ShippedLine(l.index(), line.specimen.quantity(),
                            line.specimen.unit())));
        }
        return shipped;
    }

    /**
     * What JSON binding cannot see: codes from the reference lists, countries, indexes that must point at a line,
     * and dates of facts that may not lie in the future.
     */
    public void validate(Shipment s) {
        List<FieldError> errors = problems(s);
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
    }

    /** The field errors of {@link #validate}, for callers that add their own. */
    public List<FieldError> problems(Shipment s) {
        List<FieldError> errors = new ArrayList<>();
        // Direction, seizure time and each document's type are required by the body's annotations (Registration).
        if (s.seizedAt() == null) {
            // named by the annotations
        } else if (s.seizedAt().isAfter(OffsetDateTime.now(clock).plus(CLOCK_TOLERANCE))) {
            errors.add(FieldRules.future("seizedAt"));
        } else if (s.seizedAt().atZoneSameInstant(settings.timeZone()).toLocalDate().isBefore(CONVENTION_IN_FORCE)) {
            errors.add(new FieldError("seizedAt", "may not lie before " + CONVENTION_IN_FORCE
                    + ", when the Convention entered into force",
                    org.wildcase.api.Phrase.of("validation.beforeConvention", CONVENTION_IN_FORCE.toString())));
        }
        if (s.specimens().isEmpty()) {
            errors.add(new FieldError("specimens", "at least one specimen is required",
                    org.wildcase.api.Phrase.of("validation.atLeastOneSpecimen")));
        }
        if (s.route() != null) {
            country(errors, "route.origin", s.route().origin());
            country(errors, "route.destination", s.route().destination());
            if (s.route().transit() != null) {
                for (int i = 0; i < s.route().transit().size(); i++) {
                    country(errors, "route.transit[" + i + "]", s.route().transit().get(i));
                }
            }
        }
        for (int i = 0; i < s.specimens().size(); i++) {
            Shipment.Specimen sp = s.specimens().get(i);
            String at = "specimens[" + i + "].";
            if (sp == null) {
                errors.add(FieldRules.nullElement("specimens[" + i + "]"));
                continue;
            }
            if (sp.quantity() != null && sp.quantity().signum() <= 0) {
                errors.add(FieldRules.positive(at + "quantity"));
            }
            if (sp.term() != null && !codes.isTerm(sp.term())) {
                errors.add(FieldRules.notTermCode(at + "term", sp.term()));
            }
            if (Shipment.LIVE.equals(sp.term()) && Boolean.FALSE.equals(sp.live())) {
                errors.add(FieldRules.liveTerm(at + "live"));
            }
            if (!codes.isUnit(sp.unit())) {
                errors.add(FieldRules.notUnitCode(at + "unit", sp.unit()));
            }
            country(errors, at + "countryOfOrigin", sp.countryOfOrigin());
        }
        for (int i = 0; i < s.documents().size(); i++) {
            Shipment.Document d = s.documents().get(i);
            String at = "documents[" + i + "].";
            if (d == null) {
                errors.add(FieldRules.nullElement("documents[" + i + "]"));
                continue;
            }
            country(errors, at + "issuingCountry", d.issuingCountry());
            if (d.coversSpecimens() != null) {
                for (int j = 0; j < d.coversSpecimens().size(); j++) {
                    Integer line = d.coversSpecimens().get(j);
                    if (line == null || line < 0 || line >= s.specimens().size()) {
                        errors.add(FieldRules.noSpecimenLine(at + "coversSpecimens[" + j + "]",
                                s.specimens().size()));
                    }
                }
            }
            if (d.issuedOn() != null && d.validUntil() != null && d.validUntil().isBefore(d.issuedOn())) {
                errors.add(FieldRules.beforeIssue(at + "validUntil"));
            }
        }
        return errors;
    }

    private static void country(List<FieldError> errors, String field, String value) {
        if (value != null && !COUNTRIES.contains(value)) {
            errors.add(FieldRules.notCountry(field, value));
        }
    }
}
