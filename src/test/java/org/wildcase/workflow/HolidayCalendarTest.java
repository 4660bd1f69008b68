package org.wildcase.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wildcase.WildcaseTest;
import org.wildcase.api.ConflictException;
import org.wildcase.api.FieldError;
import org.wildcase.api.InvalidInputException;

/** The calendar as the admin view uses it: one year at a time, no date twice, names that fit. */
@WildcaseTest
class HolidayCalendarTest {

    @Autowired
    WorkingDays workingDays;

    @Test
    void a_year_lists_only_its_own_holidays_by_date() {
        workingDays.add(LocalDate.of(2091, 12, 31), "Old year");
        workingDays.add(LocalDate.of(2091, 1, 1), "New year");
        workingDays.add(LocalDate.of(2092, 1, 1), "Next new year");

        assertThat(workingDays.holidays(Year.of(2091))).extracting(WorkingDays.Entry::name)
                .containsExactly("New year", "Old year");
    }

    @Test
    void a_date_that_is_already_a_holiday_is_a_conflict() {
        workingDays.add(LocalDate.of(2093, 3, 21), "Nooruz");

        assertThatThrownBy(() -> workingDays.add(LocalDate.of(2093, 3, 21), "Nooruz again"))
                .isInstanceOf(ConflictException.class);
        assertThat(workingDays.holidays(Year.of(2093))).extracting(WorkingDays.Entry::name).containsExactly("Nooruz");
    }

    @Test
    void a_name_longer_than_the_column_is_invalid_input() {
        assertThatThrownBy(() -> workingDays.add(LocalDate.of(2094, 5, 1), "x".repeat(WorkingDays.MAX_NAME + 1)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("name"));
    }
}
