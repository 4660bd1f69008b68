package org.wildcase.reporting;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.wildcase.audit.CaseHistory;
import org.wildcase.check.Finding;
import org.wildcase.organisation.OrganisationNames;
import org.wildcase.security.WildcaseUser;
import org.wildcase.seizure.CaseView;
import org.wildcase.seizure.SectionText;
import org.wildcase.species.CitesSettings;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The case file as a PDF to hand to a prosecutor: registration, specimens, documents, parties, pre-check findings,
 * then each module's part (expertise, legal proceeding, care, disposal, custody) drawn from the same JSON the API
 * returns, as the case file view draws it, and the timeline. Text is in the reader's language where translated,
 * English otherwise; the embedded DejaVu fonts carry Cyrillic, so names and notes in Russian or Kyrgyz print as
 * written, whatever fonts the server has.
 */
@Service
public class CaseFilePdf {

    public static final String MEDIA_TYPE = "application/pdf";

    private static final Color HEADER = new Color(0xE8, 0xEC, 0xF1);

    private final OrganisationNames names;
    private final ZoneId zone;
    private final Clock clock;
    private final byte[] regular;
    private final byte[] bold;
    private final org.springframework.context.MessageSource messages;

    CaseFilePdf(OrganisationNames names, CitesSettings settings, Clock clock,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.names = names;
        this.zone = settings.timeZone();
        this.clock = clock;
        this.regular = font("/fonts/DejaVuSans.ttf");
        this.bold = font("/fonts/DejaVuSans-Bold.ttf");
    }

