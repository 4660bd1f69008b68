package org.wildcase.reporting;

import java.io.IOException;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wildcase.security.CurrentUser;
import org.wildcase.security.WildcaseUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/** Reports over REST: the Annual Illegal Trade Report (managers) and the case file as PDF (whoever sees the case). */
@RestController
@Tag(name = "Reports", description = "The CITES Annual Illegal Trade Report and the case file as PDF")
class ReportController {

    private final AnnualIllegalTradeReport aitr;
    private final CaseFilePdf pdf;
    private final CurrentUser currentUser;

    ReportController(AnnualIllegalTradeReport aitr, CaseFilePdf pdf, CurrentUser currentUser) {
        this.aitr = aitr;
        this.pdf = pdf;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/reports/aitr")
    @Operation(summary = "The CITES Annual Illegal Trade Report of a calendar year as XLSX (manager)",
            description = "One row per specimen line of every seizure of the year (seizedAt in the home time zone), "
                    + "except cases that ended WITHDRAWN or RELEASED; open cases show what is known so far. "
                    + "400 when the year is missing, not four digits, before 1975 or after this year.",
            responses = @ApiResponse(responseCode = "200", description = "The workbook, as an attachment",
                    content = @Content(mediaType = AnnualIllegalTradeReport.MEDIA_TYPE,
                            schema = @Schema(type = "string", format = "binary"))))
    void aitr(@Parameter(description = "The calendar year, e.g. 2026", example = "2026")
            @RequestParam(required = false) String year, HttpServletResponse response) throws IOException {
        WildcaseUser user = currentUser.require();
        aitr.requireAllowed(user);
        int y = aitr.year(year);
        response.setContentType(AnnualIllegalTradeReport.MEDIA_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(AnnualIllegalTradeReport.fileName(y)).build().toString());
        aitr.write(y, user, response.getOutputStream());
    }

    @GetMapping("/api/cases/{caseNumber}/file.pdf")
    @Operation(summary = "The case file as PDF, for handing to a prosecutor; 404 when the case is not visible",
            description = "In the language of Accept-Language where translated (en, ru, ky), English otherwise.",
            responses = @ApiResponse(responseCode = "200", description = "The PDF, as an attachment",
                    content = @Content(mediaType = CaseFilePdf.MEDIA_TYPE,
                            schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> caseFile(@PathVariable String caseNumber,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        byte[] body = pdf.render(caseNumber, currentUser.require(), locale(language));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(CaseFilePdf.fileName(caseNumber.trim())).build().toString())
                .body(body);
    }

    /** The first offered language the application speaks; English when none is. */
    static Locale locale(String acceptLanguage) {
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
}
