package org.wildcase.permit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wildcase.api.ConflictException;
import org.wildcase.api.FieldError;
import org.wildcase.api.FieldRules;
import org.wildcase.api.Phrase;
import org.wildcase.api.InvalidInputException;
import org.wildcase.api.NotFoundException;
import org.wildcase.species.CitesSettings;
import org.wildcase.species.TradeCodes;

import jakarta.persistence.criteria.Predicate;
import jakarta.validation.Validator;

/**
 * The home register of permits and certificates: recording, cancelling, and the one-document-one-consignment
 * ledger (Res. Conf. 12.3) that the case flow writes when it releases a shipment.
 */
@Service
public class PermitRegister {

    private static final Logger log = LoggerFactory.getLogger(PermitRegister.class);
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    // The register's own rules, in stable English for the API; each error carries its words for the forms.
    private static final String AFTER_VALIDITY = "lies after the end of validity";
    private static final String NOT_REGISTRABLE = "only CITES permits and certificates go into the register";
    private static final String BEYOND_MAXIMUM = "is beyond the CITES maximum";
    /** The words of a validity beyond the CITES maximum: the months, then the latest day as ISO text. */
    public static final String BEYOND_MAXIMUM_WORDS = "permits.error.beyondMaximum";
    /** The longest reason for a cancellation the register keeps. */
    public static final int MAX_REASON = 2000;

    /** A quantity released against one permit line, in any unit of the line's dimension. */
    public record ShippedLine(int lineIndex, BigDecimal quantity, String unit) {
    }

    /**
     * What the register is searched by; every part is optional. {@code number} and {@code holder} match any part,
     * ignoring case; {@code status} is judged today, in the home time zone.
     */
    public record PermitFilter(String number, PermitStatus status, String holder) {

        public static final PermitFilter ALL = new PermitFilter(null, null, null);
    }

    private final Permits permits;
    private final TradeCodes codes;
    private final CitesSettings settings;
    private final Clock clock;
    private final Validator validator;
    private final JdbcClient jdbc;

    private final org.wildcase.audit.AuditTrail audit;

    PermitRegister(Permits permits, TradeCodes codes, CitesSettings settings, Clock clock, Validator validator,
            JdbcClient jdbc, org.wildcase.audit.AuditTrail audit) {
        this.audit = audit;
        this.permits = permits;
        this.codes = codes;
        this.settings = settings;
        this.clock = clock;
        this.validator = validator;
        this.jdbc = jdbc;
    }

    /**
     * How many numbers one bulk read asks for at once. They go as one array ({@code = any(:numbers)}): H2 matches a
     * long IN list of parameters about ten times slower, and PostgreSQL takes either.
     */
    static final int CHUNK = 1000;

    private static final String PERMIT_COLUMNS = "id, permit_number, document_type, issued_on, valid_from, "
            + "valid_until, holder, country, security_stamp, purpose, used_by_case, used_at, cancelled_at, "
            + "cancel_reason";

    /**
     * The permits of these numbers that the register holds, by number, for a reconciliation run: two queries per
     * chunk of numbers (the permits, then all their lines), never one per permit, and no entity kept in the
     * persistence context.
     */
    @Transactional(readOnly = true)
    public Map<String, RegisteredPermit> findAll(Collection<String> numbers) {
        List<String> wanted = numbers.stream().filter(n -> n != null && !n.isBlank()).map(String::trim).distinct()
                .toList();
        Map<String, RegisteredPermit> found = new HashMap<>();
        LocalDate today = today();
        for (int from = 0; from < wanted.size(); from += CHUNK) {
            List<String> chunk = wanted.subList(from, Math.min(wanted.size(), from + CHUNK));
            withLines(jdbc.sql("select " + PERMIT_COLUMNS + " from permit where permit_number = any(:numbers)")
                    .param("numbers", chunk.toArray(String[]::new)).query(PermitRow::of).list(), today)
                    .forEach(p -> found.put(p.number(), p));
        }
        return found;
    }

    /**
     * The export permits and re-export certificates issued from {@code from} to {@code to} (inclusive), by number:
     * what a reconciliation run expects exports for.
     */
    @Transactional(readOnly = true)
    public List<RegisteredPermit> issuedBetween(LocalDate from, LocalDate to) {
        List<PermitRow> rows = jdbc.sql("select " + PERMIT_COLUMNS + " from permit where issued_on between :from "
                + "and :to and document_type in (:types) order by permit_number").param("from", from).param("to", to)
                .param("types", List.of(DocumentType.EXPORT_PERMIT.name(), DocumentType.REEXPORT_CERTIFICATE.name()))
                .query(PermitRow::of).list();
        List<RegisteredPermit> all = new ArrayList<>();
        LocalDate today = today();
        for (int i = 0; i < rows.size(); i += CHUNK) {
            all.addAll(withLines(rows.subList(i, Math.min(rows.size(), i + CHUNK)), today));
        }
        return all;
    }