    /** The language of an Accept-Language header the document is written in: en, ru or ky; English otherwise. */
    public static Locale locale(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                if (language.equals("en") || language.equals("ru") || language.equals("ky")) {
                    return Locale.forLanguageTag(language);
                }
            }
        } catch (IllegalArgumentException e) {
            // A malformed header is no reason to refuse the document.
        }
        return Locale.ENGLISH;
    }

    public static String fileName(String caseNumber) {
        return caseNumber + ".pdf";
    }

    /**
     * One module's part of the case file, under its title's translation key: a record, or a list of records, drawn
     * field by field ({@link SectionText}); null or empty leaves the part out.
     */
    /** A photo or scan printed in the case file: its caption and SHA-256 under it, JPEG or PNG bytes. */
    public record Picture(String caption, String sha256, byte[] image) {
    }

    public record Part(String titleKey, Object content) {
    }

    /**
     * The case file as PDF: the seizure's part and the other modules' parts in the order given. The caller has
     * checked that the user may see the case, as for the case file itself.
     */
    public byte[] render(CaseView c, List<Part> parts, WildcaseUser user, Locale locale) {
        return new Writer(c, parts, user, ReportLabels.of(messages, locale)).write();
    }

    private static byte[] font(String path) {
        try (InputStream in = CaseFilePdf.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Font " + path + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One document being written. */
    private final class Writer {
        private final CaseView c;
        private final List<Part> parts;
        private final WildcaseUser user;
        private final ReportLabels labels;
        private final Locale locale;
        private final SectionText values;
        private final Font title;
        private final Font heading;
        private final Font subheading;
        private final Font body;
        private final Font strong;
        private final Font small;
        private Document document;

        Writer(CaseView c, List<Part> parts, WildcaseUser user, ReportLabels labels) {
            this.c = c;
            this.parts = parts;
            this.user = user;
            this.labels = labels;
            this.locale = labels.locale();
            this.values = new SectionText(new SectionText.Words() {
                @Override
                public String field(String name) {
                    return fieldLabel(name);
                }

                @Override
                public String label(String key, String otherwise) {
                    return Writer.this.label(key, otherwise);
                }

                @Override
                public String dateTime(OffsetDateTime at) {
                    return Writer.this.dateTime(at);
                }

                @Override
                public String date(LocalDate day) {
                    return Writer.this.date(day);
                }

                @Override
                public java.util.Locale locale() {
                    return locale;
                }
            });
            try {
                BaseFont base = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                        regular, null);
                BaseFont heavy = BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                        true, bold, null);
                title = new Font(heavy, 16);
                heading = new Font(heavy, 12);
                subheading = new Font(heavy, 10);
                body = new Font(base, 9);
                strong = new Font(heavy, 8);
                small = new Font(base, 8);
            } catch (DocumentException | IOException e) {
                throw new IllegalStateException("The embedded fonts cannot be read", e);
            }
        }

        byte[] write() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document = new Document(PageSize.A4, 36, 36, 40, 40);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer(labels.text("case.title", "Case " + c.caseNumber(), c.caseNumber()),
                    small));
            document.addTitle(labels.text("case.title", "Case " + c.caseNumber(), c.caseNumber()));
            document.addCreator("Wildcase");
            document.open();
            header();
            heading("case.registration");
            registration();
            heading("case.specimens");
            specimens();
            if (!c.documents().isEmpty()) {
                heading("case.documents");
                documents();
            }
            if (!c.parties().isEmpty()) {
                heading("case.parties");
                parties();
            }
            heading("case.findings");
            findings();
            parts.forEach(p -> section(p.content(), p.titleKey()));
            heading("case.history");
            timeline();
            document.close();
            return out.toByteArray();
        }

        private void header() {
            Paragraph p = new Paragraph(labels.text("case.title", "Case " + c.caseNumber(), c.caseNumber()), title);
            p.setSpacingAfter(4);
            document.add(p);
            document.add(new Paragraph(label("status." + c.status(), c.status().name()) + " · "
                    + label("stage." + c.stage(), c.stage().name()) + " · " + names.name(c.unit(), locale), body));
            if (c.withdrawalReason() != null) {
                document.add(new Paragraph(labels.text("case.withdrawnBecause", "Withdrawn: " + c.withdrawalReason(),
                        c.withdrawalReason()), body));
            }
            if (c.overdue()) {
                document.add(new Paragraph(label("case.overdue", "Overdue") + ": " + String.join(", ",
                        c.overdueReasons().stream().map(r -> label("overdue." + r, r)).toList()), body));
            }
            Paragraph printed = new Paragraph(label("pdf.printed", "Printed") + " "
                    + dateTime(OffsetDateTime.now(clock))
                    + ", " + user.username(), small);
            printed.setSpacingAfter(6);
            document.add(printed);
        }

        private void heading(String key) {
            Paragraph p = new Paragraph(label(key, key), heading);
            p.setSpacingBefore(10);
            p.setSpacingAfter(4);
            document.add(p);
        }

        private void registration() {
            PdfPTable t = pairs();
            pair(t, "seizedAt", dateTime(c.seizedAt()));
            pair(t, "shippedOn", date(c.shippedOn()));
            pair(t, "location", c.location());
            pair(t, "direction", c.direction() == null ? null
                    : label("direction." + c.direction(), c.direction().name()));
            pair(t, "transportMode", c.transportMode() == null ? null
                    : label("transport." + c.transportMode(), c.transportMode().name()));
            pair(t, "conveyance", c.conveyance());
            pair(t, "transportDocument", c.transportDocument());
            pair(t, "declaredGoods", c.declaredGoods());
            pair(t, "hsCode", c.hsCode());
            pair(t, "detectionMethod", c.detectionMethod() == null ? null
                    : label("detection." + c.detectionMethod(), c.detectionMethod().name()));
            pair(t, "reasonForSeizure", c.reasonForSeizure());
            pair(t, "concealment", c.concealment());
            if (c.route() != null) {
                pair(t, "route", org.wildcase.ui.Formats.route(c.route().origin(), c.route().transit(),
                        c.route().destination()));
            }
            pair(t, "purpose", c.purpose() == null ? null : c.purpose().name());
            pair(t, "source", c.source() == null ? null : c.source().name());
            pair(t, "estimatedValue", c.estimatedValue() == null ? null
                    : c.estimatedValue().amount() + " " + Objects.toString(c.estimatedValue().currency(), ""));
            pair(t, "shareWithIccwc", yesNo(c.shareWithIccwc()));
            pair(t, "riskIndicators", String.join(", ", c.riskIndicators().stream()
                    .map(r -> label("risk." + r, r)).toList()));
            pair(t, "notes", c.notes());
            pair(t, "registeredBy", c.registeredBy() + ", " + dateTime(c.registeredAt()));
            document.add(t);
        }

        private void specimens() {
            PdfPTable t = table(new float[] {3, 14, 14, 8, 10, 5, 8, 10}, "#", label("specimen.description", null),
                    label("specimen.species", null), label("specimen.appendix", null), label("specimen.quantity", null),
                    label("field.live", null), label("specimen.origin", null), label("field.estimatedValue", null));
            for (CaseView.SpecimenView s : c.specimens()) {
                cells(t, String.valueOf(s.index() + 1), s.description(), s.scientificName(),
                        s.appendix() == null ? label("appendix.unknown", "?") : label("appendix." + s.appendix(),
                                s.appendix()),
                        (s.term() == null ? "" : s.term() + " ") + quantity(s.quantity(), s.unit()), yesNo(s.live()),
                        (s.source() == null ? "" : s.source().name()) + " / "
                                + Objects.toString(s.countryOfOrigin(), ""),
                        s.estimatedValue() == null ? "" : s.estimatedValue().amount() + " "
                                + Objects.toString(s.estimatedValue().currency(), ""));
            }
            document.add(t);
        }

        private void documents() {
            PdfPTable t = table(new float[] {3, 14, 12, 6, 9, 9, 6, 12}, "#", label("document.type", null),
                    label("document.number", null), label("document.country", null), label("pdf.issuedOn", "Issued on"),
                    label("document.validUntil", null), label("document.original", null),
                    label("pdf.securityStamp", "Security stamp"));
            for (CaseView.DocumentView d : c.documents()) {
                cells(t, String.valueOf(d.index() + 1), d.type() == null ? "" : label("documentType." + d.type(),
                        d.type().name()), d.number(), d.issuingCountry(), date(d.issuedOn()), date(d.validUntil()),
                        d.original() == null ? "" : yesNo(d.original()), d.securityStamp());
            }
            document.add(t);
        }

        private void parties() {
            PdfPTable t = table(new float[] {10, 18, 6, 16, 8}, label("party.role", null), label("party.name", null),
                    label("party.nationality", null), label("party.document", null),
                    label("pdf.dateOfBirth", "Date of birth"));
            for (CaseView.PartyView p : c.parties()) {
                cells(t, p.role() == null ? "" : label("partyRole." + p.role(), p.role().name()), p.name(),
                        p.nationality(), (p.identityDocumentType() == null ? ""
                                : label("identityDocumentType." + p.identityDocumentType(),
                                        p.identityDocumentType().name()) + " ")
                                + Objects.toString(p.identityDocument(), ""),
                        date(p.dateOfBirth()));
            }
            document.add(t);
        }

        private void findings() {
            if (c.findings().isEmpty()) {
                document.add(new Paragraph(label("case.findings.none", "No findings."), body));
                return;
            }
            PdfPTable t = table(new float[] {7, 15, 6, 6, 22}, label("finding.severity", null),
                    label("finding.code", null), label("finding.specimen", null), label("finding.document", null),
                    label("finding.message", null));
            for (Finding f : c.findings()) {
                // The stable code next to its words: the prosecutor and the authority cite the code.
                cells(t, label("severity." + f.severity(), f.severity().name()),
                        label("finding." + f.code(), f.code().name()) + " (" + f.code().name() + ")",
                        f.specimenIndex() == null ? "" : String.valueOf(f.specimenIndex() + 1),
                        f.documentIndex() == null ? "" : String.valueOf(f.documentIndex() + 1),
                        f.explained((key, args) -> labels.text(key, args)));
            }
            document.add(t);
            if (c.speciesListVersion() != null) {
                document.add(new Paragraph(label("pdf.speciesList", "Species list") + ": " + c.speciesListVersion(),
                        small));
            }
        }

        private void section(Object part, String titleKey) {
            if (part == null || part instanceof java.util.Collection<?> list && list.isEmpty()) {
                return;
            }
            heading(titleKey);
            if (part instanceof Collection<?> list && list.iterator().next() instanceof Picture) {
                for (Object p : list) {
                    picture((Picture) p);
                }
                return;
            }
            render(part);
        }

        /** A picture scaled to the page's width (at most half its height), its caption and hash below. */
        private void picture(Picture p) {
            try {
                com.lowagie.text.Image image = com.lowagie.text.Image.getInstance(p.image());
                float width = document.getPageSize().getWidth() - document.leftMargin() - document.rightMargin();
                image.scaleToFit(width, document.getPageSize().getHeight() / 2);
                document.add(image);
            } catch (IOException | RuntimeException e) {
                // An image the PDF library cannot draw is listed by its caption and hash all the same.
            }
            document.add(new Paragraph(p.caption() + " · SHA-256 " + p.sha256(), small));
        }

        /** A record as label–value lines and its nested parts below; a list of records as one table. */
        private void render(Object node) {
            if (node instanceof Collection<?> list) {
                table(list);
                return;
            }
            PdfPTable t = pairs();
            List<Map.Entry<String, Object>> nested = new ArrayList<>();
            int rows = 0;
            for (Map.Entry<String, Object> field : SectionText.fields(node)) {
                Object value = field.getValue();
                if (value == null) {
                    continue;
                }
                if (SectionText.isNested(value)) {
                    nested.add(field);
                    continue;
                }
                pair(t, field.getKey(), values.text(field.getKey(), value));
                rows++;
            }
            if (rows > 0) {
                document.add(t);
            }
            for (Map.Entry<String, Object> field : nested) {
                Paragraph p = new Paragraph(fieldLabel(field.getKey()), subheading);
                p.setSpacingBefore(4);
                p.setSpacingAfter(2);
                document.add(p);
                render(field.getValue());
            }
        }

        private void table(Collection<?> rows) {
            if (rows.isEmpty()) {
                document.add(new Paragraph(label("case.section.empty", "Nothing recorded yet."), body));
                return;
            }
            List<Map<String, Object>> table = rows.stream().map(row -> {
                Map<String, Object> cells = new java.util.LinkedHashMap<>();
                SectionText.fields(row).forEach(f -> cells.put(f.getKey(), f.getValue()));
                return cells;
            }).toList();
            List<String> columns = new ArrayList<>();
            table.forEach(row -> row.keySet().forEach(n -> {
                if (!columns.contains(n)) {
                    columns.add(n);
                }
            }));
            // A nested list inside a row (a round's identifications) is drawn below the table, round by round.
            List<String> flat = columns.stream()
                    .filter(col -> table.stream().noneMatch(row -> SectionText.isNested(row.get(col)))).toList();
            PdfPTable t = table(null, flat.stream().map(this::fieldLabel).toArray(String[]::new));
            for (Map<String, Object> row : table) {
                cells(t, flat.stream().map(col -> values.text(col, row.get(col))).toArray(String[]::new));
            }
            document.add(t);
            List<String> deep = columns.stream().filter(col -> !flat.contains(col)).toList();
            int n = 0;
            for (Map<String, Object> row : table) {
                n++;
                for (String col : deep) {
                    Object v = row.get(col);
                    if (v == null || v instanceof Collection<?> c && c.isEmpty()) {
                        continue;
                    }
                    Paragraph p = new Paragraph(fieldLabel(col) + " (" + n + ")", subheading);
                    p.setSpacingBefore(4);
                    p.setSpacingAfter(2);
                    document.add(p);
                    render(v);
                }
            }
        }

        private void timeline() {
            PdfPTable t = table(new float[] {9, 7, 30}, label("history.at", null), label("history.who", null),
                    label("history.what", null));
            for (CaseHistory.Entry h : c.history()) {
                cells(t, dateTime(h.at()), CaseHistory.SYSTEM.equals(h.who()) ? label("history.system", "system")
                        : h.who(), h.said((key, args) -> labels.text(key, args)));
            }
            document.add(t);
        }

        private PdfPTable pairs() {
            PdfPTable t = new PdfPTable(new float[] {1, 3});
            t.setWidthPercentage(100);
            return t;
        }

        private void pair(PdfPTable t, String field, String value) {
            if (value == null || value.isBlank()) {
                return;
            }
            PdfPCell name = new PdfPCell(new Phrase(fieldLabel(field), strong));
            name.setBorderColor(Color.LIGHT_GRAY);
            name.setBackgroundColor(HEADER);
            PdfPCell text = new PdfPCell(new Phrase(value, body));
            text.setBorderColor(Color.LIGHT_GRAY);
            t.addCell(name);
            t.addCell(text);
        }

        private PdfPTable table(float[] widths, String... headers) {
            PdfPTable t = widths == null ? new PdfPTable(Math.max(1, headers.length)) : new PdfPTable(widths);
            t.setWidthPercentage(100);
            t.setHeaderRows(1);
            for (String h : headers) {
                PdfPCell cell = new PdfPCell(new Phrase(h == null ? "" : h, strong));
                cell.setBackgroundColor(HEADER);
                cell.setBorderColor(Color.LIGHT_GRAY);
                t.addCell(cell);
            }
            if (headers.length == 0) {
                t.addCell(new PdfPCell(new Phrase("", small)));
            }
            return t;
        }

        private void cells(PdfPTable t, String... values) {
            for (String v : values) {
                PdfPCell cell = new PdfPCell(new Phrase(v == null ? "" : v, small));
                cell.setBorderColor(Color.LIGHT_GRAY);
                cell.setVerticalAlignment(Element.ALIGN_TOP);
                t.addCell(cell);
            }
        }

        private String fieldLabel(String field) {
            return labels.text("field." + field, humanised(field));
        }

        private String label(String key, String otherwise) {
            return labels.text(key, otherwise == null ? key : otherwise);
        }

        private String yesNo(boolean value) {
            return label(value ? "yes" : "no", value ? "yes" : "no");
        }

        private String dateTime(OffsetDateTime at) {
            return at == null ? "" : at.atZoneSameInstant(zone)
                    .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale));
        }

        private String date(LocalDate date) {
            return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(locale));
        }

        private String quantity(java.math.BigDecimal q, String unit) {
            return q == null ? "" : q.stripTrailingZeros().toPlainString()
                    + (unit == null || unit.isBlank() ? "" : " " + unit);
        }
    }

    /** The case number and page on every page, since a prosecutor's file gets taken apart. */
    private static final class Footer extends PdfPageEventHelper {
        private final String caseTitle;
        private final Font font;

        Footer(String caseTitle, Font font) {
            this.caseTitle = caseTitle;
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                    new Phrase(caseTitle + " · " + writer.getPageNumber(), font), document.right(),
                    document.bottom() - 20, 0);
        }
    }

    /** "handedOverBy" as "Handed over by", for a field without a label. */
    private static String humanised(String field) {
        String words = field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return words.isEmpty() ? field : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
