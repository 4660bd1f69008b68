package org.wildcase.workflow;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The holiday calendar that working-day deadlines follow: read by anyone signed in, kept by admins. */
@RestController
@RequestMapping("/api/holidays")
@Tag(name = "Holidays", description = "The calendar of non-working days for deadlines")
class HolidayController {

    private final WorkingDays workingDays;

    HolidayController(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    @GetMapping
    List<WorkingDays.Entry> list() {
        return workingDays.holidays();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a holiday (admin)")
    WorkingDays.Entry add(@RequestBody WorkingDays.Entry entry) {
        return workingDays.add(entry.day(), entry.name());
    }

    @DeleteMapping("/{day}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a holiday (admin)")
    void remove(@PathVariable LocalDate day) {
        workingDays.remove(day);
    }
}
