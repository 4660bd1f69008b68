package org.wildcase.evidence.ui;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.wildcase.api.ConflictException;
import org.wildcase.api.InvalidInputException;
import org.wildcase.api.ProblemException;
import org.wildcase.evidence.AttachmentKind;
import org.wildcase.evidence.CaseEvidence;
import org.wildcase.security.WildcaseUser;
import org.wildcase.seizure.CaseRef;
import org.wildcase.ui.FieldErrors;
import org.wildcase.ui.Formats;
import org.wildcase.ui.Uploads;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The case file's Evidence section: each file as a thumbnail (or a file icon) with its kind, caption, who added it
 * and when, what its metadata told, and its SHA-256 (short, the whole on hover); retracted files stay, marked with
 * who retracted them and why. Who may add files drops them here, several at a time, each kept as it arrives.
 */
public class EvidenceSection extends VerticalLayout {

    final Select<AttachmentKind> kind = new Select<>();
    final Select<Shows> shows = new Select<>();
    final TextField caption = new TextField();
    final Upload upload;
    final FlexLayout gallery = new FlexLayout();

    private final transient CaseEvidence evidence;
    private final String caseNumber;
    private final WildcaseUser user;
    private final ZoneId zone;
    private final Runnable changed;

    /** What a file shows: a specimen line, a document, or the case as a whole (both null). */
    record Shows(Integer specimenIndex, Integer documentIndex, String label) {
    }

    public EvidenceSection(CaseEvidence evidence, CaseRef ref, WildcaseUser user, ZoneId zone, Runnable changed) {
        this(evidence, ref, null, user, zone, changed);
    }

    /** With {@code caseFile}, files can be said to show one of its specimen lines or documents. */
    public EvidenceSection(CaseEvidence evidence, CaseRef ref, org.wildcase.seizure.CaseView caseFile,
            WildcaseUser user, ZoneId zone, Runnable changed) {
        this.evidence = evidence;
        this.caseNumber = ref.caseNumber();
        this.user = user;
        this.zone = zone;
        this.changed = changed;
        setPadding(false);
        setId("case-evidence");
        gallery.setId("evidence-gallery");
        gallery.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        gallery.getStyle().set("gap", "var(--lumo-space-m)");
        List<CaseEvidence.Attachment> all = evidence.all(ref.id());
        if (all.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("evidence.empty"));
            none.setId("evidence-empty");
            add(none);
        }
        all.forEach(a -> gallery.add(card(a)));
        add(gallery);

