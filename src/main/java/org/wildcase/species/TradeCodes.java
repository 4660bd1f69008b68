package org.wildcase.species;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * The term (description) and unit codes of the CITES annual-report guidelines, and conversion of a quantity
 * to its dimension's base unit. Two quantities are comparable only within one dimension.
 */
@Component
public class TradeCodes {

    /** A unit code; a blank code is a number of specimens. */
    public record Unit(String code, String description, String dimension, BigDecimal factorToBase) {
    }

    /** A quantity in its dimension's base unit: grams, millilitres, centimetres, or specimens. */
    public record Measure(String dimension, BigDecimal baseQuantity) {
        public boolean comparableWith(Measure other) {
            return other != null && dimension.equals(other.dimension);
        }
    }

    public static final String MASS = "mass";

    private final Map<String, String> terms;
    private final Map<String, Unit> units;

    public TradeCodes() {
        this.terms = readTerms();
        this.units = readUnits();
    }

    public Map<String, String> terms() {
        return Collections.unmodifiableMap(terms);
    }

    public Map<String, Unit> units() {
        return Collections.unmodifiableMap(units);
    }

    public boolean isTerm(String code) {
        return code != null && terms.containsKey(code);
    }

    /** Whether {@code code} is a unit; null or blank counts as a number of specimens. */
    public boolean isUnit(String code) {
        return units.containsKey(blankToEmpty(code));
    }

    public Optional<Unit> unit(String code) {
        return Optional.ofNullable(units.get(blankToEmpty(code)));
    }

    /** The quantity in its base unit, or empty for an unknown unit. */
    public Optional<Measure> measure(BigDecimal quantity, String unitCode) {
        if (quantity == null) {
            return Optional.empty();
        }
        return unit(unitCode).map(u -> new Measure(u.dimension(), quantity.multiply(u.factorToBase())));
    }

    private static String blankToEmpty(String code) {
        return code == null ? "" : code.trim();
    }

    private static Map<String, String> readTerms() {
        Map<String, String> result = new LinkedHashMap<>();
        for (CSVRecord r : read("data/cites-terms.csv")) {
            result.put(r.get("code").trim(), r.get("description").trim());
        }
        return result;
    }

    private static Map<String, Unit> readUnits() {
        Map<String, Unit> result = new LinkedHashMap<>();
        for (CSVRecord r : read("data/cites-units.csv")) {
            String code = r.get("code").trim();
            String factor = r.get("factor_to_base").trim();
            // Containers and sets have no factor: each code is then a dimension of its own.
            String dimension = factor.isEmpty() ? r.get("dimension").trim() + ":" + code : r.get("dimension").trim();
            result.put(code, new Unit(code, r.get("description").trim(), dimension,
                    factor.isEmpty() ? BigDecimal.ONE : new BigDecimal(factor)));
        }
        return result;
    }

    private static Iterable<CSVRecord> read(String resource) {
        try (InputStream in = TradeCodes.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing reference data " + resource);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
