package org.wildcase.permit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wildcase.api.ConflictException;
import org.wildcase.api.FieldError;
import org.wildcase.api.InvalidInputException;
import org.wildcase.api.NotFoundException;
import org.wildcase.species.CitesSettings;
import org.wildcase.species.TradeCodes;

/**
 * The home register of permits and certificates: recording, cancelling, and the one-document-one-consignment
 * ledger (Res. Conf. 12.3) that the case flow writes when it releases a shipment.
 */
@Service
public class PermitRegister {

    private static final Logger log = LoggerFactory.getLogger(PermitRegister.class);
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** A quantity released against one permit line, in any unit of the line's dimension. */
    public record ShippedLine(int lineIndex, BigDecimal quantity, String unit) {
    }

    private final Permits permits;
    private final TradeCodes codes;
    private final CitesSettings settings;
    private final Clock clock;

    PermitRegister(Permits permits, TradeCodes codes, CitesSettings settings, Clock clock) {
        this.permits = permits;
        this.codes = codes;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public RegisteredPermit record(PermitRegistration r, String recordedBy) {
        String number = r.number().trim();
        List<FieldError> errors = validate(r);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The permit cannot be recorded: " + errors.get(0).field() + " "
                    + errors.get(0).message(), errors);
        }
        if (permits.existsByNumber(number)) {
            throw new ConflictException("Permit " + number + " is already in the register.");
        }
        LocalDate validUntil = r.validUntil() != null ? r.validUntil()
                : r.type().latestValidUntil(r.issuedOn()).orElseThrow();
        String country = r.country() == null || r.country().isBlank() ? settings.homeCountry()
                : r.country().toUpperCase(Locale.ROOT);
        Permit permit = new Permit(number, r.type(), r.issuedOn(), r.validFrom(), validUntil, trim(r.holder()),
                country, trim(r.securityStamp()), r.purpose(), OffsetDateTime.now(clock), recordedBy);
        r.lines().forEach(l -> permit.addLine(l.scientificName().trim().replaceAll("\\s+", " "), l.term().trim(),
                l.quantity(), trim(l.unit()), l.source()));
        permits.saveAndFlush(permit);
        log.info("{} recorded {} {}", recordedBy, r.type(), number);
        return permit.view(today());
    }

    @Transactional(readOnly = true)
    public Optional<RegisteredPermit> find(String number) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        return permits.findByNumber(number.trim()).map(p -> p.view(today()));
    }

    @Transactional(readOnly = true)
    public Page<RegisteredPermit> list(Pageable page) {
        LocalDate today = today();
        return permits.findAllByOrderByIdDesc(page).map(p -> p.view(today));
    }

    @Transactional
    public RegisteredPermit cancel(String number, String reason, String cancelledBy) {
        Permit permit = permits.findByNumber(number == null ? "" : number.trim())
                .orElseThrow(() -> new NotFoundException("No permit " + number + " in the register."));
        if (permit.statusOn(today()) == PermitStatus.CANCELLED) {
            throw new ConflictException("Permit " + number + " is already cancelled.");
        }
        permit.cancel(OffsetDateTime.now(clock), cancelledBy, trim(reason));
        permits.saveAndFlush(permit);
        log.info("{} cancelled permit {}", cancelledBy, number);
        return permit.view(today());
    }

    /**
     * Releases a consignment against a document: marks it USED by {@code caseNumber} and records the quantities
     * shipped per line. A document covers one consignment, so a used or cancelled one is refused (409), and two
     * releases at once cannot both succeed (the permit's version column).
     */
    @Transactional
    public RegisteredPermit recordShipment(String number, String caseNumber, List<ShippedLine> shipped) {
        Permit permit = permits.findByNumber(number == null ? "" : number.trim())
                .orElseThrow(() -> new NotFoundException("No permit " + number + " in the register."));
        PermitStatus status = permit.statusOn(today());
        if (status == PermitStatus.USED || status == PermitStatus.CANCELLED) {
            throw new ConflictException("Permit " + number + " is " + status.name().toLowerCase(Locale.ROOT)
                    + " and cannot cover another consignment.");
        }
        Map<Integer, Permit.PermitLine> byIndex = new HashMap<>();
        permit.lines().forEach(l -> byIndex.put(l.index(), l));
        for (ShippedLine s : shipped) {
            Permit.PermitLine line = byIndex.get(s.lineIndex());
            if (line == null) {
                throw InvalidInputException.of("lineIndex", "Permit " + number + " has no line " + s.lineIndex());
            }
            line.ship(inLineUnit(s, line.unit()));
        }
        permit.markUsed(OffsetDateTime.now(clock), caseNumber);
        permits.saveAndFlush(permit);
        log.info("Permit {} used by case {}", number, caseNumber);
        return permit.view(today());
    }

    private BigDecimal inLineUnit(ShippedLine s, String lineUnit) {
        TradeCodes.Measure shipped = codes.measure(s.quantity(), s.unit()).orElseThrow(
                () -> InvalidInputException.of("unit", "'" + s.unit() + "' is not a unit code"));
        TradeCodes.Unit target = codes.unit(lineUnit).orElseThrow();
        if (!shipped.dimension().equals(target.dimension())) {
            throw InvalidInputException.of("unit", "'" + s.unit() + "' cannot be converted to the permit line's unit");
        }
        return shipped.baseQuantity().divide(target.factorToBase(), 6, RoundingMode.HALF_UP);
    }

    private List<FieldError> validate(PermitRegistration r) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = today();
        if (!r.type().registrable()) {
            errors.add(new FieldError("type", "only CITES permits and certificates go into the register"));
        }
        if (r.issuedOn().isAfter(today)) {
            errors.add(new FieldError("issuedOn", "may not lie in the future"));
        }
        Optional<LocalDate> latest = r.type().latestValidUntil(r.issuedOn());
        if (r.validUntil() != null) {
            if (r.validUntil().isBefore(r.issuedOn())) {
                errors.add(new FieldError("validUntil", "lies before the issue date"));
            }
            latest.filter(max -> r.validUntil().isAfter(max)).ifPresent(max -> errors.add(new FieldError(
                    "validUntil", "is beyond the CITES maximum of " + r.type().maxValidityMonths()
                            + " months for " + r.type() + ": at most " + max)));
        }
        if (r.validFrom() != null) {
            if (r.validFrom().isBefore(r.issuedOn())) {
                errors.add(new FieldError("validFrom", "lies before the issue date"));
            }
            LocalDate until = r.validUntil() != null ? r.validUntil() : latest.orElse(null);
            if (until != null && r.validFrom().isAfter(until)) {
                errors.add(new FieldError("validFrom", "lies after the end of validity"));
            }
        }
        if (r.country() != null && !r.country().isBlank()
                && !COUNTRIES.contains(r.country().toUpperCase(Locale.ROOT))) {
            errors.add(new FieldError("country", "'" + r.country() + "' is not an ISO 3166 alpha-2 code"));
        }
        for (int i = 0; i < r.lines().size(); i++) {
            PermitRegistration.Line line = r.lines().get(i);
            if (!codes.isTerm(line.term().trim())) {
                errors.add(new FieldError("lines[" + i + "].term", "'" + line.term() + "' is not a CITES term code"));
            }
            if (!codes.isUnit(line.unit())) {
                errors.add(new FieldError("lines[" + i + "].unit", "'" + line.unit() + "' is not a CITES unit code"));
            }
        }
        return errors;
    }

    private LocalDate today() {
        return settings.today(clock);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
