package org.wildcase.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wildcase.reconciliation.RunFixture.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.wildcase.Requests;
import org.wildcase.WildcaseTest;
import org.wildcase.permit.PermitRegister;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code /api/reconciliations} and the ReviewDiscrepancies task through {@code /api/tasks}, with the real security
 * chain: who may import, read and decide, the problems of bad files and bodies, and what a decision leads to.
 */
@WildcaseTest
class ReconciliationApiTest {

    static final String PROBLEM = "application/problem+json";

    @Autowired
    MockMvc mvc;

    @Autowired
    PermitRegister register;

    @Autowired
    ObjectMapper json;

    final RunFixture fixture = new RunFixture();

    MockHttpServletRequestBuilder upload(String user, String name, byte[] content, String from, String to) {
        var b = multipart("/api/reconciliations");
        if (content != null) {
            b.file(new MockMultipartFile("file", name, "application/octet-stream", content));
        }
        if (from != null) {
            b.param("periodFrom", from);
        }
        if (to != null) {
            b.param("periodTo", to);
        }
        return Requests.as(user, b);
    }

    MockHttpServletRequestBuilder upload(String user, String text) {
        return upload(user, "records.csv", text.getBytes(StandardCharsets.UTF_8), "2026-10-01", "2026-10-31");
    }

    JsonNode body(MockHttpServletRequestBuilder request, int status) throws Exception {
        return json.readTree(mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString());
    }

    /** A run imported in Bishkek with two discrepancies; its number. */
    String badRun() throws Exception {
        return body(upload("officer.bishkek", csv(fixture.good(fixture.permit(register)), fixture.twoBad())), 201)
                .get("number").asText();
    }

    List<String> discrepancyIds(String run) throws Exception {
        JsonNode page = body(Requests.get("permits", "/api/reconciliations/{n}/discrepancies", run), 200);
        List<String> ids = new java.util.ArrayList<>();
        page.get("content").forEach(d -> ids.add(d.get("id").asText()));
        return ids;
    }

    String reviewTask(String run) throws Exception {
        JsonNode tasks = body(Requests.get("permits", "/api/tasks").param("caseNumber", run), 200);
        assertThat(tasks.get("content")).hasSize(1);
        assertThat(tasks.get("content").get(0).get("taskKey").asText()).isEqualTo("ReviewDiscrepancies");
        return tasks.get("content").get(0).get("taskId").asText();
    }

