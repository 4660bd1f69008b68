package org.wildcase.check;

import org.wildcase.api.Phrase;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.wildcase.permit.RegisteredPermit;
import org.wildcase.species.TradeCodes;

/**
 * A registered document must name each regulated specimen line it covers, in its term (SPECIES_NOT_ON_PERMIT), and
 * the consignment may not take more than a permit line allows (QUANTITY_EXCEEDS_PERMIT): the specimen lines that a
 * permit line covers (same taxon and term) are summed, within one dimension after unit conversion, and the sum is
 * compared with the line's quantity. A document covers one consignment, so the permit line's quantity is the limit
 * and two lines of 2 exceed a permit line of 3. A line whose unit is in no dimension of the permit lines covering it
 * (litres against kilograms, a count against a mass) cannot be compared: QUANTITY_NOT_COMPARABLE.
 */
final class DocumentMustCoverSpeciesAndQuantity implements Rule {

    @Override
    public void check(ShipmentContext s, Findings findings) {
        for (ShipmentContext.Doc doc : s.documents) {
            if (doc.registered.isEmpty()) {
                continue;
            }
            List<RegisteredPermit.Line> permitLines = doc.registered.get().lines();
            Consignment consignment = new Consignment(s.codes, permitLines);
            for (int index : doc.covers) {
                ShipmentContext.Line line = s.line(index);
                if (!line.regulated() || line.specimen.scientificName() == null) {
                    continue;
                }
                List<String> names = line.names();
                List<Integer> sameTaxon = new ArrayList<>();
                List<Integer> matching = new ArrayList<>();
                for (int p = 0; p < permitLines.size(); p++) {
                    RegisteredPermit.Line l = permitLines.get(p);
                    if (names.contains(ShipmentContext.normalize(l.scientificName()))) {
                        sameTaxon.add(p);
                        if (line.specimen.term() == null || l.term().equals(line.specimen.term())) {
                            matching.add(p);
                        }
                    }
                }
                if (matching.isEmpty()) {
                    findings.add(FindingCode.SPECIES_NOT_ON_PERMIT, line.index, doc.index, sameTaxon.isEmpty()
                            ? Phrase.of("explain.SPECIES_NOT_ON_PERMIT", line.name(), doc.label())
                            : Phrase.of("explain.SPECIES_NOT_ON_PERMIT.term", line.name(), doc.label(),
                                    line.specimen.term()));
                    continue;
                }
                Optional<TradeCodes.Measure> shipped = s.codes.measure(line.specimen.quantity(), line.specimen.unit());
                if (shipped.isEmpty()) {
                    continue; // a permit check may leave the quantity out
                }
                List<Integer> comparable = matching.stream()
                        .filter(p -> consignment.limit(p).map(m -> m.comparableWith(shipped.get())).orElse(false))
                        .toList();
                if (comparable.isEmpty()) {
                    findings.add(FindingCode.QUANTITY_NOT_COMPARABLE, line.index, doc.index, Phrase.of(
                            "explain.QUANTITY_NOT_COMPARABLE", line.name(),
                            amount(line.specimen.quantity(), line.specimen.unit()), consignment.described(matching),
                            doc.label()));
                    continue;
                }
                consignment.charge(line.index, shipped.get().baseQuantity(), comparable);
            }
            for (Consignment.Group group : consignment.groups()) {
                if (group.shipped.compareTo(group.allowed) > 0) {
                    RegisteredPermit.Line first = permitLines.get(group.permitLines.first());
                    Phrase message = group.specimenLines.size() > 1
                            ? Phrase.of("explain.QUANTITY_EXCEEDS_PERMIT.lines", first.scientificName(), first.term(),
                                    consignment.inUnitOf(group.shipped, first), group.specimenLines.size(),
                                    doc.label(), consignment.described(group.permitLines))
                            : Phrase.of("explain.QUANTITY_EXCEEDS_PERMIT", first.scientificName(), first.term(),
                                    consignment.inUnitOf(group.shipped, first), doc.label(),
                                    consignment.described(group.permitLines));
                    group.specimenLines.forEach(index -> findings.add(FindingCode.QUANTITY_EXCEEDS_PERMIT, index,
                            doc.index, message));
                }
            }
        }
    }

