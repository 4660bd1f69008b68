package org.wildcase.casework;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import org.wildcase.reporting.CaseFilePdf;
import org.wildcase.security.CurrentUser;
import org.wildcase.security.WildcaseUser;
import org.wildcase.seizure.Registration;
import org.wildcase.seizure.SeizureCases;
import org.wildcase.seizure.Withdrawal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The case file over REST: registering a seizure (customs officers), reading the whole file and its PDF (by
 * visibility), withdrawing (managers). The seizure module keeps the list of cases.
 */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases", description = "Seizure cases")
class CaseFileController {

    private final SeizureCases cases;
    private final CaseFiles files;
    private final CurrentUser currentUser;

    CaseFileController(SeizureCases cases, CaseFiles files, CurrentUser currentUser) {
        this.cases = cases;
        this.files = files;
        this.currentUser = currentUser;
    }

    @PostMapping
    @Operation(summary = "Register a seizure in the caller's unit and start its flow (customs-officer)")
    @ApiResponse(responseCode = "201", description = "Registered: the case with its pre-check findings; Location "
            + "names it")
    ResponseEntity<CaseFile> open(@RequestBody Registration registration) {
        WildcaseUser user = currentUser.require();
        CaseFile file = files.of(cases.openCase(registration, user), user);
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/cases/{n}")
                .buildAndExpand(file.seizure().caseNumber()).toUri()).body(file);
    }

    @GetMapping("/{caseNumber}")
    @Operation(summary = "The case file; 404 when the case is not visible to the caller")
    CaseFile get(@PathVariable String caseNumber) {
        return files.read(caseNumber, currentUser.require(), "api");
    }

    @PostMapping("/{caseNumber}/withdraw")
    @Operation(summary = "Withdraw a case with a reason (manager): it ends WITHDRAWN and its open tasks are gone")
    CaseFile withdraw(@PathVariable String caseNumber, @RequestBody(required = false) Withdrawal body) {
        WildcaseUser user = currentUser.require();
        return files.of(cases.withdraw(caseNumber, body == null ? null : body.reason(), user), user);
    }

    @GetMapping("/{caseNumber}/labels.pdf")
    @Tag(name = "Evidence")
    @Operation(summary = "Exhibit labels with a QR code of each exhibit number; 404 when the case is not visible",
            responses = @ApiResponse(responseCode = "200", description = "The labels as PDF",
                    content = @Content(mediaType = CaseFilePdf.MEDIA_TYPE,
                            schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> labels(@PathVariable String caseNumber) {
        byte[] body = files.labels(caseNumber, currentUser.require());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(caseNumber.trim() + "-labels.pdf").build().toString())
                .body(body);
    }

    @GetMapping("/{caseNumber}/file.pdf")
    @Tag(name = "Reports")
    @Operation(summary = "The case file as PDF, for handing to a prosecutor; 404 when the case is not visible",
            description = "In the language of Accept-Language where translated (en, ru, ky), English otherwise.",
            responses = @ApiResponse(responseCode = "200", description = "The PDF, as an attachment",
                    content = @Content(mediaType = CaseFilePdf.MEDIA_TYPE,
                            schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> pdf(@PathVariable String caseNumber,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        WildcaseUser user = currentUser.require();
        byte[] body = files.pdf(files.read(caseNumber, user, "pdf"), user, CaseFilePdf.locale(language));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(CaseFilePdf.fileName(caseNumber.trim())).build().toString())
                .body(body);
    }
}
