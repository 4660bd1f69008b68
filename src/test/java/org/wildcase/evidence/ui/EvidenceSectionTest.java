package org.wildcase.evidence.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.wildcase.CaseApi;
import org.wildcase.evidence.AttachmentKind;
import org.wildcase.ui.ViewTest;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;

/** The case file's Evidence section: the unit's officer adds a file, everyone who sees the case sees its card. */
class EvidenceSectionTest extends ViewTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    static byte[] photo() throws Exception {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0xff8800);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    @Test
    void the_officer_adds_a_photo_and_the_expert_sees_it_with_its_hash() throws Exception {
        String n = new CaseApi(mvc).open("officer.bishkek", false);
        login("officer.bishkek");
        navigate("cases/" + n);
        EvidenceSection section = _get(EvidenceSection.class, s -> s.withId("case-evidence"));
        assertThat(BasicUtilsKt.get_textRecursively(section)).contains("No files yet");
        _get(Upload.class, s -> s.withId("evidence-upload"));
        section.kind.setValue(AttachmentKind.CONCEALMENT_PHOTO);
        section.caption.setValue("False bottom of the suitcase");
        section.shows.setValue(section.shows.getListDataView().getItems()
                .filter(t -> Integer.valueOf(0).equals(t.specimenIndex())).findFirst().orElseThrow());
        section.received("IMG_2044.JPG", photo());
        assertThat(section.gallery.getChildren().count()).isEqualTo(1);
        assertThat(jdbc.sql("select a.specimen_index from case_attachment a join seizure_case c on c.id = a.case_id "
                + "where c.case_number = :n").param("n", n).query(Integer.class).single())
                .as("linked to the line it shows").isZero();

        login("expert");
        navigate("cases/" + n);
        Div card = (Div) _get(EvidenceSection.class, s -> s.withId("case-evidence")).gallery.getChildren()
                .findFirst().orElseThrow();
        String text = BasicUtilsKt.get_textRecursively(card);
        assertThat(text).contains("IMG_2044.JPG").contains("Photo of the concealment: False bottom of the suitcase")
                .contains("Added by officer.bishkek").contains("SHA-256");
        Image thumbnail = card.getChildren().filter(Image.class::isInstance).map(Image.class::cast).findFirst()
                .orElseThrow();
        assertThat(thumbnail.getAlt()).hasValue("False bottom of the suitcase");
        Span hash = card.getChildren().filter(Span.class::isInstance).map(Span.class::cast)
                .filter(sp -> sp.getText().startsWith("SHA-256")).findFirst().orElseThrow();
        assertThat(hash.getElement().getAttribute("title")).matches("[0-9a-f]{64}");
        // The expert may add files too (a photo at the rescue centre).
        _get(Upload.class, s -> s.withId("evidence-upload"));

        login("manager");
        navigate("cases/" + n);
        _assertNone(Upload.class, s -> s.withId("evidence-upload"));
    }

    @Test
    void a_file_of_another_type_is_refused_and_nothing_is_added() throws Exception {
        String n = new CaseApi(mvc).open("officer.bishkek", false);
        login("officer.bishkek");
        navigate("cases/" + n);
        EvidenceSection section = _get(EvidenceSection.class, s -> s.withId("case-evidence"));
        section.received("notes.jpg", "a text, not a photo".getBytes());
        assertThat(section.gallery.getChildren().count()).isZero();
    }
}
