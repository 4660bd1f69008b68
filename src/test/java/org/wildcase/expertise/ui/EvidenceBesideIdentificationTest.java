package org.wildcase.expertise.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.wildcase.CaseApi;
import org.wildcase.Requests;
import org.wildcase.casework.CaseTasks;
import org.wildcase.evidence.ui.Gallery;
import org.wildcase.ui.TaskForm;
import org.wildcase.ui.ViewTest;
import org.wildcase.workflow.CaseWorkflow;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Image;

/** The expert sees each line's photos and each document's scans beside them in the identification form. */
class EvidenceBesideIdentificationTest extends ViewTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseTasks tasks;

    @Autowired
    ExpertiseForms forms;

    @Autowired
    CaseWorkflow workflow;

    static byte[] jpeg(int seed) throws Exception {
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        image.setRGB(seed, seed, 0xffffff);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    void attach(String n, byte[] bytes, String kind, String index, String value) throws Exception {
        mvc.perform(Requests.as("officer.bishkek", multipart("/api/cases/{n}/attachments", n)
                .file(new MockMultipartFile("file", "f.jpg", "image/jpeg", bytes)).param("kind", kind)
                .param(index, value).param("caption", kind + " " + value)))
                .andExpect(status().isCreated());
    }

    @Test
    void photos_and_permit_scans_sit_beside_their_line_and_document_and_open_side_by_side() throws Exception {
        String n = new CaseApi(mvc).open("officer.bishkek", false);
        attach(n, jpeg(1), "SPECIMEN_PHOTO", "specimenIndex", "0");
        attach(n, jpeg(2), "DOCUMENT_SCAN", "documentIndex", "0");
        attach(n, jpeg(3), "DOCUMENT_SCAN", "documentIndex", "0");
        login("expert");
        String taskId = workflow.openTaskId(n, "IdentifySpecies").orElseThrow();
        var open = tasks.open(taskId, org.wildcase.expertise.ui.ExpertiseFormsTest.EXPERT);
        TaskForm form = forms.identifySpecies(open.ref(), open.caseFile());
        UI.getCurrent().add(form.content());

        Gallery line = _get(Gallery.class, s -> s.withId("identify-evidence-specimen-0"));
        assertThat(line.getChildren().count()).isEqualTo(1);
        assertThat(_find(Gallery.class, s -> s.withId("identify-evidence-specimen-1"))).isEmpty();
        Gallery permit = _get(Gallery.class, s -> s.withId("identify-evidence-document-0"));
        assertThat(permit.getChildren().count()).as("front and back").isEqualTo(2);

        _click((Button) permit.getChildren().findFirst().orElseThrow());
        Dialog viewer = _get(Dialog.class, s -> { });
        assertThat(_find(viewer, Image.class, s -> { })).extracting(i -> i.getAlt().orElse(""))
                .containsExactly("DOCUMENT_SCAN 0", "DOCUMENT_SCAN 0");
    }
}
