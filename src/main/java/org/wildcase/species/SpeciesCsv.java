package org.wildcase.species;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.wildcase.species.SpeciesImportException.LineError;

/** Reads the species list format of data/README.md, all or nothing: any bad row rejects the whole file. */
final class SpeciesCsv {

    static final List<String> REQUIRED_COLUMNS = List.of("scientific_name", "rank", "family", "appendix",
            "listing_country", "populations_appendix_i", "populations_appendix_ii", "zero_export_quota",
            "zero_quota_exempt_populations", "annotation", "common_en", "common_ru", "common_ky");

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final TradeCodes codes;

    SpeciesCsv(TradeCodes codes) {
        this.codes = codes;
    }

    /** A parsed row with the line it came from. */
    record Row(int line, Taxon taxon) {
    }

    List<Row> parse(byte[] content) {
        String text = decode(content);
        List<LineError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(false).setTrim(true).get();
        try (Reader reader = new StringReader(text); CSVParser parser = format.parse(reader)) {
            List<String> header = parser.getHeaderNames();
            List<String> missing = REQUIRED_COLUMNS.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new SpeciesImportException(List.of(new LineError(1, null, "Missing columns: " + missing)));
            }
            Set<String> seen = new HashSet<>();
            long lastLine = 1;
            for (CSVRecord record : parser) {
                // Blank lines are kept as records so that every line is counted, then skipped here.
                int line = (int) lastLine + 1;
                lastLine = parser.getCurrentLineNumber();
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                Taxon taxon = toTaxon(record, line, errors);
                if (taxon != null) {
                    String key = SpeciesList.normalize(taxon.scientificName());
                    if (!seen.add(key)) {
                        errors.add(new LineError(line, "scientific_name",
                                "'" + taxon.scientificName() + "' appears more than once"));
                    } else {
                        rows.add(new Row(line, taxon));
                    }
                }
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            errors.add(new LineError(0, null, "The file is not valid CSV: " + e.getMessage()));
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new LineError(1, null, "The file holds no species"));
        }
        if (!errors.isEmpty()) {
            throw new SpeciesImportException(errors);
        }
        return rows;
    }

    private Taxon toTaxon(CSVRecord r, int line, List<LineError> errors) {
        if (!r.isConsistent()) {
            errors.add(new LineError(line, null, "has " + r.size() + " columns, the header has "
                    + r.getParser().getHeaderNames().size()));
            return null;
        }
        int before = errors.size();
        String name = r.get("scientific_name").replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            errors.add(new LineError(line, "scientific_name", "is empty"));
        }
        TaxonRank rank = parseEnum(TaxonRank.class, r.get("rank"), line, "rank", errors);
        Appendix appendix = parseEnum(Appendix.class, r.get("appendix"), line, "appendix", errors);
        String listing = blankToNull(r.get("listing_country"));
        if (listing != null && !COUNTRIES.contains(listing)) {
            errors.add(new LineError(line, "listing_country", "'" + listing + "' is not an ISO 3166 alpha-2 code"));
        }
        if (appendix == Appendix.III && listing == null) {
            errors.add(new LineError(line, "listing_country", "is required for Appendix III"));
        }
        Set<String> popI = countries(r.get("populations_appendix_i"), line, "populations_appendix_i", errors);
        Set<String> popII = countries(r.get("populations_appendix_ii"), line, "populations_appendix_ii", errors);
        Set<String> exempt = countries(r.get("zero_quota_exempt_populations"), line,
                "zero_quota_exempt_populations", errors);
        Set<String> quota = words(r.get("zero_export_quota"));
        for (String term : quota) {
            if (!term.equals(Taxon.EVERY_TERM) && !codes.isTerm(term)) {
                errors.add(new LineError(line, "zero_export_quota", "'" + term + "' is not a term code"));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return new Taxon(name, rank, blankToNull(r.get("family")), appendix, listing, popI, popII, quota, exempt,
                blankToNull(r.get("annotation")), blankToNull(r.get("common_en")), blankToNull(r.get("common_ru")),
                blankToNull(r.get("common_ky")));
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, int line, String column,
            List<LineError> errors) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new LineError(line, column, "'" + value + "' is not one of "
                    + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private static Set<String> countries(String value, int line, String column, List<LineError> errors) {
        Set<String> result = words(value);
        for (String c : result) {
            if (!COUNTRIES.contains(c)) {
                errors.add(new LineError(line, column, "'" + c + "' is not an ISO 3166 alpha-2 code"));
            }
        }
        return result;
    }

    private static Set<String> words(String value) {
        Set<String> result = new LinkedHashSet<>();
        for (String w : value.trim().split("[\\s,;]+")) {
            if (!w.isBlank()) {
                result.add(w.trim().toUpperCase(Locale.ROOT));
            }
        }
        return Set.copyOf(result);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new SpeciesImportException(List.of(new LineError(0, null, "The file is not UTF-8 text")));
        }
    }
}
