package org.wildcase.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.wildcase.CaseApi;
import org.wildcase.EmbeddedPostgresDatabase;
import org.wildcase.Requests;

import com.jayway.jsonpath.JsonPath;

/** Evidence in PostgreSQL's bytea (embedded binaries, {@code postgres} profile): kept, read back, tampering caught. */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("postgres")
@Import(EmbeddedPostgresDatabase.class)
@AutoConfigureMockMvc
class EvidenceOnPostgresTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_photo_is_kept_in_bytea_read_back_whole_and_a_changed_one_refused() throws Exception {
        assertThat(jdbc.sql("select data_type from information_schema.columns where table_name = 'evidence_blob' "
                + "and column_name = 'content'").query(String.class).single()).isEqualTo("bytea");
        String n = new CaseApi(mvc).open("officer.bishkek", false);
        byte[] photo = Evidence.jpeg(1200, 900, 21);
        String reply = mvc.perform(Evidence.upload("officer.bishkek", n, "crate.jpg", photo, "SPECIMEN_PHOTO"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.thumbnail").value(true))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(reply, "$.id")).longValue();
        assertThat(mvc.perform(Requests.get("expert", "/api/cases/{n}/attachments/{id}", n, id))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()).isEqualTo(photo);

        jdbc.sql("update evidence_blob set content = :c where sha256 = :h").param("c", new byte[] {1, 2, 3})
                .param("h", CaseEvidence.sha256(photo)).update();
        mvc.perform(Requests.get("expert", "/api/cases/{n}/attachments/{id}", n, id))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("evidence-altered")));
    }
}