    @Test
    void a_customs_officer_uploads_a_csv_file_and_reads_the_run() throws Exception {
        String permit = fixture.permit(register);
        mvc.perform(upload("officer.bishkek", csv(fixture.good(permit), fixture.twoBad())))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/reconciliations/REC-")))
                .andExpect(jsonPath("$.unit").value("BIS"))
                .andExpect(jsonPath("$.records").value(3))
                .andExpect(jsonPath("$.discrepancies").value(2))
                .andExpect(jsonPath("$.undecided").value(2))
                .andExpect(jsonPath("$.status").value("UNDER_REVIEW"))
                .andExpect(jsonPath("$.reviewTaskId").isNotEmpty());
        String run = body(Requests.get("officer.bishkek", "/api/reconciliations").param("size", "1"), 200)
                .get("content").get(0).get("number").asText();

        mvc.perform(Requests.get("officer.bishkek", "/api/reconciliations"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.totalElements").isNumber())
                .andExpect(jsonPath("$.content[*].number", hasItem(run)));
        mvc.perform(Requests.get("officer.bishkek", "/api/reconciliations/{n}", run))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(run))
                .andExpect(jsonPath("$.fileName").value("records.csv"))
                .andExpect(jsonPath("$.unusedPermitList").isArray());
        mvc.perform(Requests.get("manager", "/api/reconciliations/{n}/discrepancies", run)
                .param("code", "PERMIT_NOT_IN_REGISTER").param("undecided", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].code").value("PERMIT_NOT_IN_REGISTER"))
                .andExpect(jsonPath("$.content[0].record.line").value(4))
                .andExpect(jsonPath("$.content[0].record.destination").value("CN"))
                .andExpect(jsonPath("$.content[0].message").isNotEmpty());
        mvc.perform(Requests.get("permits", "/api/reconciliations/{n}/discrepancies", run).param("size", "501"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void a_record_in_kilograms_against_a_line_counting_specimens_is_quantity_not_comparable_and_is_reviewed()
            throws Exception {
        String permit = fixture.permit(register);
        String run = body(upload("permits", csv("D4-" + fixture.id + ",2026-10-10,Sunkar Falcon Centre LLC," + permit
                + ",Falco cherrug,LIV,2,KIL,AE\n")), 201).get("number").asText();

        JsonNode page = body(Requests.get("permits", "/api/reconciliations/{n}/discrepancies", run)
                .param("code", "QUANTITY_NOT_COMPARABLE"), 200);
        assertThat(page.get("totalElements").asInt()).isEqualTo(1);
        JsonNode found = page.get("content").get(0);
        assertThat(found.get("permitLine").asInt()).isZero();
        assertThat(found.get("message").asText()).contains("2 KIL").contains("another dimension");
        assertThat(found.path("decision").asText(null)).as("undecided").isNull();
        String task = reviewTask(run);
        mvc.perform(Requests.post("permits", "/api/tasks/{id}/complete", """
                {"decisions": [{"discrepancyId": "%s", "decision": "ACCEPTED", "reason": "Two birds of 1 kg each"}]}"""
                .formatted(found.get("id").asText()), task)).andExpect(status().isOk());
        mvc.perform(Requests.get("permits", "/api/reconciliations/{n}", run))
                .andExpect(jsonPath("$.undecided").value(0));
    }

    @Test
    void a_permit_officer_uploads_an_xlsx_file() throws Exception {
        String permit = fixture.permit(register);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("records");
            String[][] rows = {ExportRecordFile.COLUMNS.toArray(String[]::new),
                    {"X1-" + fixture.id, "2026-10-10", "Sunkar Falcon Centre LLC", permit, "Falco cherrug", "LIV",
                            "2", "", "AE"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
        }

        mvc.perform(upload("permits", "records.xlsx", out.toByteArray(), "2026-10-01", "2026-10-31"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.records").value(1))
                .andExpect(jsonPath("$.discrepancies").value(0))
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.unit").doesNotExist())
                .andExpect(jsonPath("$.fileName").value("records.xlsx"));
    }

    @Test
    void a_bad_file_is_a_400_naming_its_lines() throws Exception {
        mvc.perform(upload("permits", csv(fixture.twoBad(), "D9,2026-11-12,X,P,Falco cherrug,LIV,many,,AE\n")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[*].field", hasItem("lines[4].quantity")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("lines[4].date")));
    }

    @Test
    void missing_or_invalid_parameters_are_400_field_errors() throws Exception {
        mvc.perform(upload("permits", "records.csv", null, null, "soon"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[*].field", hasItem("file")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("periodFrom")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("periodTo")));
        mvc.perform(upload("permits", "records.csv", csv(fixture.twoBad()).getBytes(StandardCharsets.UTF_8),
                "2026-10-31", "2026-10-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("periodTo"));
    }

    @Test
    void the_templates_download_for_the_import_roles_and_managers() throws Exception {
        for (String user : List.of("officer.osh", "permits", "manager")) {
            mvc.perform(Requests.get(user, "/api/reconciliations/template.csv"))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Disposition", startsWith("attachment")))
                    .andExpect(content().string(startsWith("declaration_number")));
        }
        mvc.perform(Requests.get("permits", "/api/reconciliations/template.xlsx"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        mvc.perform(Requests.get("expert", "/api/reconciliations/template.csv")).andExpect(status().isForbidden());
    }

    @Test
    void a_permit_officer_completes_the_review_through_the_task_endpoints() throws Exception {
        String run = badRun();
        List<String> ids = discrepancyIds(run);
        String task = reviewTask(run);

        mvc.perform(Requests.post("permits", "/api/tasks/{id}/claim", null, task)).andExpect(status().isOk());
        mvc.perform(Requests.post("permits", "/api/tasks/{id}/unclaim", null, task)).andExpect(status().isOk());
        mvc.perform(Requests.post("permits", "/api/tasks/{id}/complete", """
                {"decisions": [{"discrepancyId": "%s", "decision": "MAYBE"}]}""".formatted(ids.get(0)), task))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("decisions[0].decision"));
        mvc.perform(Requests.post("permits", "/api/tasks/{id}/complete", """
                {"decisions": [{"discrepancyId": "%s", "decision": "ACCEPTED", "reason": "x", "unit": "BIS"}]}"""
                .formatted(ids.get(0)), task))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("decisions[0].unit"))
                .andExpect(jsonPath("$.errors[0].message").value("only for CASE_OPENED"));

        JsonNode after = body(Requests.post("permits", "/api/tasks/{id}/complete", """
                {"decisions": [{"discrepancyId": "%s", "decision": "CASE_OPENED", "unit": "BIS"}]}"""
                .formatted(ids.get(1)), task), 200);

        assertThat(after.get("number").asText()).isEqualTo(run);
        assertThat(after.get("undecided").asInt()).isEqualTo(1);
        String next = reviewTask(run);
        assertThat(next).isNotEqualTo(task).isEqualTo(after.get("reviewTaskId").asText());
        JsonNode decided = body(Requests.get("permits", "/api/reconciliations/{n}/discrepancies", run)
                .param("undecided", "false"), 200).get("content").get(0);
        String caseNumber = decided.get("caseNumber").asText();
        assertThat(caseNumber).startsWith("BIS-");
        mvc.perform(Requests.get("officer.bishkek", "/api/cases/{c}", caseNumber))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("EXPERTISE"))
                .andExpect(jsonPath("$.openTasks[0].taskKey").value("IdentifySpecies"));
        mvc.perform(Requests.get("officer.osh", "/api/cases/{c}", caseNumber)).andExpect(status().isNotFound());
        mvc.perform(Requests.get("expert", "/api/tasks").param("caseNumber", caseNumber))
                .andExpect(jsonPath("$.content[0].taskKey").value("IdentifySpecies"));
        // The task completed is gone: a second completion is a conflict.
        mvc.perform(Requests.post("permits", "/api/tasks/{id}/complete", """
                {"decisions": [{"discrepancyId": "%s", "decision": "ACCEPTED", "reason": "x"}]}"""
                .formatted(ids.get(0)), task)).andExpect(status().isConflict());

        mvc.perform(Requests.post("permits", "/api/tasks/{id}/complete", """
                {"decisions": [{"discrepancyId": "%s", "decision": "ACCEPTED", "reason": "Known exporter"}]}"""
                .formatted(ids.get(0)), next))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.undecided").value(0));
        mvc.perform(Requests.get("permits", "/api/tasks").param("caseNumber", run))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void review_tasks_are_listed_for_permit_officers_only() throws Exception {
        String run = badRun();
        mvc.perform(Requests.get("permits", "/api/tasks").param("taskKey", "ReviewDiscrepancies").param("size", "500"))
                .andExpect(jsonPath("$.content[*].caseNumber", hasItem(run)));
        for (String user : List.of("officer.bishkek", "expert", "lawyer", "manager")) {
            mvc.perform(Requests.get(user, "/api/tasks").param("size", "500"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[*].caseNumber", not(hasItem(run))));
        }
    }

    @Test
    void other_roles_may_not_import_read_or_decide() throws Exception {
        String run = badRun();
        String task = reviewTask(run);
        String body = """
                {"decisions": [{"discrepancyId": "%s", "decision": "ACCEPTED", "reason": "x"}]}"""
                .formatted(discrepancyIds(run).get(0));
        for (String user : List.of("expert", "lawyer", "manager", "admin")) {
            mvc.perform(upload(user, csv(fixture.twoBad()))).andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        }
        for (String user : List.of("expert", "lawyer", "officer.bishkek", "manager")) {
            mvc.perform(Requests.post(user, "/api/tasks/{id}/complete", body, task))
                    .andExpect(status().isForbidden());
            mvc.perform(Requests.post(user, "/api/tasks/{id}/claim", null, task)).andExpect(status().isForbidden());
        }
        for (String user : List.of("expert", "lawyer", "admin")) {
            mvc.perform(Requests.get(user, "/api/reconciliations")).andExpect(status().isForbidden());
            mvc.perform(Requests.get(user, "/api/reconciliations/{n}", run)).andExpect(status().isForbidden());
        }
        mvc.perform(Requests.get("integration", "/api/reconciliations")).andExpect(status().isForbidden());
        // Invalid input from a role that may not import is still a 403: authorization comes first.
        mvc.perform(upload("expert", "records.csv", null, null, null)).andExpect(status().isForbidden());
    }

    @Test
    void anonymous_calls_are_401() throws Exception {
        mvc.perform(Requests.get(null, "/api/reconciliations")).andExpect(status().isUnauthorized());
        mvc.perform(upload(null, csv(fixture.twoBad()))).andExpect(status().isUnauthorized());
        mvc.perform(Requests.get(null, "/api/reconciliations/template.csv")).andExpect(status().isUnauthorized());
    }

    @Test
    void another_units_run_is_not_found() throws Exception {
        String run = badRun();
        mvc.perform(Requests.get("officer.osh", "/api/reconciliations/{n}", run))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(Requests.get("officer.osh", "/api/reconciliations/{n}/discrepancies", run))
                .andExpect(status().isNotFound());
        mvc.perform(Requests.get("permits", "/api/reconciliations/{n}", "REC-1999-00001"))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_openapi_document_describes_the_reconciliation_endpoints() throws Exception {
        JsonNode paths = body(Requests.get(null, "/v3/api-docs"), 200).get("paths");
        assertThat(paths.has("/api/reconciliations")).isTrue();
        assertThat(paths.get("/api/reconciliations").has("post")).isTrue();
        assertThat(paths.get("/api/reconciliations").has("get")).isTrue();
        assertThat(paths.has("/api/reconciliations/{number}")).isTrue();
        assertThat(paths.has("/api/reconciliations/{number}/discrepancies")).isTrue();
        assertThat(paths.has("/api/reconciliations/template.csv")).isTrue();
        assertThat(paths.has("/api/reconciliations/template.xlsx")).isTrue();
    }

    static byte[] bytes(String s) throws IOException {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