        if (evidence.mayAdd(ref, user)) {
            kind.setId("evidence-kind");
            kind.setLabel(getTranslation("evidence.kind"));
            kind.setItems(Arrays.stream(AttachmentKind.values()).filter(k -> k != AttachmentKind.GENERATED_DOCUMENT)
                    .toList());
            kind.setItemLabelGenerator(k -> getTranslation("evidenceKind." + k.name()));
            kind.setValue(AttachmentKind.SPECIMEN_PHOTO);
            List<Shows> targets = new java.util.ArrayList<>();
            Shows whole = new Shows(null, null, getTranslation("evidence.shows.case"));
            targets.add(whole);
            if (caseFile != null) {
                caseFile.specimens().forEach(s -> targets.add(new Shows(s.index(), null, getTranslation(
                        "evidence.shows.line", s.index() + 1, java.util.Objects.toString(s.description(), "")))));
                caseFile.documents().forEach(d -> targets.add(new Shows(null, d.index(), getTranslation(
                        // The type's code as text: evidence reads the case's documents, not the permit module.
                        "evidence.shows.document", d.index() + 1, d.type() == null ? ""
                                : getTranslation("documentType." + String.valueOf(d.type())),
                        java.util.Objects.toString(d.number(), "")))));
            }
            shows.setId("evidence-shows");
            shows.setLabel(getTranslation("evidence.shows"));
            shows.setItems(targets);
            shows.setItemLabelGenerator(Shows::label);
            shows.setValue(whole);
            caption.setId("evidence-caption");
            caption.setLabel(getTranslation("evidence.caption"));
            caption.setMaxLength(1000);
            upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> received(metadata.fileName(), bytes)));
            upload.setId("evidence-upload");
            Uploads.translated(upload);
            HorizontalLayout fields = new HorizontalLayout(kind, shows, caption);
            fields.setWrap(true);
            fields.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
            add(fields, upload);
        } else {
            upload = null;
        }
    }

    /** A file arrived: kept with the kind and caption chosen now, or refused with the reason beside the upload. */
    void received(String fileName, byte[] bytes) {
        try {
            Shows target = shows.getValue() == null ? new Shows(null, null, "") : shows.getValue();
            CaseEvidence.Attachment kept = evidence.add(caseNumber, new CaseEvidence.Upload(kind.getValue(),
                    fileName, target.specimenIndex(), target.documentIndex(), caption.getValue()), bytes, user);
            gallery.add(card(kept));
            getChildren().filter(c -> "evidence-empty".equals(c.getId().orElse(null))).findFirst()
                    .ifPresent(this::remove);
            Notification.show(getTranslation("evidence.added", kept.fileName()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            changed.run();
        } catch (InvalidInputException e) {
            refused(fileName, e.errors().stream().map(f -> f.field() + ": " + FieldErrors.localized(f))
                    .reduce((a, b) -> a + "; " + b).orElse(e.getMessage()));
        } catch (ProblemException e) {
            refused(fileName, getTranslation("evidence.refused." + e.type()));
        } catch (ConflictException e) {
            refused(fileName, e.getMessage());
        }
    }

    private void refused(String fileName, String why) {
        Notification.show(getTranslation("evidence.refused", fileName, why), 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private Div card(CaseEvidence.Attachment a) {
        Div card = new Div();
        card.setId("evidence-" + a.id());
        card.addClassName("evidence-card");
        card.getStyle().set("width", "220px").set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s)");
        String name = a.caption() != null ? a.caption() : a.fileName();
        if (a.thumbnail()) {
            Image image = new Image(DownloadHandler.fromInputStream(event -> {
                byte[] t = evidence.thumbnail(caseNumber, a.id(), user).orElse(new byte[0]);
                return new DownloadResponse(new ByteArrayInputStream(t), "thumbnail.jpg", "image/jpeg", t.length);
            }), name);
            image.setWidth("200px");
            card.add(image);
        } else {
            card.add(VaadinIcon.FILE_O.create());
        }
        Anchor open = new Anchor(DownloadHandler.fromInputStream(event -> {
            CaseEvidence.StoredFile file = evidence.read(caseNumber, a.id(), user);
            return new DownloadResponse(new ByteArrayInputStream(file.content()), a.fileName(), a.contentType(),
                    file.content().length);
        }), a.fileName());
        open.setTarget("_blank");
        open.getElement().setAttribute("aria-label", getTranslation("evidence.open", a.fileName()));
        card.add(new Paragraph(open));
        card.add(new Paragraph(getTranslation("evidenceKind." + a.kind().name())
                + (a.caption() == null ? "" : ": " + a.caption())));
        card.add(new Paragraph(getTranslation("evidence.addedBy", a.uploadedBy(),
                Formats.dateTime(a.uploadedAt(), zone, getLocale()))));
        if (a.capturedAt() != null || a.camera() != null) {
            card.add(new Paragraph(getTranslation("evidence.captured", a.capturedAt() == null ? "—"
                    : Formats.dateTime(a.capturedAt(), zone, getLocale()), a.camera() == null ? "—" : a.camera())));
        }
        if (a.latitude() != null && a.longitude() != null) {
            card.add(new Paragraph(getTranslation("evidence.gps", String.format(java.util.Locale.ROOT, "%.5f",
                    a.latitude()), String.format(java.util.Locale.ROOT, "%.5f", a.longitude()))));
        }
        Span hash = new Span(getTranslation("evidence.hash", a.sha256().substring(0, 12) + "…"));
        hash.getElement().setAttribute("title", a.sha256());
        hash.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-s)");
        card.add(hash);
        if (a.retracted()) {
            Span retracted = org.wildcase.ui.Marks.alert(new Span(getTranslation("evidence.retracted",
                    a.retractedBy(), a.retractionReason())));
            retracted.setId("evidence-retracted-" + a.id());
            card.add(new Paragraph(retracted));
        }
        return card;
    }
}
