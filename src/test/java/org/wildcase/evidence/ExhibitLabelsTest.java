package org.wildcase.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.wildcase.CaseApi;
import org.wildcase.Requests;
import org.wildcase.WildcaseTest;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** Exhibit labels: one per specimen line, with its number in words and in a QR code that decodes to it. */
@WildcaseTest
class ExhibitLabelsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void each_exhibit_has_a_label_whose_qr_code_decodes_to_its_number() throws Exception {
        String n = new CaseApi(mvc).open("officer.bishkek", false);
        byte[] pdf = mvc.perform(Requests.get("officer.bishkek", "/api/cases/{n}/labels.pdf", n))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        PdfReader reader = new PdfReader(pdf);
        List<String> decoded = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        try {
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page));
                PdfDictionary xobjects = reader.getPageN(page).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
                for (PdfName name : xobjects.getKeys()) {
                    PRStream image = (PRStream) PdfReader.getPdfObject(xobjects.get(name));
                    if (PdfName.IMAGE.equals(image.getAsName(PdfName.SUBTYPE))) {
                        decoded.add(decode(image));
                    }
                }
            }
        } finally {
            reader.close();
        }
        assertThat(decoded).containsExactlyInAnyOrder(n + "/E1", n + "/E2");
        assertThat(text.toString()).contains(n + "/E1").contains(n + "/E2");
        mvc.perform(Requests.get("officer.osh", "/api/cases/{n}/labels.pdf", n)).andExpect(status().isNotFound());
    }

    /** Reads the QR code in an RGB image of the PDF, as a scanner at the store would. */
    static String decode(PRStream image) throws Exception {
        int width = image.getAsNumber(PdfName.WIDTH).intValue();
        int height = image.getAsNumber(PdfName.HEIGHT).intValue();
        byte[] raw = PdfReader.getStreamBytes(image);
        int[] pixels = new int[width * height];
        int components = raw.length / (width * height);
        for (int i = 0; i < pixels.length; i++) {
            int r = raw[i * components] & 0xff;
            int g = raw[i * components + (components > 1 ? 1 : 0)] & 0xff;
            int b = raw[i * components + (components > 2 ? 2 : 0)] & 0xff;
            pixels[i] = (r << 16) | (g << 8) | b;
        }
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height,
                pixels)))).getText();
    }
}
