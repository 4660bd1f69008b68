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
    private final CurrentUser currentUser;

    ReportController(AnnualIllegalTradeReport aitr, CurrentUser currentUser) {
        this.aitr = aitr;
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
}
