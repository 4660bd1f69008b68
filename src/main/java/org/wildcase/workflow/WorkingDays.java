package org.wildcase.workflow;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wildcase.api.ConflictException;
import org.wildcase.api.DateWithin;
import org.wildcase.api.FieldRules;
import org.wildcase.api.NotFoundException;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The holiday calendar an admin keeps, and working-day arithmetic on it (Monday to Friday, less holidays). */
@Service
public class WorkingDays {

    /** A holiday as the admin sees it and {@code POST /api/holidays} takes it; the name as long as its column. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "Holiday")
    public record Entry(@NotNull @DateWithin(from = FIRST_DAY, to = LAST_DAY) LocalDate day,
            @NotBlank @Size(max = MAX_NAME) String name) {
    }

    /** The calendar's days: the years CITES cases run in; a year 99999 is a typing error, not a holiday. */
    public static final String FIRST_DAY = "1975-01-01";
    public static final String LAST_DAY = DateWithin.LATEST;

    /** Deadlines are computed on every task start; the calendar changes a few times a year. */
    /** The length of the holiday table's name column. */
    public static final int MAX_NAME = 200;

    static final long RELOAD_NANOS = 60_000_000_000L;

    private final Holidays holidays;
    private final Validator validator;
    private volatile Set<LocalDate> cached;
    private volatile long loadedAt;

    private final org.wildcase.audit.AuditTrail audit;

    WorkingDays(Holidays holidays, Validator validator, org.wildcase.audit.AuditTrail audit) {
        this.audit = audit;
        this.holidays = holidays;
        this.validator = validator;
    }

    /** The day on which {@code count} working days after {@code start} have passed. */
    public LocalDate addWorkingDays(LocalDate start, int count) {
        Set<LocalDate> off = calendar();
        LocalDate day = start;
        int added = 0;
        while (added < count) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !off.contains(day)) {
                added++;
            }
        }
        return day;
    }

    private Set<LocalDate> calendar() {
        Set<LocalDate> days = cached;
        if (days == null || System.nanoTime() - loadedAt > RELOAD_NANOS) {
            days = holidays.findAll().stream().map(Holiday::day).collect(Collectors.toUnmodifiableSet());
            cached = days;
            loadedAt = System.nanoTime();
        }
        return days;
    }

    @Transactional(readOnly = true)
    public List<Entry> holidays() {
        return holidays.findAllByOrderByDay().stream().map(h -> new Entry(h.day(), h.name())).toList();
    }

    /** The holidays of one calendar year, by date. */
    @Transactional(readOnly = true)
    public List<Entry> holidays(Year year) {
        return holidays.findByDayBetweenOrderByDay(year.atDay(1), year.atMonth(12).atEndOfMonth()).stream()
                .map(h -> new Entry(h.day(), h.name())).toList();
    }

    @Transactional
    public Entry add(LocalDate day, String name) {
        FieldRules.require(validator, new Entry(day, name == null ? null : name.trim()));
        if (holidays.existsById(day)) {
            throw new ConflictException(day + " is already a holiday.");
        }
        holidays.save(new Holiday(day, name.trim()));
        audit.record("HOLIDAY_ADDED", null, org.wildcase.audit.AuditTrail.detail("day", day, "name", name.trim()));
        cached = null;
        return new Entry(day, name.trim());
    }

    @Transactional
    public void remove(LocalDate day) {
        if (!holidays.existsById(day)) {
            throw new NotFoundException(day + " is not a holiday.");
        }
        holidays.deleteById(day);
        audit.record("HOLIDAY_REMOVED", null, org.wildcase.audit.AuditTrail.detail("day", day));
        cached = null;
    }
}
