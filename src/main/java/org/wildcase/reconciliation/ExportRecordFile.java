package org.wildcase.reconciliation;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.wildcase.species.TradeCodes;

/** Reads export record files (CSV or XLSX) and writes their templates. */
@Component
public class ExportRecordFile {

    /** The accepted columns, in template order. */
    public static final List<String> COLUMNS = List.of("declaration_number", "date", "exporter", "permit_number",
            "scientific_name", "term", "quantity", "unit", "country_of_destination");

    public enum Format { CSV, XLSX }

    private final TradeCodes codes;

    ExportRecordFile(TradeCodes codes) {
        this.codes = codes;
    }

    /**
     * Every row of a file, by its name's extension ({@code .csv} or {@code .xlsx}). A file with any bad row yields
     * nothing: it throws {@link org.wildcase.api.InvalidInputException} naming each bad row as
     * {@code lines[N].column} (N the row's line number in the file) with the reason. A row dated outside
     * {@code from}..{@code to} (inclusive) is a bad row.
     */
    public List<ExportRecord> read(String fileName, InputStream content, LocalDate from, LocalDate to) {
        throw new UnsupportedOperationException("being built on branch recon-core");
    }

    /** An empty file with the header row, and one example row, to fill in. */
    public byte[] template(Format format) {
        throw new UnsupportedOperationException("being built on branch recon-core");
    }
}
