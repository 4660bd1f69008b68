package org.wildcase.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.wildcase.CaseApi;
import org.wildcase.Requests;
import org.wildcase.WildcaseTest;

import com.jayway.jsonpath.JsonPath;

/**
 * The Annual Illegal Trade Report over REST, read back with POI. The cases are seized in 2024, a year no other test
 * uses, so the report of that year holds exactly these.
 */
@WildcaseTest
class AnnualIllegalTradeReportApiTest {

    static final List<String> HEADER = List.of("Case number", "Date of seizure", "Species (scientific name)",
            "Description of specimen", "Term", "Quantity", "Unit", "Detecting agency", "Location of incident",
            "Method of detection", "Reason for seizure", "Mode of transport", "Method of concealment",
            "Alleged country of origin", "Countries of transit", "Alleged final destination",
            "Nationality of offenders", "Estimated value amount", "Estimated value currency",
            "Law under which charges were brought", "Sanctions", "Disposal of confiscated specimens",
            "Additional information", "Data may be shared with ICCWC partners");
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Made once per application context (its database is shared by the test classes using it). */
    static final Map<Object, Cases> MADE = new java.util.concurrent.ConcurrentHashMap<>();

    Cases made;

    record Cases(String closed, String open, String withdrawn, String released, String otherYear,
            String nextYearAtHome) {
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    CaseApi api;

    @BeforeEach
    void cases() throws Exception {
        api = new CaseApi(mvc);
        made = MADE.get(context);
        if (made == null) {
            made = new Cases(closedCase(), open("2024-01-01T02:00:00+06:00", 1), withdrawnCase(), releasedCase(),
                    open("2023-06-01T10:00:00+06:00", 1),
                    // 2024-12-31 in UTC, but 2025 at home: not in the 2024 report.
                    open("2025-01-01T00:30:00+06:00", 1));
            MADE.put(context, made);
        }
    }

    static String registration(String seizedAt, int lines) {
        String second = lines < 2 ? "" : """
                ,{"description": "Snow leopard skin", "scientificName": "Panthera", "term": "SKI", "quantity": 1,
                  "source": "W"}""";
        return """
                {"seizedAt": "%s", "location": "Manas International Airport, cargo terminal",
                 "direction": "EXPORT", "transportMode": "AIR", "conveyance": "FZ 1234", "purpose": "T", "source": "W",
                 "detectionMethod": "XRAY", "reasonForSeizure": "No CITES permit", "concealment": "Sports bags",
                 "route": {"origin": "KG", "transit": ["KZ", "UZ"], "destination": "AE"},
                 "estimatedValue": {"amount": 40000, "currency": "USD"}, "shareWithIccwc": false,
                 "parties": [{"role": "CONSIGNOR", "name": "Trade LLC", "nationality": "CN"},
                             {"role": "SUSPECT", "name": "Иван Петров", "nationality": "KZ"},
                             {"role": "SUSPECT", "name": "B. Person", "nationality": "KZ"}],
                 "specimens": [{"description": "Live falcons", "scientificName": "Falco cherrug", "term": "LIV",
                                "quantity": 4, "live": true, "countryOfOrigin": "KG",
                                "estimatedValue": {"amount": 1000, "currency": "EUR"}}%s],
                 "documents": [{"type": "EXPORT_PERMIT", "number": "KG-AITR-UNREGISTERED", "issuingCountry": "KG",
                                "original": true}]}
                """.formatted(seizedAt, second);
    }

    String open(String seizedAt, int lines) throws Exception {
        MockHttpServletResponse r = mvc.perform(Requests.post("officer.bishkek", "/api/cases",
                registration(seizedAt, lines))).andExpect(status().isCreated()).andReturn().getResponse();
        return JsonPath.read(r.getContentAsString(), "$.caseNumber");
    }

    /** Two lines, an administrative penalty paid, a disposal per line carried out. */
    String closedCase() throws Exception {
        String n = open("2024-03-15T10:00:00+06:00", 2);
        api.complete("expert", n, "IdentifySpecies", """
                {"identifications": [{"specimenIndex": 1, "scientificName": "Panthera uncia", "quantity": 1}],
                 "conclusion": "VIOLATION", "opinion": "Falcons and a snow leopard skin without permits"}""")
                .andExpect(status().isOk());
        api.complete("officer.bishkek", n, "RecordLiveSpecimenCare", """
                {"facility": "Bishkek rescue centre", "keeper": "K. Keeper",
                 "placedAt": "2024-03-15T12:00:00+06:00"}""")
                .andExpect(status().isOk());
        api.complete("lawyer", n, "QualifyOffence", """
                {"qualification": "ADMINISTRATIVE", "legalBasis": "Code of Offences, Art. 305"}""")
                .andExpect(status().isOk());
        api.complete("lawyer", n, "RecordPenalty", """
                {"protocolNumber": "P-2024-7", "fine": {"amount": 50000, "currency": "KGS"}, "confiscation": true,
                 "paymentDue": "2024-04-15", "recordedOn": "2024-04-01"}""").andExpect(status().isOk());
        api.complete("lawyer", n, "RecordPayment", """
                {"paidOn": "2024-04-10", "amount": {"amount": 50000, "currency": "KGS"}}""").andExpect(status().isOk());
        api.complete("expert", n, "DecideDisposal", """
                {"disposals": [{"specimenIndex": 0, "method": "RESCUE_CENTRE", "destination": "Bishkek rescue centre"},
                               {"specimenIndex": 1, "quantity": 1, "method": "EVIDENCE_STORAGE"}]}""")
                .andExpect(status().isOk());
        api.complete("officer.bishkek", n, "RecordDisposal", """
                {"completedOn": "2024-05-02", "note": "Handed over"}""")
                .andExpect(jsonPath("$.status").value("CLOSED"));
        return n;
    }

    String withdrawnCase() throws Exception {
        String n = open("2024-06-01T10:00:00+06:00", 1);
        mvc.perform(Requests.post("manager", "/api/cases/{n}/withdraw", "{\"reason\": \"Registered twice\"}", n))
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));
        return n;
    }

    String releasedCase() throws Exception {
        String n = open("2024-07-01T10:00:00+06:00", 1);
        api.complete("expert", n, "IdentifySpecies", "{\"conclusion\": \"NO_VIOLATION\"}").andExpect(status().isOk());
        api.complete("officer.bishkek", n, "ReleaseConsignment", "{}").andExpect(jsonPath("$.status")
                .value("RELEASED"));
        return n;
    }

    XSSFWorkbook download(String year) throws Exception {
        byte[] bytes = mvc.perform(Requests.get("manager", "/api/reports/aitr").param("year", year))
                .andExpect(status().isOk())
                .andExpect(content().contentType(XLSX))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"aitr-" + year + ".xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();
        CaseFilePdfApiTest.keepSample("aitr-" + year + ".xlsx", bytes);
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static List<String> texts(Row row) {
        DataFormatter f = new DataFormatter();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < HEADER.size(); i++) {
            Cell cell = row.getCell(i);
            texts.add(cell == null ? "" : f.formatCellValue(cell));
        }
        return texts;
    }

    static String cell(Row row, String column) {
        return texts(row).get(HEADER.indexOf(column));
    }

    @Test
    void a_manager_downloads_the_year_with_one_row_per_specimen_line_of_each_reported_seizure() throws Exception {
        try (XSSFWorkbook book = download("2024")) {
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = book.getSheetAt(0);
            assertThat(texts(sheet.getRow(0))).isEqualTo(HEADER);
            // Two lines of the closed case and one of the open case; withdrawn, released and other years left out.
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            Map<String, List<Row>> byCase = new HashMap<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                byCase.computeIfAbsent(sheet.getRow(r).getCell(0).getStringCellValue(), k -> new ArrayList<>())
                        .add(sheet.getRow(r));
            }
            assertThat(byCase.keySet()).containsExactlyInAnyOrder(made.closed(), made.open());
            // In order of seizure: the open case was seized on New Year's night.
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(made.open());

            Row falcons = byCase.get(made.closed()).get(0);
            Row skin = byCase.get(made.closed()).get(1);
            Cell date = falcons.getCell(1);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 15));
            assertThat(cell(falcons, "Species (scientific name)")).isEqualTo("Falco cherrug");
            assertThat(cell(skin, "Species (scientific name)")).as("the expert's identification")
                    .isEqualTo("Panthera uncia");
            assertThat(cell(falcons, "Term")).isEqualTo("LIV");
            assertThat(falcons.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(falcons.getCell(5).getNumericCellValue()).isEqualTo(4.0);
            assertThat(cell(falcons, "Unit")).isEmpty();
            assertThat(cell(falcons, "Detecting agency"))
                    .isEqualTo("State Customs Service of the Kyrgyz Republic — Port Control Unit Bishkek");
            assertThat(cell(falcons, "Method of detection")).isEqualTo("X-ray");
            assertThat(cell(falcons, "Mode of transport")).isEqualTo("Air");
            assertThat(cell(falcons, "Method of concealment")).isEqualTo("Sports bags");
            assertThat(cell(falcons, "Alleged country of origin")).isEqualTo("KG");
            assertThat(cell(falcons, "Countries of transit")).isEqualTo("KZ, UZ");
            assertThat(cell(falcons, "Alleged final destination")).isEqualTo("AE");
            assertThat(cell(falcons, "Nationality of offenders")).as("suspects only, once each").isEqualTo("KZ");
            assertThat(falcons.getCell(17).getNumericCellValue()).as("the line's own value").isEqualTo(1000.0);
            assertThat(cell(falcons, "Estimated value currency")).isEqualTo("EUR");
            assertThat(skin.getCell(17).getNumericCellValue()).as("the case's value").isEqualTo(40000.0);
            assertThat(cell(skin, "Estimated value currency")).isEqualTo("USD");
            assertThat(cell(falcons, "Law under which charges were brought")).isEqualTo("Code of Offences, Art. 305");
            assertThat(cell(falcons, "Sanctions")).isEqualTo(
                    "Administrative: fine 50000 KGS (protocol P-2024-7), paid on 2024-04-10; specimens confiscated");
            assertThat(cell(falcons, "Disposal of confiscated specimens"))
                    .isEqualTo("Rescue centre 4 (Bishkek rescue centre); carried out on 2024-05-02");
            assertThat(cell(skin, "Disposal of confiscated specimens"))
                    .isEqualTo("Kept as evidence 1; carried out on 2024-05-02");
            assertThat(cell(falcons, "Additional information"))
                    .startsWith("Live specimens. Expert conclusion violation")
                    .contains("snow leopard skin without permits");
            assertThat(cell(skin, "Additional information")).doesNotContain("Live");
            assertThat(cell(falcons, "Data may be shared with ICCWC partners")).isEqualTo("No");

            Row open = byCase.get(made.open()).get(0);
            assertThat(open.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 1, 1));
            assertThat(cell(open, "Sanctions")).isEqualTo("pending");
            assertThat(cell(open, "Disposal of confiscated specimens")).isEqualTo("pending");
            assertThat(cell(open, "Law under which charges were brought")).isEmpty();
            assertThat(cell(open, "Additional information")).contains("Case open (expertise)");
        }
    }

    @Test
    void other_years_have_their_own_seizures() throws Exception {
        try (XSSFWorkbook book = download("2023")) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(made.otherYear());
        }
        try (XSSFWorkbook book = download("2025")) {
            List<String> numbers = new ArrayList<>();
            Sheet sheet = book.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                numbers.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(numbers).contains(made.nextYearAtHome());
        }
    }

    @Test
    void only_managers_get_the_report() throws Exception {
        for (String user : List.of("officer.bishkek", "expert", "lawyer", "permits", "admin", "integration")) {
            mvc.perform(Requests.get(user, "/api/reports/aitr").param("year", "2024"))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
        // Authorization before validation.
        mvc.perform(Requests.get("officer.bishkek", "/api/reports/aitr").param("year", "abc"))
                .andExpect(status().isForbidden());
        mvc.perform(Requests.get(null, "/api/reports/aitr").param("year", "2024"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void a_missing_or_invalid_year_is_a_400_on_the_year_field() throws Exception {
        int next = LocalDate.now(java.time.ZoneId.of("Asia/Bishkek")).getYear() + 1;
        for (String year : new String[] {"abc", "", "24", "20245", "1974", String.valueOf(next)}) {
            mvc.perform(Requests.get("manager", "/api/reports/aitr").param("year", year))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.errors[0].field").value("year"));
        }
        mvc.perform(Requests.get("manager", "/api/reports/aitr"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
    }

    @Test
    void the_report_and_the_case_pdf_are_in_the_openapi_document() throws Exception {
        mvc.perform(Requests.get(null, "/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/reports/aitr'].get.parameters[0].name").value("year"))
                .andExpect(jsonPath("$.paths['/api/cases/{caseNumber}/file.pdf'].get").exists());
    }
}
