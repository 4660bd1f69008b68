package org.wildcase.reconciliation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;
import org.wildcase.api.FieldError;
import org.wildcase.api.InvalidInputException;
import org.wildcase.api.PagedResponse;
import org.wildcase.reconciliation.Reconciliations.DiscrepancyFilter;
import org.wildcase.reconciliation.Reconciliations.DiscrepancyView;
import org.wildcase.reconciliation.Reconciliations.RunStatus;
import org.wildcase.reconciliation.Reconciliations.RunSummary;
import org.wildcase.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Reconciliation runs over REST: upload a period's export records, read a run, its discrepancies and the permits
 * no record used. Who may call is decided by the API security chain (import: customs and permit officers; read:
 * those and managers); customs officers see their unit's runs only. Decisions are the ReviewDiscrepancies task's
 * body at {@code POST /api/tasks/{taskId}/complete}.
 */
@RestController
@RequestMapping("/api/reconciliations")
@Tag(name = "Reconciliations", description = "Export records reconciled with the permits issued")
class ReconciliationController {

    private final Reconciliations reconciliations;
    private final ExportRecordFile files;
    private final CurrentUser currentUser;

    ReconciliationController(Reconciliations reconciliations, ExportRecordFile files, CurrentUser currentUser) {
        this.reconciliations = reconciliations;
        this.files = files;
        this.currentUser = currentUser;
    }

    /** A run with the permits issued in its period that no record cites. */
    record RunDetail(String number, LocalDate periodFrom, LocalDate periodTo, String fileName, String importedBy,
            String unit, OffsetDateTime importedAt, int records, int discrepancies, int undecided, int unusedPermits,
            RunStatus status, String reviewTaskId, List<UnusedPermit> unusedPermitList) {

        static RunDetail of(RunSummary r, List<UnusedPermit> unused) {
            return new RunDetail(r.number(), r.periodFrom(), r.periodTo(), r.fileName(), r.importedBy(), r.unit(),
                    r.importedAt(), r.records(), r.discrepancies(), r.undecided(), r.unusedPermits(), r.status(),
                    r.reviewTaskId(), unused);
        }
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a period's export records (CSV or XLSX) and reconcile them with the register "
            + "(customs-officer, cites-permit-officer); a bad row is a 400 naming lines[N].column, and a bad file "
            + "stores nothing")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "Imported and "
            + "reconciled: the run; Location names it")
    ResponseEntity<RunSummary> importRecords(
            @Parameter(description = "The export records, .csv or .xlsx, columns as the templates")
            @RequestParam(name = "file", required = false) MultipartFile file,
            @Parameter(description = "First day of the period, YYYY-MM-DD")
            @RequestParam(name = "periodFrom", required = false) String periodFrom,
            @Parameter(description = "Last day of the period, YYYY-MM-DD")
            @RequestParam(name = "periodTo", required = false) String periodTo) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate from = date("periodFrom", periodFrom, errors);
        LocalDate to = date("periodTo", periodTo, errors);
        if (file == null || file.isEmpty()) {
            errors.add(new FieldError("file", file == null ? Reconciliations.REQUIRED : "is empty"));
        }
        if (from != null && to != null && from.isAfter(to)) {
            errors.add(new FieldError("periodTo", "lies before periodFrom"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
        RunSummary run;
        try (InputStream content = file.getInputStream()) {
            run = reconciliations.importRecords(file.getOriginalFilename(), content, from, to, currentUser.require());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/reconciliations/{number}").buildAndExpand(
                run.number()).toUri()).body(run);
    }

    @GetMapping
    @Operation(summary = "Runs the caller may see, newest first (customs-officer: their unit's; "
            + "cites-permit-officer, manager: all)")
    PagedResponse<RunSummary> runs(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PagedResponse.page(page, size, p -> reconciliations.runs(currentUser.require(), p));
    }

    @GetMapping("/{number}")
    @Operation(summary = "A run's summary and the export permits and re-export certificates issued in its period "
            + "that no record cites")
    RunDetail run(@PathVariable String number) {
        RunSummary run = reconciliations.run(number, currentUser.require());
        return RunDetail.of(run, reconciliations.unusedPermits(number, currentUser.require()));
    }

    @GetMapping("/{number}/discrepancies")
    @Operation(summary = "A run's discrepancies in record order with their decisions, filtered by code and by "
            + "whether they are still undecided")
    PagedResponse<DiscrepancyView> discrepancies(@PathVariable String number,
            @RequestParam(required = false) DiscrepancyCode code,
            @RequestParam(required = false) Boolean undecided, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PagedResponse.page(page, size, p -> reconciliations.discrepancies(number,
                new DiscrepancyFilter(code, undecided), currentUser.require(), p));
    }

    @GetMapping("/template.csv")
    @Operation(summary = "An export record file to fill in, as CSV: the header row and one example row")
    ResponseEntity<byte[]> csvTemplate() {
        return template(ExportRecordFile.Format.CSV, "export-records.csv", new MediaType("text", "csv"));
    }

    @GetMapping("/template.xlsx")
    @Operation(summary = "An export record file to fill in, as XLSX: the header row and one example row")
    ResponseEntity<byte[]> xlsxTemplate() {
        return template(ExportRecordFile.Format.XLSX, "export-records.xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    private ResponseEntity<byte[]> template(ExportRecordFile.Format format, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString()).body(files.template(format));
    }

    private static LocalDate date(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, Reconciliations.REQUIRED));
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "'" + value + "' is not a valid date (YYYY-MM-DD)"));
            return null;
        }
    }
}
