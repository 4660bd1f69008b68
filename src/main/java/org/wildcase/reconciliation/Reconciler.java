package org.wildcase.reconciliation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.wildcase.permit.PermitStatus;
import org.wildcase.permit.RegisteredPermit;
import org.wildcase.species.CitesSettings;
import org.wildcase.species.SpeciesCatalogue;
import org.wildcase.species.SpeciesList;
import org.wildcase.species.Taxon;
import org.wildcase.species.TradeCodes;

/**
 * The reconciliation rules: per record and per permit line, in memory, so a run costs one pass over the records
 * and no query per record.
 */
@Component
public class Reconciler {

    /** A message names at most this many other declarations, so a permit cited a thousand times stays readable. */
    static final int NAMED_DECLARATIONS = 5;

    private final TradeCodes codes;
    private final Supplier<SpeciesList> species;
    private final ZoneId timeZone;

    @Autowired
    Reconciler(TradeCodes codes, SpeciesCatalogue species, CitesSettings settings) {
        this(codes, species::current, settings.timeZone());
    }

    /** Without a Spring context: for tests and the benchmark. */
    Reconciler(TradeCodes codes, Supplier<SpeciesList> species, ZoneId timeZone) {
        this.codes = codes;
        this.species = species;
        this.timeZone = timeZone;
    }

    /**
     * The permits a run needs, loaded in bulk: those the records cite, by number; for each of them the declaration
     * numbers that cited it in earlier runs; and the export permits and re-export certificates issued in the period.
     */
    public record Register(Map<String, RegisteredPermit> byNumber, Map<String, Set<String>> earlierDeclarations,
            List<RegisteredPermit> issuedInPeriod) {
    }

    /** The discrepancies in record order, and the permits issued in the period that no record cites (information). */
    public record Outcome(List<Discrepancy> discrepancies, List<UnusedPermit> unusedPermits) {
    }

    public Outcome reconcile(List<ExportRecord> records, Register register) {
        return new Run(records, register, species.get()).reconcile();
    }

    /** The state of one run; every map is keyed so that each record costs a few hash lookups. */
    private final class Run {

        private final List<ExportRecord> records;
        private final Map<String, RegisteredPermit> byNumber;
        private final Map<String, Set<String>> earlier;
        private final List<RegisteredPermit> issuedInPeriod;
        private final SpeciesList list;
        private final List<Discrepancy> found = new ArrayList<>();
        /** The names a record's species answers to, per name as written (a file holds few distinct names). */
        private final Map<String, List<String>> namesOf = new HashMap<>();
        /** Per permit: its lines' normalized names and limits, computed once. */
        private final Map<String, PermitState> permits = new HashMap<>();
        /** Records whose permit has a problem of its own: they get that discrepancy only. */
        private final Set<ExportRecord> permitProblem = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Set<String> cited = new HashSet<>();

        Run(List<ExportRecord> records, Register register, SpeciesList list) {
            this.records = records;
            this.byNumber = register.byNumber() == null ? Map.of() : register.byNumber();
            this.earlier = register.earlierDeclarations() == null ? Map.of() : register.earlierDeclarations();
            this.issuedInPeriod = register.issuedInPeriod() == null ? List.of() : register.issuedInPeriod();
            this.list = list;
        }

