package org.wildcase.evidence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.tika.Tika;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wildcase.api.ConflictException;
import org.wildcase.api.FieldError;
import org.wildcase.api.FieldRules;
import org.wildcase.api.InvalidInputException;
import org.wildcase.api.NotFoundException;
import org.wildcase.api.ProblemException;
import org.wildcase.audit.AuditTrail;
import org.wildcase.security.Roles;
import org.wildcase.security.WildcaseUser;
import org.wildcase.seizure.CaseRef;
import org.wildcase.seizure.CaseStatus;
import org.wildcase.seizure.SeizureCases;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import net.coobird.thumbnailator.Thumbnails;

/**
 * The evidence of a case (api.md "Evidence"): files kept exactly as uploaded, typed by their content, hashed on
 * upload and checked on every read, never deleted. The customs officer of the case's unit adds them, and the expert
 * and the legal officer while the case is visible to them; whoever sees the case reads them.
 */
@Service
public class CaseEvidence {

    private static final Logger log = LoggerFactory.getLogger(CaseEvidence.class);

    /** What may be kept, by content: photos and scans as the agencies make them, and PDF. */
    static final Set<String> ACCEPTED = Set.of("image/jpeg", "image/png", "image/webp", "image/heic", "image/heif",
            "image/heic-sequence", "image/heif-sequence", "image/tiff", "application/pdf");
    static final int THUMBNAIL = 320;

    /** An attachment as api.md lists it, with what its metadata told and its retraction. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "Attachment")
    public record Attachment(long id, AttachmentKind kind, String fileName, String contentType, long size,
            String sha256, String uploadedBy, OffsetDateTime uploadedAt, Integer specimenIndex, Integer documentIndex,
            String caption, OffsetDateTime capturedAt, String camera, Double latitude, Double longitude,
            boolean thumbnail, boolean retracted, String retractedBy, OffsetDateTime retractedAt,
            String retractionReason) {
    }

    /** The fields of an upload beside its file. */
    public record Upload(@NotNull AttachmentKind kind, @Size(max = 255) String fileName,
            @jakarta.validation.constraints.Min(0) Integer specimenIndex,
            @jakarta.validation.constraints.Min(0) Integer documentIndex, @Size(max = 1000) String caption) {
    }

    public record Retraction(@NotBlank @Size(max = 2000) String reason) {
    }

    /** A file read back whole, its bytes matching its hash. */
    public record StoredFile(Attachment attachment, byte[] content) {
    }

    private final SeizureCases cases;
    private final EvidenceStore store;
    private final EvidenceSettings settings;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Validator validator;
    private final Clock clock;
    private final Tika tika = new Tika();

    CaseEvidence(SeizureCases cases, EvidenceStore store, EvidenceSettings settings, JdbcClient jdbc, AuditTrail audit,
            Validator validator, Clock clock) {
        this.cases = cases;
        this.store = store;
        this.settings = settings;
        this.jdbc = jdbc;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
    }

    /** Whether this user may add files to this case now. */
    public boolean mayAdd(CaseRef ref, WildcaseUser user) {
        return ref.status() == CaseStatus.OPEN && (user.has(Roles.CUSTOMS_OFFICER) || user.has(Roles.CITES_EXPERT)
                || user.has(Roles.LEGAL_OFFICER)) && cases.maySee(ref, user);
    }

