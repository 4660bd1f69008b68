package org.wildcase.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.wildcase.CaseApi;
import org.wildcase.Requests;

import com.jayway.jsonpath.JsonPath;

/**
 * The directory store, content-addressed on disk, with small limits: a file is kept at its hash's place and read
 * back whole, a file changed on disk is refused, and the file and case limits are 413 with nothing stored.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:evidence-dir-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "wildcase.evidence.store=directory",
        "wildcase.evidence.directory=target/evidence-test",
        "wildcase.evidence.max-file-size=200KB",
        "wildcase.evidence.max-case-size=300KB"})
@AutoConfigureMockMvc
class EvidenceInDirectoryTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    EvidenceStore store;

    @Test
    void a_file_lies_at_its_hash_and_one_changed_on_disk_is_refused() throws Exception {
        assertThat(store).isInstanceOf(DirectoryEvidenceStore.class);
        String n = new CaseApi(mvc).open("officer.bishkek", false);
        byte[] photo = Evidence.jpeg(640, 480, 11);
        String sha = CaseEvidence.sha256(photo);
        String reply = mvc.perform(Evidence.upload("officer.bishkek", n, "crate.jpg", photo, "SPECIMEN_PHOTO"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(reply, "$.id")).longValue();
        Path file = ((DirectoryEvidenceStore) store).pathOf(sha);
        assertThat(file).startsWith(Path.of("target/evidence-test").toAbsolutePath().normalize());
        assertThat(file.getFileName().toString()).isEqualTo(sha);
        assertThat(Files.readAllBytes(file)).isEqualTo(photo);
        try (var parts = Files.list(file.getParent())) {
            assertThat(parts.filter(p -> p.toString().endsWith(".part"))).as("no temporary file left").isEmpty();
        }
        assertThat(mvc.perform(Requests.get("expert", "/api/cases/{n}/attachments/{id}", n, id))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()).isEqualTo(photo);

        byte[] changed = photo.clone();
        changed[100] ^= 0x10;
        Files.write(file, changed);
        try {
            mvc.perform(Requests.get("expert", "/api/cases/{n}/attachments/{id}", n, id))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("evidence-altered")));
        } finally {
            Files.write(file, photo);
        }
    }

    @Test
    void files_and_cases_over_their_limits_are_refused_and_nothing_is_kept() throws Exception {
        String n = new CaseApi(mvc).open("officer.bishkek", false);
        byte[] big = Evidence.pdf("x".repeat(250 * 1024));
        mvc.perform(Evidence.upload("officer.bishkek", n, "big.pdf", big, "DOCUMENT_SCAN"))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("evidence-too-large")));
        assertThat(Files.exists(((DirectoryEvidenceStore) store).pathOf(CaseEvidence.sha256(big)))).isFalse();

        mvc.perform(Evidence.upload("officer.bishkek", n, "a.pdf", Evidence.pdf("a" + "y".repeat(150 * 1024)),
                "DOCUMENT_SCAN")).andExpect(status().isCreated());
        mvc.perform(Evidence.upload("officer.bishkek", n, "b.pdf", Evidence.pdf("b" + "z".repeat(180 * 1024)),
                "DOCUMENT_SCAN")).andExpect(status().isPayloadTooLarge());
        mvc.perform(Requests.get("officer.bishkek", "/api/cases/{n}/attachments", n))
                .andExpect(jsonPath("$.length()").value(1));
    }
}
