package org.wildcase.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.wildcase.permit.RegisteredPermit;
import org.wildcase.species.TradeCodes;

/**
 * A registered document must name each regulated specimen line it covers, in its term (SPECIES_NOT_ON_PERMIT), and
 * the line's quantity may not exceed the permit line's (QUANTITY_EXCEEDS_PERMIT), compared within one dimension
 * after unit conversion. A document covers one consignment, so the permit line's quantity is the limit.
 */
final class DocumentMustCoverSpeciesAndQuantity implements Rule {

    @Override
    public void check(ShipmentContext s, Findings findings) {
        for (ShipmentContext.Doc doc : s.documents) {
            if (doc.registered.isEmpty()) {
                continue;
            }
            for (int index : doc.covers) {
                ShipmentContext.Line line = s.line(index);
                if (!line.regulated() || line.specimen.scientificName() == null) {
                    continue;
                }
                List<String> names = line.names();
                List<RegisteredPermit.Line> sameTaxon = doc.registered.get().lines().stream()
                        .filter(l -> names.contains(ShipmentContext.normalize(l.scientificName())))
                        .toList();
                List<RegisteredPermit.Line> matching = sameTaxon.stream()
                        .filter(l -> line.specimen.term() == null || l.term().equals(line.specimen.term()))
                        .toList();
                if (matching.isEmpty()) {
                    findings.add(FindingCode.SPECIES_NOT_ON_PERMIT, line.index, doc.index, sameTaxon.isEmpty()
                            ? line.name() + " is not on " + doc.label() + "."
                            : line.name() + " is on " + doc.label() + ", but not as " + line.specimen.term() + ".");
                    continue;
                }
                exceeds(s.codes, line, matching).ifPresent(limit -> findings.add(FindingCode.QUANTITY_EXCEEDS_PERMIT,
                        line.index, doc.index, line.name() + ": " + line.specimen.quantity().stripTrailingZeros()
                                .toPlainString() + unit(line.specimen.unit()) + " shipped, " + doc.label()
                                + " allows " + limit + "."));
            }
        }
    }

    /** The permitted quantity when the specimen line exceeds it; empty when within it or not comparable. */
    private static Optional<String> exceeds(TradeCodes codes, ShipmentContext.Line line,
            List<RegisteredPermit.Line> permitLines) {
        Optional<TradeCodes.Measure> shipped = codes.measure(line.specimen.quantity(), line.specimen.unit());
        if (shipped.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal allowed = BigDecimal.ZERO;
        boolean comparable = false;
        StringBuilder described = new StringBuilder();
        for (RegisteredPermit.Line l : permitLines) {
            Optional<TradeCodes.Measure> permitted = codes.measure(l.quantity(), l.unit());
            if (permitted.isPresent() && permitted.get().comparableWith(shipped.get())) {
                allowed = allowed.add(permitted.get().baseQuantity());
                comparable = true;
                described.append(described.isEmpty() ? "" : " + ").append(l.quantity().toPlainString())
                        .append(unit(l.unit()));
            }
        }
        if (comparable && shipped.get().baseQuantity().compareTo(allowed) > 0) {
            return Optional.of(described.toString());
        }
        return Optional.empty();
    }

    private static String unit(String unit) {
        return unit == null || unit.isBlank() ? " specimen(s)" : " " + unit;
    }
}