    /** A permit row read in bulk, before its lines. */
    private record PermitRow(long id, String number, DocumentType type, LocalDate issuedOn, LocalDate validFrom,
            LocalDate validUntil, String holder, String country, String securityStamp,
            org.wildcase.species.Purpose purpose, String usedByCase, OffsetDateTime usedAt,
            OffsetDateTime cancelledAt, String cancelReason) {

        static PermitRow of(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
            String purpose = rs.getString("purpose");
            return new PermitRow(rs.getLong("id"), rs.getString("permit_number"),
                    DocumentType.valueOf(rs.getString("document_type")), rs.getObject("issued_on", LocalDate.class),
                    rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
                    rs.getString("holder"), rs.getString("country"), rs.getString("security_stamp"),
                    purpose == null ? null : org.wildcase.species.Purpose.valueOf(purpose),
                    rs.getString("used_by_case"), rs.getObject("used_at", OffsetDateTime.class),
                    rs.getObject("cancelled_at", OffsetDateTime.class), rs.getString("cancel_reason"));
        }
    }

    /** The rows as permits, their lines read in one query for all of them. */
    private List<RegisteredPermit> withLines(List<PermitRow> rows, LocalDate today) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<RegisteredPermit.Line>> lines = new HashMap<>();
        jdbc.sql("select permit_id, line_index, scientific_name, term, quantity, unit, source, shipped_quantity "
                + "from permit_line where permit_id = any(:ids) order by permit_id, line_index")
                .param("ids", rows.stream().map(PermitRow::id).toArray(Long[]::new)).query(rs -> {
                    String source = rs.getString("source");
                    BigDecimal shipped = rs.getBigDecimal("shipped_quantity");
                    lines.computeIfAbsent(rs.getLong("permit_id"), k -> new ArrayList<>()).add(
                            new RegisteredPermit.Line(rs.getInt("line_index"), rs.getString("scientific_name"),
                                    rs.getString("term"), rs.getBigDecimal("quantity").stripTrailingZeros(),
                                    rs.getString("unit"),
                                    source == null ? null : org.wildcase.species.Source.valueOf(source),
                                    shipped == null ? null : shipped.stripTrailingZeros()));
                });
        return rows.stream().map(r -> new RegisteredPermit(r.number(), r.type(), r.issuedOn(), r.validFrom(),
                r.validUntil(), r.holder(), r.country(), r.securityStamp(), r.purpose(),
                Permit.status(r.cancelledAt(), r.usedAt(), r.validUntil(), today),
                List.copyOf(lines.getOrDefault(r.id(), List.of())), r.usedByCase(), r.usedAt(), r.cancelledAt(),
                r.cancelReason())).toList();
    }

    /**
     * Records a permit. Every problem is reported at once, named by its JSON path ({@code lines[0].quantity}), so a
     * caller without the API's own bean validation (a view) gets the same answer; a number already in the register
     * is a conflict.
     */
    @Transactional
    public RegisteredPermit record(PermitRegistration r, String recordedBy) {
        List<FieldError> errors = new ArrayList<>();
        errors.addAll(FieldRules.merge(FieldRules.of(validator, r), validate(r)));
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The permit cannot be recorded: " + errors.get(0).field() + " "
                    + errors.get(0).message(), errors);
        }
        String number = r.number().trim();
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
        audit.record(recordedBy, "PERMIT_REGISTERED", null, org.wildcase.audit.AuditTrail.detail("number", number, "type", r.type(),
                "issuedOn", r.issuedOn(), "lines", r.lines().size()));
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

    /** The register page by page, newest first, narrowed by the filter. */
    @Transactional(readOnly = true)
    public Page<RegisteredPermit> list(PermitFilter filter, Pageable page) {
        LocalDate today = today();
        Pageable newestFirst = PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by(Sort.Order.desc("id")));
        return permits.findAll(matching(filter, today), newestFirst).map(p -> p.view(today));
    }

    @Transactional(readOnly = true)
    public long count(PermitFilter filter) {
        return permits.count(matching(filter, today()));
    }

    @Transactional
    public RegisteredPermit cancel(String number, String reason, String cancelledBy) {
        return cancel(number, reason, cancelledBy, null);
    }

    /**
     * Cancels a permit that still has the status the officer saw ({@code expected}; null accepts any but
     * cancelled). A permit that was cancelled or used in the meantime is a conflict, not cancelled over it.
     */
    @Transactional
    public RegisteredPermit cancel(String number, String reason, String cancelledBy, PermitStatus expected) {
        FieldRules.require(validator, new PermitCancellation(reason == null ? null : reason.trim()));
        Permit permit = permits.findByNumber(number == null ? "" : number.trim())
                .orElseThrow(() -> new NotFoundException("No permit " + number + " in the register."));
        PermitStatus status = permit.statusOn(today());
        if (status == PermitStatus.CANCELLED) {
            throw new ConflictException("Permit " + number + " is already cancelled.");
        }
        if (expected != null && status != expected) {
            throw new ConflictException("Permit " + number + " is " + status.name().toLowerCase(Locale.ROOT)
                    + " now, no longer " + expected.name().toLowerCase(Locale.ROOT) + ".");
        }
        permit.cancel(OffsetDateTime.now(clock), cancelledBy, trim(reason));
        permits.saveAndFlush(permit);
        audit.record(cancelledBy, "PERMIT_CANCELLED", null, org.wildcase.audit.AuditTrail.detail("number", permit.number(),
                "reason", trim(reason)));
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

    /** The register's own rules; what bean validation already reports (a missing value) is skipped here. */
    private List<FieldError> validate(PermitRegistration r) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = today();
        if (r.type() != null && !r.type().registrable()) {
            errors.add(new FieldError("type", NOT_REGISTRABLE, Phrase.of("permits.error.notRegistrable")));
        }
        if (r.issuedOn() != null && r.issuedOn().isAfter(today)) {
            errors.add(FieldRules.future("issuedOn"));
        }
        Optional<LocalDate> latest = r.type() == null ? Optional.empty() : r.type().latestValidUntil(r.issuedOn());
        if (r.validUntil() != null) {
            if (r.issuedOn() != null && r.validUntil().isBefore(r.issuedOn())) {
                errors.add(FieldRules.beforeIssue("validUntil"));
            }
            latest.filter(max -> r.validUntil().isAfter(max)).ifPresent(max -> errors.add(new FieldError(
                    "validUntil", BEYOND_MAXIMUM + " of " + r.type().maxValidityMonths()
                            + " months for " + r.type() + ": at most " + max,
                    Phrase.of(BEYOND_MAXIMUM_WORDS, r.type().maxValidityMonths(), max.toString()))));
        }
        if (r.validFrom() != null) {
            if (r.issuedOn() != null && r.validFrom().isBefore(r.issuedOn())) {
                errors.add(FieldRules.beforeIssue("validFrom"));
            }
            LocalDate until = r.validUntil() != null ? r.validUntil() : latest.orElse(null);
            if (until != null && r.validFrom().isAfter(until)) {
                errors.add(new FieldError("validFrom", AFTER_VALIDITY, Phrase.of("permits.error.afterValidity")));
            }
        }
        if (r.country() != null && !r.country().isBlank()
                && !COUNTRIES.contains(r.country().toUpperCase(Locale.ROOT))) {
            errors.add(FieldRules.notCountry("country", r.country()));
        }
        List<PermitRegistration.Line> lines = r.lines() == null ? List.of() : r.lines();
        for (int i = 0; i < lines.size(); i++) {
            PermitRegistration.Line line = lines.get(i);
            if (line == null) {
                continue;
            }
            if (line.term() != null && !line.term().isBlank() && !codes.isTerm(line.term().trim())) {
                errors.add(FieldRules.notTermCode("lines[" + i + "].term", line.term()));
            }
            if (!codes.isUnit(line.unit())) {
                errors.add(FieldRules.notUnitCode("lines[" + i + "].unit", line.unit()));
            }
        }
        return errors;
    }

    /** The filter as a query; a status is a fact recorded (cancelled, used) or the date judged today (expired). */
    private static Specification<Permit> matching(PermitFilter filter, LocalDate today) {
        PermitFilter f = filter == null ? PermitFilter.ALL : filter;
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (f.number() != null && !f.number().isBlank()) {
                where.add(cb.like(cb.lower(root.get("number")), contains(f.number()), '\\'));
            }
            if (f.holder() != null && !f.holder().isBlank()) {
                where.add(cb.like(cb.lower(root.get("holder")), contains(f.holder()), '\\'));
            }
            if (f.status() != null) {
                Predicate cancelled = cb.isNotNull(root.get("cancelledAt"));
                Predicate used = cb.isNotNull(root.get("usedAt"));
                Predicate expired = cb.lessThan(root.get("validUntil"), today);
                where.add(switch (f.status()) {
                    case CANCELLED -> cancelled;
                    case USED -> cb.and(cb.not(cancelled), used);
                    case EXPIRED -> cb.and(cb.not(cancelled), cb.not(used), expired);
                    case VALID -> cb.and(cb.not(cancelled), cb.not(used), cb.not(expired));
                });
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static String contains(String text) {
        String escaped = text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private LocalDate today() {
        return settings.today(clock);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
