package org.wildcase.reconciliation;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.wildcase.api.FieldError;
import org.wildcase.api.InvalidInputException;
import org.wildcase.species.CitesSettings;
import org.wildcase.species.TradeCodes;

/** Reads export record files (CSV or XLSX) and writes their templates. */
@Component
public class ExportRecordFile {

    /** The accepted columns, in template order. */
    public static final List<String> COLUMNS = List.of("declaration_number", "date", "exporter", "permit_number",
            "scientific_name", "term", "quantity", "unit", "country_of_destination");

    public enum Format { CSV, XLSX }

    /** Columns a file may leave out; every other one must be there, even when some rows leave it blank. */
    static final Set<String> OPTIONAL_COLUMNS = Set.of("exporter", "unit");
    /** More errors than this are counted, not listed: a wrong file would otherwise answer with a million. */
    static final int MAX_ERRORS = 200;

    private static final int DECLARATION = 0;
    private static final int DATE = 1;
    private static final int EXPORTER = 2;
    private static final int PERMIT = 3;
    private static final int NAME = 4;
    private static final int TERM = 5;
    private static final int QUANTITY = 6;
    private static final int UNIT = 7;
    private static final int COUNTRY = 8;

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Map<String, Integer> COLUMN_BY_KEY = new HashMap<>();

    static {
        for (int i = 0; i < COLUMNS.size(); i++) {
            COLUMN_BY_KEY.put(key(COLUMNS.get(i)), i);
        }
    }

    /** The template's example: a falcon export citing its permit. */
    private static final List<String> EXAMPLE = List.of("41700/151026/0001234", "2026-10-15",
            "Sunkar Falcon Centre LLC", "KG-2026-0042", "Falco cherrug", "LIV", "2", "", "AE");

    private final TradeCodes codes;
    private final Clock clock;
    private final ZoneId timeZone;

    @Autowired
    ExportRecordFile(TradeCodes codes, Clock clock, CitesSettings settings) {
        this(codes, clock, settings.timeZone());
    }

    /** Without a Spring context: for tests and the benchmark. */
    ExportRecordFile(TradeCodes codes, Clock clock, ZoneId timeZone) {
        this.codes = codes;
        this.clock = clock;
        this.timeZone = timeZone;
    }

    /**
     * Every row of a file, by its name's extension ({@code .csv} or {@code .xlsx}). A file with any bad row yields
     * nothing: it throws {@link org.wildcase.api.InvalidInputException} naming each bad row as
     * {@code lines[N].column} (N the row's line number in the file) with the reason. A row dated outside
     * {@code from}..{@code to} (inclusive) is a bad row.
     */
    public List<ExportRecord> read(String fileName, InputStream content, LocalDate from, LocalDate to) {
        Format format = formatOf(fileName);
        Rows rows = new Rows(from, to, LocalDate.now(clock.withZone(timeZone)), format == Format.CSV);
        if (format == Format.CSV) {
            readCsv(content, rows);
        } else {
            readXlsx(content, rows);
        }
        return rows.result();
    }

    /** An empty file with the header row, and one example row, to fill in. */
    public byte[] template(Format format) {
        return format == Format.CSV ? csvTemplate() : xlsxTemplate();
    }

