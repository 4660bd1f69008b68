package org.wildcase.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.wildcase.CaseApi;
import org.wildcase.Requests;
import org.wildcase.WildcaseTest;

import com.jayway.jsonpath.JsonPath;

/**
 * Evidence over REST on the default store (the database): upload with its hash, read-back checked against it,
 * thumbnails, who may add and see, type by content, the same bytes twice, retraction, and tampered bytes refused.
 */
@WildcaseTest
class EvidenceApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    String newCase() throws Exception {
        return new CaseApi(mvc).open("officer.bishkek", false);
    }

    long upload(String user, String n, byte[] bytes, String kind) throws Exception {
        String body = mvc.perform(Evidence.upload(user, n, "falcon.jpg", bytes, kind).param("specimenIndex", "0")
                .param("caption", "Saker falcon in the crate"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void a_photo_is_kept_with_its_hash_read_back_whole_and_has_a_thumbnail() throws Exception {
        String n = newCase();
        byte[] photo = Evidence.jpeg(1600, 1200, 1);
        String sha = CaseEvidence.sha256(photo);
        String reply = mvc.perform(Evidence.upload("officer.bishkek", n, "C:\\camera\\IMG_0001.JPG", photo,
                "SPECIMEN_PHOTO").param("specimenIndex", "0").param("caption", "Saker falcon in the crate"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern(
                        "/api/cases/" + n + "/attachments/\\d+")))
                .andExpect(jsonPath("$.kind").value("SPECIMEN_PHOTO"))
                .andExpect(jsonPath("$.fileName").value("IMG_0001.JPG"))
                .andExpect(jsonPath("$.contentType").value("image/jpeg"))
                .andExpect(jsonPath("$.size").value(photo.length))
                .andExpect(jsonPath("$.sha256").value(sha))
                .andExpect(jsonPath("$.uploadedBy").value("officer.bishkek"))
                .andExpect(jsonPath("$.specimenIndex").value(0))
                .andExpect(jsonPath("$.caption").value("Saker falcon in the crate"))
                .andExpect(jsonPath("$.retracted").value(false))
                .andExpect(jsonPath("$.thumbnail").value(true))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(reply, "$.id")).longValue();

        byte[] back = mvc.perform(Requests.get("expert", "/api/cases/{n}/attachments/{id}", n, id))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("ETag", "\"" + sha + "\""))
                .andExpect(header().string("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(
                        java.security.MessageDigest.getInstance("SHA-256").digest(photo))))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(back).isEqualTo(photo);

        byte[] thumbnail = mvc.perform(Requests.get("officer.bishkek", "/api/cases/{n}/attachments/{id}/thumbnail",
                n, id)).andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/jpeg"))
                .andReturn().getResponse().getContentAsByteArray();
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumbnail));
        assertThat(small.getWidth()).isEqualTo(320);
        assertThat(small.getHeight()).isEqualTo(240);

        mvc.perform(Requests.get("officer.bishkek", "/api/cases/{n}/attachments", n))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].sha256").value(sha));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ATTACHMENT_ADDED' and case_number = :n")
                .param("n", n).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_case_file_lists_its_files_and_exhibits_and_its_pdf_names_each_hash() throws Exception {
        String n = newCase();
        byte[] photo = Evidence.jpeg(400, 300, 31);
        upload("officer.bishkek", n, photo, "SPECIMEN_PHOTO");
        mvc.perform(Requests.get("expert", "/api/cases/{n}", n))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.attachments[0].sha256").value(CaseEvidence.sha256(photo)))
                .andExpect(jsonPath("$.attachments[0].kind").value("SPECIMEN_PHOTO"))
                .andExpect(jsonPath("$.exhibits[0].number").value(n + "/E1"))
                .andExpect(jsonPath("$.exhibits[0].specimenIndex").value(0))
                .andExpect(jsonPath("$.exhibits[0].holder").value("BIS"))
                .andExpect(jsonPath("$.exhibits[1].number").value(n + "/E2"));
        byte[] pdf = mvc.perform(Requests.get("manager", "/api/cases/{n}/file.pdf", n)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        int images = 0;
        try {
            var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
                var resources = reader.getPageN(page).getAsDict(com.lowagie.text.pdf.PdfName.RESOURCES);
                var xobjects = resources == null ? null : resources.getAsDict(com.lowagie.text.pdf.PdfName.XOBJECT);
                images += xobjects == null ? 0 : xobjects.size();
            }
        } finally {
            reader.close();
        }
        assertThat(images).as("the specimen photo printed as an image").isEqualTo(1);
        assertThat(text.toString().replaceAll("\\s+", "")).contains(CaseEvidence.sha256(photo))
                .contains(n + "/E1");
    }

    @Test
    void a_phones_exif_tells_when_where_and_with_what_the_photo_was_taken() throws Exception {
        String n = newCase();
        byte[] photo = Exif.into(Evidence.jpeg(640, 480, 41), "Samsung", "Galaxy A54", "2026:11:20 09:31:00",
                42.874621, 74.569762);
        mvc.perform(Evidence.upload("officer.bishkek", n, "IMG.jpg", photo, "SPECIMEN_PHOTO"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.camera").value("Samsung Galaxy A54"))
                .andExpect(jsonPath("$.capturedAt").value(org.hamcrest.Matchers.startsWith("2026-11-20")))
                .andExpect(jsonPath("$.latitude").value(org.hamcrest.Matchers.closeTo(42.874621, 0.0001)))
                .andExpect(jsonPath("$.longitude").value(org.hamcrest.Matchers.closeTo(74.569762, 0.0001)))
                .andExpect(jsonPath("$.thumbnail").value(true));
    }

    @Test
    void only_the_units_officer_the_expert_and_the_legal_officer_add_and_other_units_see_nothing() throws Exception {
        String n = newCase();
        mvc.perform(Evidence.upload("officer.osh", n, "a.jpg", Evidence.jpeg(100, 80, 2), "SPECIMEN_PHOTO"))
                .andExpect(status().isNotFound());
        mvc.perform(Requests.get("officer.osh", "/api/cases/{n}/attachments", n)).andExpect(status().isNotFound());
        mvc.perform(Evidence.upload("manager", n, "a.jpg", Evidence.jpeg(100, 80, 3), "SPECIMEN_PHOTO"))
                .andExpect(status().isForbidden());
        long byExpert = upload("expert", n, Evidence.jpeg(100, 80, 4), "SPECIMEN_PHOTO");
        mvc.perform(Requests.get("officer.osh", "/api/cases/{n}/attachments/{id}", n, byExpert))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_file_is_typed_by_its_content_and_bad_fields_store_nothing() throws Exception {
        String n = newCase();
        mvc.perform(Evidence.upload("officer.bishkek", n, "permit.jpg", "just text, not a photo".getBytes(),
                "DOCUMENT_SCAN"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("evidence-type")));
        mvc.perform(Evidence.upload("officer.bishkek", n, "scan.pdf", Evidence.pdf("scan"), null))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(Evidence.upload("officer.bishkek", n, "scan.pdf", Evidence.pdf("scan"), "DOCUMENT_SCAN")
                .param("documentIndex", "7"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("documentIndex"));
        mvc.perform(Evidence.upload("officer.bishkek", n, "scan.pdf", Evidence.pdf("scan"), "GENERATED_DOCUMENT"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from case_attachment a join seizure_case c on c.id = a.case_id "
                + "where c.case_number = :n").param("n", n).query(Long.class).single()).isZero();

        String pdf = mvc.perform(Evidence.upload("officer.bishkek", n, "scan.pdf", Evidence.pdf("front"),
                "DOCUMENT_SCAN").param("documentIndex", "0"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andExpect(jsonPath("$.thumbnail").value(false)).andReturn().getResponse().getContentAsString();
        mvc.perform(Requests.get("officer.bishkek", "/api/cases/{n}/attachments/{id}/thumbnail", n,
                JsonPath.read(pdf, "$.id"))).andExpect(status().isNotFound());
        mvc.perform(Evidence.upload("officer.bishkek", n, "transparent.png", Evidence.png(640, 480, 5),
                "CONCEALMENT_PHOTO")).andExpect(status().isCreated()).andExpect(jsonPath("$.thumbnail").value(true));
    }

    @Test
    void the_same_bytes_twice_name_the_attachment_that_has_them() throws Exception {
        String n = newCase();
        byte[] photo = Evidence.jpeg(200, 100, 6);
        long first = upload("officer.bishkek", n, photo, "SPECIMEN_PHOTO");
        mvc.perform(Evidence.upload("expert", n, "again.jpg", photo, "SPECIMEN_PHOTO"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.attachmentId").value(first));
    }

    @Test
    void a_wrong_file_is_retracted_with_a_reason_and_stays_readable_for_managers() throws Exception {
        String n = newCase();
        long id = upload("officer.bishkek", n, Evidence.jpeg(200, 100, 7), "SPECIMEN_PHOTO");
        mvc.perform(Requests.post("officer.bishkek", "/api/cases/{n}/attachments/{id}/retract", "{}", n, id))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(Requests.post("expert", "/api/cases/{n}/attachments/{id}/retract",
                "{\"reason\": \"not mine\"}", n, id)).andExpect(status().isForbidden());
        mvc.perform(Requests.post("officer.bishkek", "/api/cases/{n}/attachments/{id}/retract",
                "{\"reason\": \"Photo of another consignment\"}", n, id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.retracted").value(true))
                .andExpect(jsonPath("$.retractedBy").value("officer.bishkek"))
                .andExpect(jsonPath("$.retractionReason").value("Photo of another consignment"));
        mvc.perform(Requests.get("officer.bishkek", "/api/cases/{n}/attachments", n))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(Requests.get("manager", "/api/cases/{n}/attachments", n).param("retracted", "true"))
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].retracted").value(true));
        mvc.perform(Requests.get("officer.bishkek", "/api/cases/{n}/attachments/{id}", n, id))
                .andExpect(status().isNotFound());
        mvc.perform(Requests.get("manager", "/api/cases/{n}/attachments/{id}", n, id)).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from case_attachment where id = :id").param("id", id)
                .query(Long.class).single()).as("never deleted").isEqualTo(1);
    }

    @Test
    void bytes_changed_in_the_store_are_refused_and_the_refusal_is_audited() throws Exception {
        String n = newCase();
        byte[] photo = Evidence.jpeg(300, 200, 8);
        long id = upload("officer.bishkek", n, photo, "SPECIMEN_PHOTO");
        byte[] changed = photo.clone();
        changed[changed.length / 2] ^= 0x01;
        jdbc.sql("update evidence_blob set content = :c where sha256 = :h").param("c", changed)
                .param("h", CaseEvidence.sha256(photo)).update();

        mvc.perform(Requests.get("expert", "/api/cases/{n}/attachments/{id}", n, id))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("evidence-altered")));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ATTACHMENT_READ_REFUSED' "
                + "and case_number = :n").param("n", n).query(Long.class).single()).isEqualTo(1);
        mvc.perform(Requests.get("admin", "/api/incidents/evidence"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].caseNumber").value(n))
                .andExpect(jsonPath("$.content[0].who").value("expert"));
        mvc.perform(Requests.get("manager", "/api/incidents/evidence")).andExpect(status().isForbidden());
    }
}