        Outcome reconcile() {
            // Quantities add up in the order the goods left: by declaration date, then by line.
            List<ExportRecord> ordered = new ArrayList<>(records);
            ordered.sort(Comparator.comparing(ExportRecord::date, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparingInt(ExportRecord::line));
            for (ExportRecord r : ordered) {
                check(r);
            }
            for (PermitState p : permits.values()) {
                p.reportExcess();
                p.reportSeveralDeclarations();
            }
            found.sort(Comparator.comparingInt((Discrepancy d) -> d.record().line())
                    .thenComparing(Discrepancy::code));
            return new Outcome(List.copyOf(found), unused());
        }

        private void check(ExportRecord r) {
            String number = r.permitNumber() == null || r.permitNumber().isBlank() ? null : r.permitNumber().trim();
            if (number == null) {
                found.add(new Discrepancy(DiscrepancyCode.RECORD_WITHOUT_PERMIT_NUMBER, r, null, null,
                        "Declaration " + r.declarationNumber() + " cites no permit for " + r.scientificName() + "."));
                return;
            }
            cited.add(number);
            RegisteredPermit permit = byNumber.get(number);
            if (permit == null) {
                found.add(new Discrepancy(DiscrepancyCode.PERMIT_NOT_IN_REGISTER, r, number, null,
                        "Permit " + number + " is not in the register."));
                return;
            }
            PermitState state = permits.computeIfAbsent(number, n -> new PermitState(permit));
            state.declaration(r);
            if (permitProblem(r, permit, number)) {
                permitProblem.add(r);
                return;
            }
            List<String> names = namesOf.computeIfAbsent(r.scientificName(), this::taxonNames);
            state.charge(r, names);
        }

        /** Cancelled, expired or not yet valid on the declaration date: the one discrepancy such a record gets. */
        private boolean permitProblem(ExportRecord r, RegisteredPermit p, String number) {
            LocalDate date = r.date();
            if (date == null) {
                return false;
            }
            if (p.status() == PermitStatus.CANCELLED) {
                // A permit cancelled after the declaration was good on that day; without a date it counts as cancelled.
                LocalDate cancelledOn = p.cancelledAt() == null ? null
                        : p.cancelledAt().atZoneSameInstant(timeZone).toLocalDate();
                if (cancelledOn == null || !cancelledOn.isAfter(date)) {
                    found.add(new Discrepancy(DiscrepancyCode.PERMIT_CANCELLED, r, number, null,
                            "Permit " + number + " was cancelled" + (cancelledOn == null ? "" : " on " + cancelledOn)
                                    + ", before declaration " + r.declarationNumber() + " of " + date + "."));
                    return true;
                }
            }
            if (p.validUntil() != null && date.isAfter(p.validUntil())) {
                found.add(new Discrepancy(DiscrepancyCode.PERMIT_EXPIRED, r, number, null,
                        "Permit " + number + " was valid until " + p.validUntil() + "; declaration "
                                + r.declarationNumber() + " is of " + date + "."));
                return true;
            }
            LocalDate from = latest(p.validFrom(), p.issuedOn());
            if (from != null && date.isBefore(from)) {
                found.add(new Discrepancy(DiscrepancyCode.PERMIT_NOT_YET_VALID, r, number, null,
                        "Permit " + number + " is valid from " + from + "; declaration " + r.declarationNumber()
                                + " is of " + date + "."));
                return true;
            }
            return false;
        }

        /**
         * The names a species answers to on a permit, most specific first: its own, its binomial, the list's
         * accepted name, its genus and its family (as the permit check matches them).
         */
        private List<String> taxonNames(String name) {
            String n = normalize(name);
            List<String> names = new ArrayList<>(5);
            if (n.isEmpty()) {
                return names;
            }
            names.add(n);
            String[] words = n.split(" ");
            if (words.length > 2) {
                names.add(words[0] + " " + words[1]);
            }
            Optional<Taxon> taxon = list.resolve(name);
            taxon.map(t -> normalize(t.scientificName())).filter(t -> !names.contains(t)).ifPresent(names::add);
            if (!names.contains(words[0])) {
                names.add(words[0]);
            }
            list.familyOf(name).filter(f -> !names.contains(f)).ifPresent(names::add);
            return names;
        }

        private List<UnusedPermit> unused() {
            return issuedInPeriod.stream()
                    .filter(p -> !cited.contains(p.number()))
                    .filter(p -> earlier.getOrDefault(p.number(), Set.of()).isEmpty())
                    .sorted(Comparator.comparing(RegisteredPermit::issuedOn,
                            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(RegisteredPermit::number))
                    .map(p -> new UnusedPermit(p.number(), p.issuedOn(), p.validUntil(), p.holder()))
                    .toList();
        }

        /** One cited permit: its lines with what the run charged to them, and the declarations that cite it. */
        private final class PermitState {

            private final RegisteredPermit permit;
            private final LineState[] lines;
            /** This run's declarations citing the permit, each with its first record (by date, then line). */
            private final Map<String, ExportRecord> declarations = new LinkedHashMap<>();

            PermitState(RegisteredPermit permit) {
                this.permit = permit;
                List<RegisteredPermit.Line> given = permit.lines() == null ? List.of() : permit.lines();
                this.lines = new LineState[given.size()];
                for (int i = 0; i < lines.length; i++) {
                    lines[i] = new LineState(given.get(i));
                }
            }

            /** Records arrive by date, then line, so the first one seen is the declaration's first. */
            void declaration(ExportRecord r) {
                declarations.putIfAbsent(r.declarationNumber(), r);
            }

            /**
             * Charges the record to the most specific permit line of its species and term (then the first such line)
             * whose unit is in the record's dimension. When no such line is in its dimension, the record's quantity
             * cannot be compared: a discrepancy to review, like the others.
             */
            void charge(ExportRecord r, List<String> names) {
                LineState sameTerm = null;
                int sameTermRank = Integer.MAX_VALUE;
                boolean sameTaxon = false;
                for (LineState l : lines) {
                    int rank = names.indexOf(l.name);
                    if (rank < 0) {
                        continue;
                    }
                    sameTaxon = true;
                    if ((r.term() == null || r.term().equals(l.line.term())) && rank < sameTermRank) {
                        sameTerm = l;
                        sameTermRank = rank;
                    }
                }
                if (sameTerm == null) {
                    found.add(new Discrepancy(DiscrepancyCode.SPECIES_NOT_ON_PERMIT, r, permit.number(), null,
                            sameTaxon
                                    ? r.scientificName() + " is on permit " + permit.number() + ", but not as "
                                            + r.term() + "."
                                    : r.scientificName() + " is not on permit " + permit.number() + "."));
                    return;
                }
                Optional<TradeCodes.Measure> measure = codes.measure(r.quantity(), r.unit());
                if (measure.isEmpty()) {
                    return;
                }
                LineState target = null;
                for (LineState l : lines) {
                    if (l.limit != null && names.indexOf(l.name) == sameTermRank
                            && (r.term() == null || r.term().equals(l.line.term()))
                            && l.limit.comparableWith(measure.get())) {
                        target = l;
                        break;
                    }
                }
                if (target != null) {
                    target.add(r, measure.get().baseQuantity());
                } else if (sameTerm.limit != null) {
                    found.add(new Discrepancy(DiscrepancyCode.QUANTITY_NOT_COMPARABLE, r, permit.number(),
                            sameTerm.line.index(), r.scientificName() + " " + Objects.toString(r.term(), "") + ": "
                                    + amount(r) + " on declaration " + r.declarationNumber()
                                    + " cannot be compared with permit " + permit.number() + " line "
                                    + (sameTerm.line.index() + 1) + ", which allows " + sameTerm.inLineUnit(
                                            sameTerm.limit.baseQuantity()) + " (another dimension)."));
                }
            }

            private String amount(ExportRecord r) {
                String figure = r.quantity().stripTrailingZeros().toPlainString();
                return r.unit() == null || r.unit().isBlank() ? figure + " specimen(s)" : figure + " " + r.unit();
            }

            void reportExcess() {
                for (LineState l : lines) {
                    if (l.crossedBy != null) {
                        found.add(new Discrepancy(DiscrepancyCode.QUANTITY_EXCEEDS_PERMIT, l.crossedBy,
                                permit.number(), l.line.index(), l.line.scientificName() + " " + l.line.term() + ": "
                                        + l.inLineUnit(l.total) + " exported on " + l.declarations.size()
                                        + " declaration(s) against permit " + permit.number() + " line "
                                        + (l.line.index() + 1) + ", which allows " + l.inLineUnit(l.limit
                                                .baseQuantity()) + "."));
                    }
                }
            }

            /** Each declaration after the first (earlier runs' come first) cites a document already used. */
            void reportSeveralDeclarations() {
                Set<String> before = earlier.getOrDefault(permit.number(), Set.of());
                List<String> order = new ArrayList<>(new java.util.TreeSet<>(before));
                List<ExportRecord> firsts = new ArrayList<>(declarations.values());
                firsts.sort(Comparator.comparing(ExportRecord::date, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ExportRecord::declarationNumber));
                for (ExportRecord first : firsts) {
                    String declaration = first.declarationNumber();
                    if (before.contains(declaration)) {
                        continue; // the same declaration imported again is not another consignment
                    }
                    if (!order.isEmpty() && !permitProblem.contains(first)) {
                        found.add(new Discrepancy(DiscrepancyCode.PERMIT_ON_SEVERAL_DECLARATIONS, first,
                                permit.number(), null, "Permit " + permit.number() + " was already cited on "
                                        + named(order) + "; declaration " + declaration + " cites it again."));
                    }
                    order.add(declaration);
                }
            }

            private String named(List<String> declarations) {
                int shown = Math.min(NAMED_DECLARATIONS, declarations.size());
                String names = String.join(", ", declarations.subList(0, shown));
                return (declarations.size() == 1 ? "declaration " : "declarations ") + names
                        + (declarations.size() > shown ? " and " + (declarations.size() - shown) + " more" : "");
            }
        }

        private final class LineState {

            final RegisteredPermit.Line line;
            final String name;
            /** The line's quantity in its dimension's base unit; null when its unit is unknown. */
            final TradeCodes.Measure limit;
            BigDecimal total = BigDecimal.ZERO;
            final Set<String> declarations = new HashSet<>();
            ExportRecord crossedBy;

            LineState(RegisteredPermit.Line line) {
                this.line = line;
                this.name = normalize(line.scientificName());
                this.limit = codes.measure(line.quantity(), line.unit()).orElse(null);
            }

            void add(ExportRecord r, BigDecimal base) {
                total = total.add(base);
                declarations.add(r.declarationNumber());
                if (crossedBy == null && total.compareTo(limit.baseQuantity()) > 0) {
                    crossedBy = r;
                }
            }

            /** A base quantity said in the line's unit, e.g. "2.5 KIL" or "11" specimens. */
            String inLineUnit(BigDecimal base) {
                TradeCodes.Unit unit = codes.unit(line.unit()).orElseThrow();
                BigDecimal value = base.divide(unit.factorToBase(), java.math.MathContext.DECIMAL64);
                String figure = value.stripTrailingZeros().toPlainString();
                return unit.code().isEmpty() ? figure : figure + " " + unit.code();
            }
        }
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    static String normalize(String s) {
        return s == null ? "" : WHITESPACE.matcher(s.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