    static Format formatOf(String fileName) {
        String name = fileName == null ? "" : fileName.trim().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Format.CSV;
        }
        if (name.endsWith(".xlsx")) {
            return Format.XLSX;
        }
        throw InvalidInputException.of("file", "The file must be a .csv or .xlsx file");
    }

    /** A header as a key: case, spaces, underscores and hyphens do not count ("Declaration number"). */
    static String key(String header) {
        StringBuilder b = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c != ' ' && c != '_' && c != '-' && c != '\u00a0' && c != '\ufeff' && !Character.isWhitespace(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    // --- CSV ---

    private static void readCsv(InputStream content, Rows rows) {
        try (BufferedInputStream in = new BufferedInputStream(content, 1 << 16)) {
            in.mark(4);
            byte[] start = in.readNBytes(4);
            in.reset();
            if (start.length >= 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4) {
                rows.fileError("The file is a spreadsheet, not CSV text: name it .xlsx");
                return;
            }
            if (start.length >= 3 && (start[0] & 0xff) == 0xEF && (start[1] & 0xff) == 0xBB
                    && (start[2] & 0xff) == 0xBF) {
                in.skipNBytes(3);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)),
                    1 << 16);
            char delimiter = delimiter(reader);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                    .setIgnoreSurroundingSpaces(true).setTrim(true).get();
            try (CSVParser parser = format.parse(reader)) {
                long lastLine = 0;
                boolean header = true;
                for (CSVRecord record : parser) {
                    // Blank lines are kept as records so that every line is counted.
                    int line = (int) lastLine + 1;
                    lastLine = parser.getCurrentLineNumber();
                    String[] values = record.values();
                    if (header) {
                        if (blank(values)) {
                            continue;
                        }
                        rows.header(line, List.of(values));
                        header = false;
                    } else {
                        rows.row(line, values);
                    }
                }
            }
        } catch (CharacterCodingException e) {
            rows.fileError("The file is not UTF-8 text");
        } catch (UncheckedIOException e) {
            rows.fileError(e.getCause() instanceof CharacterCodingException ? "The file is not UTF-8 text"
                    : "The file is not valid CSV: " + e.getMessage());
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            rows.fileError("The file is not valid CSV: " + e.getMessage());
        }
    }

    /** Semicolon when the header line holds more semicolons than commas (outside quotes), else comma. */
    private static char delimiter(BufferedReader reader) throws IOException {
        reader.mark(1 << 16);
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0, c; i < (1 << 16) - 1 && (c = reader.read()) >= 0; i++) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (commas + semicolons > 0) {
                    break;
                }
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        reader.reset();
        return semicolons > commas ? ';' : ',';
    }

    // --- XLSX ---

    private static void readXlsx(InputStream content, Rows rows) {
        try (Workbook workbook = new XSSFWorkbook(content)) {
            if (workbook.getNumberOfSheets() == 0) {
                return;
            }
            Sheet sheet = workbook.getSheetAt(0);
            boolean header = true;
            int width = 0;
            for (Row row : sheet) {
                int line = row.getRowNum() + 1;
                if (header) {
                    List<String> names = new ArrayList<>();
                    for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                        names.add(text(row.getCell(i)));
                    }
                    if (blank(names.toArray(String[]::new))) {
                        continue;
                    }
                    rows.header(line, names);
                    width = names.size();
                    header = false;
                } else {
                    String[] values = new String[Math.max(width, Math.max(0, row.getLastCellNum()))];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = text(row.getCell(i));
                    }
                    rows.row(line, values);
                }
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (Exception e) {
            // POI answers a file that is not a workbook in many ways; each is the sender's problem, not ours.
            rows.fileError("The file is not a readable XLSX workbook");
        }
    }

    /** A cell as text: a date-formatted cell as its ISO date, a number without trailing zeros. */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().trim();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros()
                            .toPlainString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case ERROR -> "#ERROR";
            default -> "";
        };
    }

    // --- rows ---

    private static boolean blank(String[] values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Collects the records and the errors of one file; any error, and nothing is returned. */
    private final class Rows {

        private final LocalDate from;
        private final LocalDate to;
        private final LocalDate today;
        private final boolean decimalComma;
        private final List<ExportRecord> records = new ArrayList<>();
        private final List<FieldError> errors = new ArrayList<>();
        private int errorCount;
        private boolean headerSeen;
        private int headerLine = 1;
        /** For each position in the file, the column it holds; -1 for a blank header cell. */
        private int[] columnAt;
        /** Files repeat their dates and names: each distinct value is parsed and kept once. */
        private final Map<String, Object> dates = new HashMap<>();
        private final List<Map<String, String>> strings = new ArrayList<>();

        Rows(LocalDate from, LocalDate to, LocalDate today, boolean csv) {
            this.from = from;
            this.to = to;
            this.today = today;
            this.decimalComma = csv;
            COLUMNS.forEach(c -> strings.add(new HashMap<>()));
        }

        void fileError(String message) {
            error("file", message);
        }

        void header(int line, List<String> names) {
            headerSeen = true;
            headerLine = line;
            columnAt = new int[names.size()];
            boolean[] present = new boolean[COLUMNS.size()];
            List<FieldError> problems = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i) == null ? "" : names.get(i).trim();
                if (name.isEmpty()) {
                    columnAt[i] = -1;
                    continue;
                }
                Integer column = COLUMN_BY_KEY.get(key(name));
                if (column == null) {
                    problems.add(new FieldError("lines[" + line + "]." + name, "'" + name
                            + "' is not an accepted column; the accepted columns are " + String.join(", ", COLUMNS)));
                    columnAt[i] = -1;
                } else if (present[column]) {
                    problems.add(new FieldError("lines[" + line + "]." + COLUMNS.get(column),
                            "column appears more than once"));
                    columnAt[i] = -1;
                } else {
                    present[column] = true;
                    columnAt[i] = column;
                }
            }
            for (int c = 0; c < COLUMNS.size(); c++) {
                if (!present[c] && !OPTIONAL_COLUMNS.contains(COLUMNS.get(c))) {
                    problems.add(new FieldError("lines[" + line + "]." + COLUMNS.get(c), "column is missing"));
                }
            }
            if (!problems.isEmpty()) {
                throw InvalidInputException.of(problems);
            }
        }

        void row(int line, String[] values) {
            if (blank(values)) {
                return;
            }
            String[] v = new String[COLUMNS.size()];
            for (int i = 0; i < values.length; i++) {
                if (i < columnAt.length && columnAt[i] >= 0) {
                    v[columnAt[i]] = values[i] == null ? "" : values[i].trim();
                } else if (i >= columnAt.length && values[i] != null && !values[i].isBlank()) {
                    error("lines[" + line + "]", "the row has more values than the header has columns");
                    return;
                }
            }
            int before = errorCount;

            String declaration = required(v[DECLARATION], line, DECLARATION, 100);
            LocalDate date = date(v[DATE], line);
            String exporter = optional(v[EXPORTER], line, EXPORTER, 300);
            String permit = optional(v[PERMIT], line, PERMIT, 100);
            String name = required(v[NAME], line, NAME, 200);
            String term = code(v[TERM], line, TERM, true);
            BigDecimal quantity = quantity(v[QUANTITY], line);
            String unit = code(v[UNIT], line, UNIT, false);
            String country = code(v[COUNTRY], line, COUNTRY, true);
            if (errorCount == before && errors.isEmpty()) {
                records.add(new ExportRecord(line, declaration, date, exporter, permit, name, term, quantity, unit,
                        country));
            }
        }

        List<ExportRecord> result() {
            if (!headerSeen && errors.isEmpty()) {
                fileError("The file is empty: it needs a header row with the columns " + String.join(", ", COLUMNS));
            } else if (records.isEmpty() && errors.isEmpty()) {
                fileError("The file holds no export records");
            }
            if (!errors.isEmpty()) {
                List<FieldError> listed = new ArrayList<>(errors);
                if (errorCount > errors.size()) {
                    listed.add(new FieldError("lines", (errorCount - errors.size()) + " more error(s) not listed"));
                }
                throw InvalidInputException.of(listed);
            }
            return records;
        }

        /** Built only for a bad row: most rows are good, and a million concatenations are not free. */
        private static String field(int line, String column) {
            return "lines[" + line + "]." + column;
        }

        private void error(String field, String message) {
            errorCount++;
            if (errors.size() < MAX_ERRORS) {
                errors.add(new FieldError(field, message));
            }
        }

        private String required(String value, int line, int column, int maxLength) {
            if (value == null || value.isEmpty()) {
                error(field(line, COLUMNS.get(column)), "is required");
                return null;
            }
            return limited(value, line, column, maxLength);
        }

        private String optional(String value, int line, int column, int maxLength) {
            return value == null || value.isEmpty() ? null : limited(value, line, column, maxLength);
        }

        private String limited(String value, int line, int column, int maxLength) {
            if (value.length() > maxLength) {
                error(field(line, COLUMNS.get(column)), "is longer than " + maxLength + " characters");
                return null;
            }
            return strings.get(column).computeIfAbsent(value, s -> s);
        }

        private LocalDate date(String value, int line) {
            if (value == null || value.isEmpty()) {
                error(field(line, "date"), "is required");
                return null;
            }
            Object parsed = dates.computeIfAbsent(value, this::parseDate);
            if (parsed instanceof String message) {
                error(field(line, "date"), message);
                return null;
            }
            return (LocalDate) parsed;
        }

        /** The date, or why it is not accepted. */
        private Object parseDate(String value) {
            LocalDate date;
            try {
                date = LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                return "'" + value + "' is not a date in the form YYYY-MM-DD";
            }
            if (from != null && date.isBefore(from) || to != null && date.isAfter(to)) {
                return date + " lies outside the period " + (from == null ? "" : from) + " – " + (to == null ? ""
                        : to);
            }
            if (date.isAfter(today)) {
                return date + " lies in the future";
            }
            return date;
        }

        private BigDecimal quantity(String value, int line) {
            if (value == null || value.isEmpty()) {
                error(field(line, "quantity"), "is required");
                return null;
            }
            String q = value;
            if (decimalComma && q.indexOf(',') >= 0 && q.indexOf('.') < 0 && q.indexOf(',') == q.lastIndexOf(',')) {
                q = q.replace(',', '.'); // "2,5" in a semicolon file, as a spreadsheet in such a locale writes it
            }
            if (!plainDecimal(q)) {
                error(field(line, "quantity"), "'" + value + "' is not a number");
                return null;
            }
            BigDecimal quantity = new BigDecimal(q);
            if (quantity.signum() <= 0) {
                error(field(line, "quantity"), "must be greater than 0");
                return null;
            }
            return quantity;
        }

        /** Digits with at most one point and an optional minus: no exponent, no grouping, bounded length. */
        private static boolean plainDecimal(String s) {
            int start = s.startsWith("-") ? 1 : 0;
            boolean digit = false;
            boolean point = false;
            if (s.length() > 30) {
                return false;
            }
            for (int i = start; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= '0' && c <= '9') {
                    digit = true;
                } else if (c == '.' && !point) {
                    point = true;
                } else {
                    return false;
                }
            }
            return digit;
        }

        /** A term, unit or country code, upper-cased; a blank unit is a number of specimens. */
        private String code(String value, int line, int column, boolean required) {
            if (value == null || value.isEmpty()) {
                if (required) {
                    error(field(line, COLUMNS.get(column)), "is required");
                }
                return null;
            }
            String cached = strings.get(column).get(value);
            if (cached == null) {
                String code = value.toUpperCase(Locale.ROOT);
                boolean known = switch (column) {
                    case TERM -> codes.isTerm(code);
                    case UNIT -> codes.isUnit(code);
                    default -> COUNTRIES.contains(code);
                };
                if (!known) {
                    error(field(line, COLUMNS.get(column)), "'" + value + "' is not " + switch (column) {
                        case TERM -> "a CITES term code";
                        case UNIT -> "a CITES unit code";
                        default -> "an ISO 3166 alpha-2 country code";
                    });
                    return null;
                }
                strings.get(column).put(value, code);
                cached = code;
            }
            return cached;
        }
    }

    // --- templates ---

    private static byte[] csvTemplate() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            printer.printRecord(COLUMNS);
            printer.printRecord(EXAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] xlsxTemplate() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Export records");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            Row example = sheet.createRow(1);
            for (int i = 0; i < COLUMNS.size(); i++) {
                Cell h = header.createCell(i);
                h.setCellValue(COLUMNS.get(i));
                h.setCellStyle(headerStyle);
                sheet.setColumnWidth(i, 22 * 256);
                Cell cell = example.createCell(i);
                if (i == DATE) {
                    cell.setCellValue(LocalDate.parse(EXAMPLE.get(i)));
                    cell.setCellStyle(dateStyle);
                } else if (i == QUANTITY) {
                    cell.setCellValue(Double.parseDouble(EXAMPLE.get(i)));
                } else if (!EXAMPLE.get(i).isEmpty()) {
                    cell.setCellValue(EXAMPLE.get(i));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
