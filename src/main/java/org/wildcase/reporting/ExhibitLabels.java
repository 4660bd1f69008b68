package org.wildcase.reporting;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Labels to stick on the bags and boxes of a case's exhibits: case number, exhibit number, description, quantity and
 * a QR code holding the exhibit number (api.md: {@code <caseNumber>/E<line number>}). An A4 sheet of ten labels (two
 * columns of five), or one label per page with {@code wildcase.labels.layout=page}.
 */
@Component
public class ExhibitLabels {

    public static final String MEDIA_TYPE = "application/pdf";

    /** One label's text: what a storekeeper reads without a scanner. */
    public record Label(String caseNumber, String exhibitNumber, String description, String quantity) {
    }

    private final boolean onePerPage;
    private final byte[] regular;
    private final byte[] bold;

    ExhibitLabels(@Value("${wildcase.labels.layout:sheet}") String layout) {
        this.onePerPage = "page".equalsIgnoreCase(layout.trim());
        this.regular = font("/fonts/DejaVuSans.ttf");
        this.bold = font("/fonts/DejaVuSans-Bold.ttf");
    }

    public byte[] render(List<Label> labels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(onePerPage ? PageSize.A6 : PageSize.A4, 24, 24, 24, 24);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            Font heavy = new Font(BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    true, bold, null), 11);
            Font body = new Font(BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    regular, null), 9);
            PdfPTable table = new PdfPTable(onePerPage ? 1 : 2);
            table.setWidthPercentage(100);
            for (int i = 0; i < labels.size(); i++) {
                table.addCell(cell(labels.get(i), heavy, body));
                if (onePerPage && i < labels.size() - 1) {
                    document.add(table);
                    document.newPage();
                    table = new PdfPTable(1);
                    table.setWidthPercentage(100);
                }
            }
            if (!onePerPage && labels.size() % 2 == 1) {
                PdfPCell empty = new PdfPCell();
                empty.setBorder(Rectangle.NO_BORDER);
                table.addCell(empty);
            }
            document.add(table);
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("The labels cannot be written", e);
        }
        return out.toByteArray();
    }

    private static PdfPCell cell(Label label, Font heavy, Font body) throws IOException, DocumentException {
        PdfPCell cell = new PdfPCell();
        cell.setFixedHeight(150);
        cell.setPadding(8);
        cell.setBorderWidth(0.5f);
        Image qr = Image.getInstance(qr(label.exhibitNumber(), 240), null);
        qr.scaleAbsolute(90, 90);
        qr.setAlignment(Element.ALIGN_RIGHT);
        cell.addElement(qr);
        cell.addElement(new Paragraph(label.exhibitNumber(), heavy));
        cell.addElement(new Paragraph(label.caseNumber(), body));
        cell.addElement(new Paragraph(label.description() == null ? "" : label.description(), body));
        cell.addElement(new Paragraph(label.quantity(), body));
        return cell;
    }

    /** The QR code of {@code text}, black on white, with the quiet zone scanners need. */
    static BufferedImage qr(String text, int size) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            return image;
        } catch (WriterException e) {
            throw new IllegalArgumentException("No QR code for " + text, e);
        }
    }

    private static byte[] font(String resource) {
        try (InputStream in = ExhibitLabels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
