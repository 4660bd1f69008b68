package org.wildcase.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.Year;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.wildcase.Requests;
import org.wildcase.WildcaseTest;
import org.wildcase.api.ConflictException;
import org.wildcase.api.FieldError;
import org.wildcase.api.InvalidInputException;

/** The calendar as the admin view and the API use it: one year at a time, no date twice, names and days that fit. */
@WildcaseTest
class HolidayCalendarTest {

    @Autowired
    WorkingDays workingDays;

    @Autowired
    MockMvc mvc;

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

    @Test
    void a_holiday_outside_1975_to_2100_is_invalid_input_on_its_day() {
        assertThatThrownBy(() -> workingDays.add(LocalDate.parse("+99999-01-01"), "Far future"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("day", "must lie between 1975-01-01 and 2100-12-31")));
        assertThatThrownBy(() -> workingDays.add(LocalDate.of(1974, 12, 31), "Before"))
                .isInstanceOf(InvalidInputException.class);
        workingDays.add(LocalDate.of(2100, 12, 31), "Last day of the calendar");
    }

    @Test
    void the_api_refuses_a_holiday_on_99999_with_a_400_on_day_and_stores_nothing() throws Exception {
        int before = workingDays.holidays().size();
        mvc.perform(Requests.post("admin", "/api/holidays", "{\"day\": \"+99999-01-01\", \"name\": \"Far\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("day"));
        mvc.perform(Requests.post("admin", "/api/holidays", "{\"day\": \"2095-01-02\", \"name\": \""
                + "n".repeat(201) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("is too long: at most 200 characters"));
        assertThat(workingDays.holidays()).hasSize(before);
    }
}