    /**
     * Keeps a file for a case: 404 for a case the user may not see, 403 for a role that may not add, 409 for an
     * ended case or the same bytes again (naming the attachment that has them), 415 for a type not accepted, 413
     * over the file's or the case's limit, 400 for the fields. Nothing is stored unless everything holds.
     */
    @Transactional
    public Attachment add(String caseNumber, Upload upload, byte[] content, WildcaseUser user) {
        CaseRef ref = cases.lock(cases.visibleRef(caseNumber, user));
        if (!(user.has(Roles.CUSTOMS_OFFICER) || user.has(Roles.CITES_EXPERT) || user.has(Roles.LEGAL_OFFICER))) {
            throw new org.springframework.security.access.AccessDeniedException("Only customs officers, experts "
                    + "and legal officers add evidence.");
        }
        if (ref.status() != CaseStatus.OPEN) {
            throw new ConflictException("Case " + ref.caseNumber() + " has ended: no evidence can be added.");
        }
        List<FieldError> errors = new ArrayList<>(FieldRules.of(validator, upload));
        if (upload.kind() == AttachmentKind.GENERATED_DOCUMENT) {
            errors.add(new FieldError("kind", "GENERATED_DOCUMENT is the system's own; choose what the file shows"));
        }
        if (upload.specimenIndex() != null && upload.specimenIndex() >= ref.specimens().size()) {
            errors.add(FieldRules.noSpecimenLine("specimenIndex", ref.specimens().size()));
        }
        if (upload.documentIndex() != null && upload.documentIndex() >= ref.documentCount()) {
            errors.add(FieldRules.noDocument("documentIndex", ref.documentCount()));
        }
        if (content == null || content.length == 0) {
            errors.add(new FieldError("file", content == null ? FieldRules.REQUIRED : "is empty"));
        }
        FieldRules.fail(FieldRules.merge(errors, List.of()));
        return keep(ref, upload, content, user.username());
    }