    /**
     * What one document's consignment takes from its permit lines. Specimen lines charged to overlapping permit lines
     * form one group (a line of a species and one of its subspecies, both on a species' permit line), so that each
     * permit line's quantity limits everything it covers, and nothing is counted twice.
     */
    private static final class Consignment {

        private final TradeCodes codes;
        private final List<RegisteredPermit.Line> permitLines;
        private final int[] parent;
        private final Map<Integer, BigDecimal> shippedByLine = new LinkedHashMap<>();
        private final Map<Integer, Integer> permitLineOf = new LinkedHashMap<>();

        Consignment(TradeCodes codes, List<RegisteredPermit.Line> permitLines) {
            this.codes = codes;
            this.permitLines = permitLines;
            this.parent = new int[permitLines.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
        }

        Optional<TradeCodes.Measure> limit(int permitLine) {
            RegisteredPermit.Line l = permitLines.get(permitLine);
            return codes.measure(l.quantity(), l.unit());
        }

        void charge(int specimenLine, BigDecimal baseQuantity, List<Integer> permitLinesCovering) {
            shippedByLine.put(specimenLine, baseQuantity);
            int root = find(permitLinesCovering.get(0));
            for (int p : permitLinesCovering) {
                parent[find(p)] = root;
            }
            permitLineOf.put(specimenLine, root);
        }

        record Group(TreeSet<Integer> specimenLines, TreeSet<Integer> permitLines, BigDecimal shipped,
                BigDecimal allowed) {
        }

        List<Group> groups() {
            Map<Integer, TreeSet<Integer>> specimens = new LinkedHashMap<>();
            permitLineOf.forEach((line, p) -> specimens.computeIfAbsent(find(p), k -> new TreeSet<>()).add(line));
            List<Group> groups = new ArrayList<>();
            specimens.forEach((root, lines) -> {
                TreeSet<Integer> covering = new TreeSet<>();
                for (int p = 0; p < parent.length; p++) {
                    if (find(p) == root) {
                        covering.add(p);
                    }
                }
                BigDecimal shipped = lines.stream().map(shippedByLine::get).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal allowed = covering.stream().map(p -> limit(p).orElseThrow().baseQuantity())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                groups.add(new Group(lines, covering, shipped, allowed));
            });
            return groups;
        }

        /** Permit lines as "2 specimen(s)" or "1 KIL + 500 GRM". */
        Phrase described(java.util.Collection<Integer> lines) {
            Phrase described = null;
            for (int p : lines) {
                RegisteredPermit.Line l = permitLines.get(p);
                Phrase amount = amount(l.quantity(), l.unit());
                described = described == null ? amount : Phrase.of("explain.plus", described, amount);
            }
            return described;
        }

        /** A base quantity said in a permit line's unit, e.g. "1.2 KIL" or "4 specimen(s)". */
        Phrase inUnitOf(BigDecimal base, RegisteredPermit.Line line) {
            BigDecimal factor = codes.unit(line.unit()).map(TradeCodes.Unit::factorToBase).orElse(BigDecimal.ONE);
            return amount(base.divide(factor, MathContext.DECIMAL64), line.unit());
        }

        private int find(int p) {
            while (parent[p] != p) {
                parent[p] = parent[parent[p]];
                p = parent[p];
            }
            return p;
        }
    }

    private static Phrase amount(BigDecimal quantity, String unit) {
        String amount = quantity.stripTrailingZeros().toPlainString();
        return unit == null || unit.isBlank() ? Phrase.of("explain.amount.specimens", amount)
                : Phrase.of("explain.amount", amount, unit);
    }
}
