package org.wildcase.seizure;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wildcase.api.PagedResponse;
import org.wildcase.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The list of cases over REST, by visibility; the case file itself is casework's ({@code CaseFileController}). */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases", description = "Seizure cases")
class CaseController {

    private final SeizureCases cases;
    private final CurrentUser currentUser;

    CaseController(SeizureCases cases, CurrentUser currentUser) {
        this.cases = cases;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "The cases visible to the caller, newest first, paged")
    PagedResponse<CaseView.Summary> list(@RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) Stage stage, @RequestParam(required = false) String unit,
            @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PagedResponse.page(page, size, p -> cases.list(new SeizureCases.CaseFilter(status, stage, unit,
                overdue, q), currentUser.require(), p));
    }
}