    private Attachment keep(CaseRef ref, Upload upload, byte[] content, String who) {
        if (content.length > settings.maxFileSize().toBytes()) {
            throw new ProblemException(HttpStatus.PAYLOAD_TOO_LARGE, "evidence-too-large", "The file is larger than "
                    + settings.maxFileSize().toMegabytes() + " MB.", null);
        }
        long held = jdbc.sql("select coalesce(sum(size_bytes), 0) from case_attachment where case_id = :id")
                .param("id", ref.id()).query(Long.class).single();
        if (held + content.length > settings.maxCaseSize().toBytes()) {
            throw new ProblemException(HttpStatus.PAYLOAD_TOO_LARGE, "evidence-too-large", "The case would hold more "
                    + "than " + settings.maxCaseSize().toMegabytes() + " MB of evidence.", null);
        }
        String type = tika.detect(content);
        if (!ACCEPTED.contains(type)) {
            throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "evidence-type",
                    "This file is " + type + " by its content; evidence is JPEG, PNG, WebP, HEIC/HEIF, TIFF or PDF.",
                    null);
        }
        String sha256 = sha256(content);
        Optional<Long> same = jdbc.sql("select id from case_attachment where case_id = :id and sha256 = :h")
                .param("id", ref.id()).param("h", sha256).query(Long.class).optional();
        if (same.isPresent()) {
            throw new ProblemException(HttpStatus.CONFLICT, "evidence-duplicate", "The case holds these bytes "
                    + "already, as attachment " + same.get() + ".", Map.of("attachmentId", same.get()));
        }
        Facts facts = facts(content, type);
        store.put(sha256, content);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String fileName = fileName(upload.fileName(), type);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into case_attachment (case_id, kind, file_name, content_type, size_bytes, sha256, "
                + "uploaded_by, uploaded_at, specimen_index, document_index, caption, captured_at, camera, latitude, "
                + "longitude, thumbnail) values (:case, :kind, :name, :type, :size, :sha, :by, :at, :line, :doc, "
                + ":caption, :captured, :camera, :lat, :lon, :thumb)")
                .param("case", ref.id()).param("kind", upload.kind().name()).param("name", fileName)
                .param("type", type).param("size", content.length).param("sha", sha256).param("by", who)
                .param("at", now).param("line", upload.specimenIndex()).param("doc", upload.documentIndex())
                .param("caption", text(upload.caption())).param("captured", facts.capturedAt())
                .param("camera", facts.camera()).param("lat", facts.latitude()).param("lon", facts.longitude())
                .param("thumb", facts.thumbnail()).update(key, "id");
        long id = key.getKey().longValue();
        audit.record(who, "ATTACHMENT_ADDED", ref.caseNumber(), AuditTrail.detail("attachment", id, "kind",
                upload.kind(), "sha256", sha256, "size", content.length, "type", type));
        return attachment(ref.id(), id).orElseThrow();
    }

    /** The case's files, oldest first; retracted ones only when asked, and only for managers. */
    @Transactional(readOnly = true)
    public List<Attachment> list(String caseNumber, WildcaseUser user, boolean withRetracted) {
        CaseRef ref = cases.visibleRef(caseNumber, user);
        boolean all = withRetracted && user.has(Roles.MANAGER);
        return jdbc.sql(SELECT + " where case_id = :id" + (all ? "" : " and retracted_at is null") + " order by id")
                .param("id", ref.id()).query(CaseEvidence::row).list();
    }

    /** Every file of the case, retracted ones too (the case file marks them), for whoever sees the case. */
    @Transactional(readOnly = true)
    public List<Attachment> all(long caseId) {
        return jdbc.sql(SELECT + " where case_id = :id order by id").param("id", caseId).query(CaseEvidence::row)
                .list();
    }

    /**
     * A file's bytes, checked against its hash: bytes that no longer match (or are gone) are refused with a 409 of
     * type {@code evidence-altered}, and the refusal is audited. Retracted files are read by managers only.
     */
    public StoredFile read(String caseNumber, long id, WildcaseUser user) {
        CaseRef ref = cases.visibleRef(caseNumber, user);
        Attachment a = attachment(ref.id(), id).filter(x -> !x.retracted() || user.has(Roles.MANAGER))
                .orElseThrow(() -> new NotFoundException("No attachment " + id + " on case " + caseNumber + "."));
        byte[] content = store.get(a.sha256()).orElse(null);
        if (content == null || !sha256(content).equals(a.sha256())) {
            log.error("Evidence {} of case {} does not match its SHA-256 {}: refused", id, caseNumber, a.sha256());
            audit.record(user.username(), "ATTACHMENT_READ_REFUSED", ref.caseNumber(), AuditTrail.detail(
                    "attachment", id, "sha256", a.sha256(), "found", content == null ? "nothing" : sha256(content)));
            throw new ProblemException(HttpStatus.CONFLICT, "evidence-altered", "The stored bytes of attachment " + id
                    + " no longer match its SHA-256; nothing is sent. An admin has been told.",
                    Map.of("attachmentId", id));
        }
        return new StoredFile(a, content);
    }

    /** The thumbnail of an image (at most 320 px, JPEG); empty for files that have none. */
    @Transactional(readOnly = true)
    public Optional<byte[]> thumbnail(String caseNumber, long id, WildcaseUser user) {
        CaseRef ref = cases.visibleRef(caseNumber, user);
        return jdbc.sql("select thumbnail from case_attachment where case_id = :case and id = :id and "
                + "(retracted_at is null or :manager = true)").param("case", ref.id()).param("id", id)
                .param("manager", user.has(Roles.MANAGER)).query((rs, i) -> rs.getBytes(1)).optional()
                .filter(t -> t != null && t.length > 0);
    }

    /** Takes a wrong file out of the case's list, with a reason: whoever added it, or a manager. */
    @Transactional
    public Attachment retract(String caseNumber, long id, Retraction body, WildcaseUser user) {
        FieldRules.require(validator, body == null ? new Retraction(null) : body);
        CaseRef ref = cases.lock(cases.visibleRef(caseNumber, user));
        Attachment a = attachment(ref.id(), id)
                .orElseThrow(() -> new NotFoundException("No attachment " + id + " on case " + caseNumber + "."));
        if (!user.has(Roles.MANAGER) && !user.username().equals(a.uploadedBy())) {
            throw new org.springframework.security.access.AccessDeniedException("Only whoever added a file, or a "
                    + "manager, retracts it.");
        }
        if (a.retracted()) {
            throw new ConflictException("Attachment " + id + " was retracted already.");
        }
        String reason = body.reason().trim();
        jdbc.sql("update case_attachment set retracted_by = :by, retracted_at = :at, retraction_reason = :reason "
                + "where id = :id").param("by", user.username()).param("at", OffsetDateTime.now(clock))
                .param("reason", reason).param("id", id).update();
        audit.record(user.username(), "ATTACHMENT_RETRACTED", ref.caseNumber(), AuditTrail.detail("attachment", id,
                "reason", reason));
        return attachment(ref.id(), id).orElseThrow();
    }

    private Optional<Attachment> attachment(long caseId, long id) {
        return jdbc.sql(SELECT + " where case_id = :case and id = :id").param("case", caseId).param("id", id)
                .query(CaseEvidence::row).optional();
    }

    private static final String SELECT = "select id, kind, file_name, content_type, size_bytes, sha256, uploaded_by, "
            + "uploaded_at, specimen_index, document_index, caption, captured_at, camera, latitude, longitude, "
            + "case when thumbnail is null then 0 else 1 end as has_thumbnail, retracted_by, retracted_at, "
            + "retraction_reason from case_attachment";

    private static Attachment row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Attachment(rs.getLong("id"), AttachmentKind.valueOf(rs.getString("kind")),
                rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                rs.getString("sha256"), rs.getString("uploaded_by"), utc(rs.getObject("uploaded_at", OffsetDateTime.class)),
                (Integer) rs.getObject("specimen_index"), (Integer) rs.getObject("document_index"),
                rs.getString("caption"), utc(rs.getObject("captured_at", OffsetDateTime.class)), rs.getString("camera"),
                (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"),
                rs.getInt("has_thumbnail") == 1, rs.getString("retracted_by") != null, rs.getString("retracted_by"),
                utc(rs.getObject("retracted_at", OffsetDateTime.class)), rs.getString("retraction_reason"));
    }

    private static OffsetDateTime utc(OffsetDateTime at) {
        return at == null ? null : at.withOffsetSameInstant(ZoneOffset.UTC);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The name as sent (without any path), or one made of the type when none came. */
    private static String fileName(String sent, String type) {
        String name = sent == null ? "" : sent.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").trim();
        if (name.isEmpty()) {
            name = "evidence." + type.substring(type.indexOf('/') + 1);
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    /** What a file tells of itself: capture time, camera, GPS; and its thumbnail when it is an image Java reads. */
    record Facts(OffsetDateTime capturedAt, String camera, Double latitude, Double longitude, byte[] thumbnail) {
    }

    static Facts facts(byte[] content, String type) {
        OffsetDateTime captured = null;
        String camera = null;
        Double latitude = null;
        Double longitude = null;
        if (type.startsWith("image/")) {
            try {
                Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(content));
                ExifSubIFDDirectory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
                if (exif != null && exif.getDateOriginal() != null) {
                    captured = exif.getDateOriginal().toInstant().atOffset(ZoneOffset.UTC);
                }
                ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
                if (ifd0 != null) {
                    String make = ifd0.getString(ExifIFD0Directory.TAG_MAKE);
                    String model = ifd0.getString(ExifIFD0Directory.TAG_MODEL);
                    String both = ((make == null ? "" : make.trim()) + " " + (model == null ? "" : model.trim())).trim();
                    camera = both.isEmpty() ? null : both.length() > 200 ? both.substring(0, 200) : both;
                }
                GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
                if (gps != null && gps.getGeoLocation() != null && !gps.getGeoLocation().isZero()) {
                    latitude = gps.getGeoLocation().getLatitude();
                    longitude = gps.getGeoLocation().getLongitude();
                }
            } catch (Exception e) {
                // A file whose metadata cannot be read is kept all the same; it just tells nothing of itself.
                log.debug("No metadata read: {}", e.toString());
            }
        }
        return new Facts(captured, camera, latitude, longitude, thumbnail(content, type));
    }

    /** A JPEG of at most 320 px for an image the JDK reads (JPEG, PNG, TIFF); none for others (HEIC, WebP, PDF). */
    static byte[] thumbnail(byte[] content, String type) {
        if (!type.startsWith("image/")) {
            return null;
        }
        try {
            java.awt.image.BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
            if (image == null) {
                return null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            // RGB: a PNG's transparency has no place in a JPEG.
            Thumbnails.of(image).size(THUMBNAIL, THUMBNAIL).imageType(java.awt.image.BufferedImage.TYPE_INT_RGB)
                    .outputFormat("jpg").toOutputStream(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            log.debug("No thumbnail: {}", e.toString());
            return null;
        }
    }
}
