package org.wildcase.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.wildcase.api.FieldError;
import org.wildcase.api.InvalidInputException;
import org.wildcase.species.TradeCodes;

/** Export record files: CSV and XLSX, all or nothing, each bad row named by its line. */
class ExportRecordFileTest {

    private static final LocalDate FROM = LocalDate.of(2026, 10, 1);
    private static final LocalDate TO = LocalDate.of(2026, 10, 31);
    private static final String HEADER = "declaration_number,date,exporter,permit_number,scientific_name,term,"
            + "quantity,unit,country_of_destination\n";

    private final ExportRecordFile file = new ExportRecordFile(new TradeCodes(),
            Clock.fixed(Instant.parse("2026-11-27T06:00:00Z"), ZoneOffset.UTC), ZoneId.of("Asia/Bishkek"));

    private List<ExportRecord> readCsv(String text) {
        return file.read("records.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), FROM, TO);
    }

    private List<FieldError> errorsOf(Runnable reading) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, reading::run);
        assertThat(e).as("the file is refused").isNotNull();
        return e.errors();
    }

    private List<FieldError> csvErrors(String text) {
        return errorsOf(() -> readCsv(text));
    }

    private static FieldError error(String field, String message) {
        return new FieldError(field, message);
    }

    @Nested
    class Csv {

        @Test
        void a_good_file_yields_every_record_with_its_line_number() {
            List<ExportRecord> records = readCsv("\ufeff" + HEADER
                    + "D-1,2026-10-15,\"Sunkar, LLC\",KG-2026-0042,Falco cherrug,LIV,2,,ae\n"
                    + "\n"
                    + ",,,,,,,,\n"
                    + "D-2,2026-10-31,,,Acipenser baerii,cav,1.5,kil,CN\n");

            assertThat(records).containsExactly(
                    new ExportRecord(2, "D-1", LocalDate.of(2026, 10, 15), "Sunkar, LLC", "KG-2026-0042",
                            "Falco cherrug", "LIV", new BigDecimal("2"), null, "AE"),
                    new ExportRecord(5, "D-2", LocalDate.of(2026, 10, 31), null, null, "Acipenser baerii", "CAV",
                            new BigDecimal("1.5"), "KIL", "CN"));
        }

        @Test
        void a_semicolon_file_is_read_with_a_decimal_comma() {
            List<ExportRecord> records = readCsv(HEADER.replace(',', ';')
                    + "D-1;2026-10-15;Sunkar;KG-2026-0042;Acipenser baerii;CAV;2,5;KIL;AE\r\n"
                    + "D-2;2026-10-16;\"A; B\";KG-2026-0043;Falco cherrug;LIV;1;;AE\r\n");

            assertThat(records).extracting(ExportRecord::line, ExportRecord::quantity, ExportRecord::exporter)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(2, new BigDecimal("2.5"), "Sunkar"),
                            org.assertj.core.groups.Tuple.tuple(3, new BigDecimal("1"), "A; B"));
        }

        @Test
        void headers_match_regardless_of_case_spaces_underscores_hyphens_and_order_and_optional_columns_may_be_absent() {
            List<ExportRecord> records = readCsv("Country of Destination, Declaration Number,DATE,permit-number,"
                    + "Scientific_Name,Term,Quantity\n"
                    + "AE,D-1,2026-10-15,KG-2026-0042,Falco cherrug,LIV,3\n");

            assertThat(records).containsExactly(new ExportRecord(2, "D-1", LocalDate.of(2026, 10, 15), null,
                    "KG-2026-0042", "Falco cherrug", "LIV", new BigDecimal("3"), null, "AE"));
        }

        @Test
        void a_missing_required_column_is_reported_on_the_header_line() {
            assertThat(csvErrors("declaration_number,date,permit_number,scientific_name,term,country_of_destination\n"
                    + "D-1,2026-10-15,KG-2026-0042,Falco cherrug,LIV,AE\n"))
                    .containsExactly(error("lines[1].quantity", "column is missing"));
        }

        @Test
        void an_unknown_column_is_reported_with_the_accepted_ones() {
            List<FieldError> errors = csvErrors(HEADER.replace("\n", ",remarks\n")
                    + "D-1,2026-10-15,,KG-2026-0042,Falco cherrug,LIV,2,,AE,none\n");

            assertThat(errors).extracting(FieldError::field).containsExactly("lines[1].remarks");
            assertThat(errors.get(0).message()).contains("declaration_number, date, exporter");
        }

        @Test
        void every_bad_row_is_reported_with_its_line_number_and_reason() {
            String longText = "x".repeat(301);
            List<FieldError> errors = csvErrors(HEADER
                    + "D-1,2026-10-15,,KG-1,Falco cherrug,LIV,2,,AE\n"
                    + ",2026-10-15,,KG-1,Falco cherrug,LIV,2,,AE\n"
                    + "D-3,15.10.2026,,KG-1,Falco cherrug,LIV,2,,AE\n"
                    + "D-4,2026-09-30,,KG-1,Falco cherrug,LIV,2,,AE\n"
                    + "D-5,,,KG-1,Falco cherrug,LIV,2,,AE\n"
                    + "D-6,2026-10-15," + longText + ",KG-1,Falco cherrug,LIV,2,,AE\n"
                    + "D-7,2026-10-15,,KG-1,,LIV,2,,AE\n"
                    + "D-8,2026-10-15,,KG-1,Falco cherrug,XYZ,2,,AE\n"
                    + "D-9,2026-10-15,,KG-1,Falco cherrug,,2,,AE\n"
                    + "D-10,2026-10-15,,KG-1,Falco cherrug,LIV,0,,AE\n"
                    + "D-11,2026-10-15,,KG-1,Falco cherrug,LIV,-1,,AE\n"
                    + "D-12,2026-10-15,,KG-1,Falco cherrug,LIV,two,,AE\n"
                    + "D-13,2026-10-15,,KG-1,Falco cherrug,LIV,1e3,,AE\n"
                    + "D-14,2026-10-15,,KG-1,Falco cherrug,LIV,,,AE\n"
                    + "D-15,2026-10-15,,KG-1,Falco cherrug,LIV,2,KGS,AE\n"
                    + "D-16,2026-10-15,,KG-1,Falco cherrug,LIV,2,,XX\n"
                    + "D-17,2026-10-15,,KG-1,Falco cherrug,LIV,2,,\n"
                    + "D" + "9".repeat(100) + ",2026-10-15,,KG-1,Falco cherrug,LIV,2,,AE\n"
                    + "D-19,2026-02-30,,KG-1,Falco cherrug,LIV,2,,AE\n"
                    + "D-20,2026-10-15,,KG-1,Falco cherrug,LIV,2,,AE,extra\n");

            assertThat(errors).containsExactly(
                    error("lines[3].declaration_number", "is required"),
                    error("lines[4].date", "'15.10.2026' is not a date in the form YYYY-MM-DD"),
                    error("lines[5].date", "2026-09-30 lies outside the period 2026-10-01 – 2026-10-31"),
                    error("lines[6].date", "is required"),
                    error("lines[7].exporter", "is longer than 300 characters"),
                    error("lines[8].scientific_name", "is required"),
                    error("lines[9].term", "'XYZ' is not a CITES term code"),
                    error("lines[10].term", "is required"),
                    error("lines[11].quantity", "must be greater than 0"),
                    error("lines[12].quantity", "must be greater than 0"),
                    error("lines[13].quantity", "'two' is not a number"),
                    error("lines[14].quantity", "'1e3' is not a number"),
                    error("lines[15].quantity", "is required"),
                    error("lines[16].unit", "'KGS' is not a CITES unit code"),
                    error("lines[17].country_of_destination", "'XX' is not an ISO 3166 alpha-2 country code"),
                    error("lines[18].country_of_destination", "is required"),
                    error("lines[19].declaration_number", "is longer than 100 characters"),
                    error("lines[20].date", "'2026-02-30' is not a date in the form YYYY-MM-DD"),
                    error("lines[21]", "the row has more values than the header has columns"));
        }

        @Test
        void a_date_after_today_in_the_home_time_zone_is_in_the_future() {
            // 06:00 UTC on the 27th is noon in Bishkek: the 28th lies ahead.
            List<FieldError> errors = errorsOf(() -> file.read("r.csv", new ByteArrayInputStream((HEADER
                    + "D-1,2026-11-27,,KG-1,Falco cherrug,LIV,2,,AE\n"
                    + "D-2,2026-11-28,,KG-1,Falco cherrug,LIV,2,,AE\n").getBytes(StandardCharsets.UTF_8)),
                    FROM, LocalDate.of(2026, 12, 31)));

            assertThat(errors).containsExactly(error("lines[3].date", "2026-11-28 lies in the future"));
        }

        @Test
        void a_line_number_counts_the_lines_of_a_quoted_value_that_spans_several() {
            List<FieldError> errors = csvErrors(HEADER
                    + "D-1,2026-10-15,\"Sunkar\nFalcons\",KG-1,Falco cherrug,LIV,2,,AE\n"
                    + "D-2,2026-10-15,,KG-1,Falco cherrug,LIV,2,,XX\n");

            assertThat(errors).extracting(FieldError::field).containsExactly("lines[4].country_of_destination");
        }

        @Test
        void a_file_with_one_bad_row_yields_no_records() {
            List<FieldError> errors = csvErrors(HEADER
                    + "D-1,2026-10-15,,KG-1,Falco cherrug,LIV,2,,AE\n"
                    + "D-2,2026-10-15,,KG-1,Falco cherrug,LIV,2,,AE\n"
                    + "D-3,2026-10-15,,KG-1,Falco cherrug,LIV,2,,ZZ\n");

            assertThat(errors).containsExactly(
                    error("lines[4].country_of_destination", "'ZZ' is not an ISO 3166 alpha-2 country code"));
        }

        @Test
        void more_than_two_hundred_errors_are_counted_not_listed() {
            StringBuilder text = new StringBuilder(HEADER);
            for (int i = 0; i < 250; i++) {
                text.append("D-").append(i).append(",2026-10-15,,KG-1,Falco cherrug,LIV,2,,XX\n");
            }
            List<FieldError> errors = csvErrors(text.toString());

            assertThat(errors).hasSize(201);
            assertThat(errors.get(0).field()).isEqualTo("lines[2].country_of_destination");
            assertThat(errors.get(200)).isEqualTo(error("lines", "50 more error(s) not listed"));
        }

        @Test
        void a_file_with_a_header_and_no_rows_is_refused() {
            assertThat(csvErrors(HEADER + "\n,,,,,,,,\n"))
                    .containsExactly(error("file", "The file holds no export records"));
        }

        @Test
        void an_empty_file_is_refused() {
            assertThat(csvErrors("")).extracting(FieldError::field).containsExactly("file");
        }

        @Test
        void text_that_is_not_utf_8_is_refused() {
            byte[] latin1 = (HEADER + "D-1,2026-10-15,Müller,KG-1,Falco cherrug,LIV,2,,AE\n")
                    .getBytes(StandardCharsets.ISO_8859_1);

            assertThat(errorsOf(() -> file.read("r.csv", new ByteArrayInputStream(latin1), FROM, TO)))
                    .containsExactly(error("file", "The file is not UTF-8 text"));
        }

        @Test
        void a_spreadsheet_named_csv_is_refused() throws IOException {
            byte[] xlsx = workbook(sheet -> row(sheet, 0, ExportRecordFile.COLUMNS.toArray()));

            assertThat(errorsOf(() -> file.read("r.csv", new ByteArrayInputStream(xlsx), FROM, TO)))
                    .extracting(FieldError::field).containsExactly("file");
        }
    }

    @Nested
    class Xlsx {

        @Test
        void a_good_workbook_yields_every_record_with_its_row_number() throws IOException {
            byte[] xlsx = workbook(sheet -> {
                row(sheet, 0, "Declaration number", "Date", "Exporter", "Permit number", "Scientific name", "Term",
                        "Quantity", "Unit", "Country of destination");
                row(sheet, 1, "D-1", LocalDate.of(2026, 10, 15), "Sunkar", "KG-2026-0042", "Falco cherrug", "LIV",
                        2.0, null, "AE");
                // row 3 left out: a blank row
                row(sheet, 3, 41700123.0, "2026-10-16", null, null, "Acipenser baerii", "CAV", 0.25, "KIL", "cn");
            });

            List<ExportRecord> records = file.read("Records.XLSX", new ByteArrayInputStream(xlsx), FROM, TO);

            assertThat(records).containsExactly(
                    new ExportRecord(2, "D-1", LocalDate.of(2026, 10, 15), "Sunkar", "KG-2026-0042",
                            "Falco cherrug", "LIV", new BigDecimal("2"), null, "AE"),
                    new ExportRecord(4, "41700123", LocalDate.of(2026, 10, 16), null, null, "Acipenser baerii",
                            "CAV", new BigDecimal("0.25"), "KIL", "CN"));
        }

        @Test
        void a_bad_row_is_named_by_its_spreadsheet_row_number() throws IOException {
            byte[] xlsx = workbook(sheet -> {
                row(sheet, 0, ExportRecordFile.COLUMNS.toArray());
                row(sheet, 1, "D-1", LocalDate.of(2026, 10, 15), null, "KG-1", "Falco cherrug", "LIV", 2.0, null,
                        "AE");
                row(sheet, 6, "D-2", 46000.0, null, "KG-1", "Falco cherrug", "LIV", -2.0, null, "AE");
            });

            assertThat(errorsOf(() -> file.read("r.xlsx", new ByteArrayInputStream(xlsx), FROM, TO)))
                    .containsExactly(error("lines[7].date", "'46000' is not a date in the form YYYY-MM-DD"),
                            error("lines[7].quantity", "must be greater than 0"));
        }

        @Test
        void a_file_that_is_not_a_workbook_is_refused() {
            byte[] text = (HEADER + "D-1,2026-10-15,,KG-1,Falco cherrug,LIV,2,,AE\n").getBytes(StandardCharsets.UTF_8);

            assertThat(errorsOf(() -> file.read("r.xlsx", new ByteArrayInputStream(text), FROM, TO)))
                    .containsExactly(error("file", "The file is not a readable XLSX workbook"));
            assertThat(errorsOf(() -> file.read("r.xlsx", new ByteArrayInputStream(new byte[0]), FROM, TO)))
                    .extracting(FieldError::field).containsExactly("file");
        }

        @Test
        void an_empty_workbook_is_refused() throws IOException {
            byte[] xlsx = workbook(sheet -> { });

            assertThat(errorsOf(() -> file.read("r.xlsx", new ByteArrayInputStream(xlsx), FROM, TO)))
                    .extracting(FieldError::field).containsExactly("file");
        }
    }

    @Test
    void a_file_that_is_neither_csv_nor_xlsx_is_refused() {
        assertThat(errorsOf(() -> file.read("records.xls", new ByteArrayInputStream(new byte[10]), FROM, TO)))
                .containsExactly(error("file", "The file must be a .csv or .xlsx file"));
        assertThat(errorsOf(() -> file.read(null, new ByteArrayInputStream(new byte[10]), FROM, TO)))
                .extracting(FieldError::field).containsExactly("file");
    }

    @Test
    void each_template_holds_the_columns_and_an_example_that_reads_back() {
        ExportRecord example = new ExportRecord(2, "41700/151026/0001234", LocalDate.of(2026, 10, 15),
                "Sunkar Falcon Centre LLC", "KG-2026-0042", "Falco cherrug", "LIV", new BigDecimal("2"), null, "AE");

        byte[] csv = file.template(ExportRecordFile.Format.CSV);
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith(String.join(",", ExportRecordFile.COLUMNS));
        assertThat(file.read("template.csv", new ByteArrayInputStream(csv), FROM, TO)).containsExactly(example);

        byte[] xlsx = file.template(ExportRecordFile.Format.XLSX);
        assertThat(file.read("template.xlsx", new ByteArrayInputStream(xlsx), FROM, TO)).containsExactly(example);
    }

    // --- building workbooks ---

    private interface SheetWriter {
        void write(Sheet sheet);
    }

    private static byte[] workbook(SheetWriter writer) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            writer.write(workbook.createSheet("Records"));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        CellStyle dateStyle = sheet.getWorkbook().createCellStyle();
        dateStyle.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("dd.mm.yyyy"));
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (v instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(dateStyle);
            } else if (v instanceof Double n) {
                cell.setCellValue(n);
            } else {
                cell.setCellValue(v.toString());
            }
        }
    }
}
