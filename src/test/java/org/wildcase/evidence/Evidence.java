package org.wildcase.evidence;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.wildcase.Requests;

/** Files as an officer's camera and scanner make them, and the upload request of api.md. */
final class Evidence {

    private Evidence() {
    }

    /** A photo of {@code width} × {@code height} pixels; {@code seed} makes each one's bytes differ. */
    static byte[] jpeg(int width, int height, int seed) throws IOException {
        return image("jpg", width, height, seed, BufferedImage.TYPE_INT_RGB);
    }

    static byte[] png(int width, int height, int seed) throws IOException {
        return image("png", width, height, seed, BufferedImage.TYPE_INT_ARGB);
    }

    private static byte[] image(String format, int width, int height, int seed, int type) throws IOException {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x336699 + seed * 7919));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(seed % width, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** A one-page PDF, as a scanner writes a document scan. */
    static byte[] pdf(String text) {
        String body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
                + "endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n% " + text
                + "\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        return body.getBytes(StandardCharsets.ISO_8859_1);
    }

    static MockMultipartHttpServletRequestBuilder upload(String user, String caseNumber, String fileName, byte[] bytes,
            String kind) {
        MockMultipartHttpServletRequestBuilder b = multipart("/api/cases/{n}/attachments", caseNumber);
        b.file(new MockMultipartFile("file", fileName, "application/octet-stream", bytes));
        if (kind != null) {
            b.param("kind", kind);
        }
        Requests.as(user, b);
        return b;
    }
}
