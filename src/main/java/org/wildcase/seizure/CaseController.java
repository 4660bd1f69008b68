package org.wildcase.seizure;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import org.wildcase.api.PagedResponse;
import org.wildcase.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Cases over REST: registration (customs officers), the case file and list (by visibility), withdrawal (managers). */
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

    @PostMapping
    @Operation(summary = "Register a seizure in the caller's unit and start its flow (customs-officer)")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "Registered: the "
            + "case with its pre-check findings; Location names it")
    ResponseEntity<CaseView> open(@RequestBody Registration registration) {
        CaseView view = cases.view(cases.openCase(registration, currentUser.require()), currentUser.require());
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/cases/{n}").buildAndExpand(view.caseNumber())
                .toUri()).body(view);
    }

    @GetMapping("/{caseNumber}")
    @Operation(summary = "The case file; 404 when the case is not visible to the caller")
    CaseView get(@PathVariable String caseNumber) {
        return cases.view(caseNumber, currentUser.require());
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

    @PostMapping("/{caseNumber}/withdraw")
    @Operation(summary = "Withdraw a case with a reason (manager): it ends WITHDRAWN and its open tasks are gone")
    CaseView withdraw(@PathVariable String caseNumber, @RequestBody(required = false) Withdrawal body) {
        return cases.view(cases.withdraw(caseNumber, body == null ? null : body.reason(), currentUser.require()),
                currentUser.require());
    }
}
