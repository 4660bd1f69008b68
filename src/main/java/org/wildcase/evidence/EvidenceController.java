package org.wildcase.evidence;

import java.io.IOException;
import java.net.URI;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.wildcase.api.InvalidInputException;
import org.wildcase.api.NotFoundException;
import org.wildcase.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The evidence of a case over REST (api.md "Evidence"). */
@RestController
@RequestMapping("/api/cases/{caseNumber}/attachments")
@Tag(name = "Evidence", description = "Photos, scans and documents of a case, with their SHA-256")
class EvidenceController {

    private final CaseEvidence evidence;
    private final CurrentUser currentUser;

    EvidenceController(CaseEvidence evidence, CurrentUser currentUser) {
        this.evidence = evidence;
        this.currentUser = currentUser;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Add a file to a case (customs officer of the unit; expert and legal officer while the case "
            + "is visible to them)")
    ResponseEntity<CaseEvidence.Attachment> add(@PathVariable String caseNumber,
            @RequestPart(value = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String kind, @RequestParam(required = false) Integer specimenIndex,
            @RequestParam(required = false) Integer documentIndex, @RequestParam(required = false) String caption)
            throws IOException {
        AttachmentKind parsed = null;
        if (kind != null && !kind.isBlank()) {
            try {
                parsed = AttachmentKind.valueOf(kind.trim());
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("kind", "must be one of " + java.util.Arrays.toString(
                        AttachmentKind.values()));
            }
        }
        byte[] content = file == null ? null : file.getBytes();
        CaseEvidence.Attachment saved = evidence.add(caseNumber, new CaseEvidence.Upload(parsed,
                file == null ? null : file.getOriginalFilename(), specimenIndex, documentIndex, caption), content,
                currentUser.require());
        return ResponseEntity.created(URI.create("/api/cases/" + caseNumber.trim() + "/attachments/" + saved.id()))
                .body(saved);
    }

    @GetMapping
    @Operation(summary = "The case's files, oldest first; ?retracted=true also lists retracted ones (managers)")
    List<CaseEvidence.Attachment> list(@PathVariable String caseNumber,
            @RequestParam(defaultValue = "false") boolean retracted) {
        return evidence.list(caseNumber, currentUser.require(), retracted);
    }

    @GetMapping("/{id}")
    @Operation(summary = "The file's bytes, checked against its SHA-256 (409 evidence-altered when they differ)")
    ResponseEntity<byte[]> read(@PathVariable String caseNumber, @PathVariable long id) {
        CaseEvidence.StoredFile file = evidence.read(caseNumber, id, currentUser.require());
        CaseEvidence.Attachment a = file.attachment();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(a.contentType()))
                .eTag("\"" + a.sha256() + "\"")
                .header("Digest", "sha-256=" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(a.sha256())))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(a.fileName(),
                        java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    @GetMapping("/{id}/thumbnail")
    @Operation(summary = "A JPEG of at most 320 px, for images; 404 for others")
    ResponseEntity<byte[]> thumbnail(@PathVariable String caseNumber, @PathVariable long id) {
        byte[] thumbnail = evidence.thumbnail(caseNumber, id, currentUser.require())
                .orElseThrow(() -> new NotFoundException("Attachment " + id + " has no thumbnail."));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).body(thumbnail);
    }

    @PostMapping("/{id}/retract")
    @Operation(summary = "Take a wrong file out of the list with a reason (whoever added it, or a manager)")
    CaseEvidence.Attachment retract(@PathVariable String caseNumber, @PathVariable long id,
            @RequestBody(required = false) CaseEvidence.Retraction body) {
        return evidence.retract(caseNumber, id, body, currentUser.require());
    }
}
