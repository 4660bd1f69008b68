package org.wildcase.workflow.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wildcase.ui.ViewTest;
import org.wildcase.workflow.WorkingDays;
import org.wildcase.workflow.WorkingDays.Entry;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The admins' holiday calendar without a browser: adding, a date already taken, removing after confirmation, and
 * one year at a time. The database is shared with other test classes, so each test takes years of its own, far
 * enough ahead that no deadline reaches them, and below the 2091-2094 of HolidayCalendarTest.
 */
class HolidaysViewTest extends ViewTest {

    static final AtomicInteger NEXT_YEAR = new AtomicInteger(ThreadLocalRandom.current().nextInt(2050, 2070));

    @Autowired
    WorkingDays workingDays;

    static int freshYear() {
        int year = NEXT_YEAR.getAndIncrement();
        assertThat(year).isLessThan(2091);
        return year;
    }

    @SuppressWarnings("unchecked")
    static Grid<Entry> grid() {
        return _get(Grid.class, s -> s.withId("holidays-grid"));
    }

    static List<Entry> rows() {
        Grid<Entry> grid = grid();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    static void showYear(int year) {
        _setValue(_get(IntegerField.class, s -> s.withId("holiday-year")), year);
    }

    static DatePicker date() {
        return _get(DatePicker.class, s -> s.withId("holiday-date"));
    }

    static void add(LocalDate day, String name) {
        _setValue(date(), day);
        _setValue(_get(TextField.class, s -> s.withId("holiday-name")), name);
        _click(_get(Button.class, s -> s.withId("holiday-add")));
    }

    /** The remove button in a holiday's row: cells are rendered on demand, so they are not in the component tree. */
    static Button removeButton(LocalDate day) {
        List<Entry> rows = rows();
        int row = IntStream.range(0, rows.size()).filter(i -> rows.get(i).day().equals(day)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + day));
        Button button = (Button) GridKt._getCellComponent(grid(), row, "remove");
        assertThat(button.getId()).hasValue("holiday-remove-" + day);
        return button;
    }

    static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }

    @Test
    void an_admin_adds_a_holiday_for_the_selected_year_and_sees_it_listed() {
        int year = freshYear();
        LocalDate nooruz = LocalDate.of(year, 3, 21);
        login("admin");
        navigate(HolidaysView.class);
        showYear(year);
        assertThat(rows()).isEmpty();

        add(nooruz, "Nooruz");

        assertThat(rows()).containsExactly(new Entry(nooruz, "Nooruz"));
        assertThat(workingDays.holidays(Year.of(year))).containsExactly(new Entry(nooruz, "Nooruz"));
        assertThat(notifications()).anyMatch(t -> t.startsWith("Added ") && t.contains("Nooruz"));
        assertThat(date().getValue()).as("the form is cleared for the next one").isNull();
    }

    @Test
    void a_date_that_is_already_a_holiday_is_marked_next_to_the_date_field() {
        int year = freshYear();
        LocalDate victoryDay = LocalDate.of(year, 5, 9);
        workingDays.add(victoryDay, "Victory Day");
        login("admin");
        navigate(HolidaysView.class);
        showYear(year);

        add(victoryDay, "Victory Day again");

        assertThat(date().isInvalid()).isTrue();
        assertThat(date().getErrorMessage()).isEqualTo("This date is already a holiday");
        assertThat(rows()).containsExactly(new Entry(victoryDay, "Victory Day"));
        assertThat(workingDays.holidays(Year.of(year))).containsExactly(new Entry(victoryDay, "Victory Day"));
    }

    @Test
    void removing_a_holiday_asks_for_confirmation_and_then_removes_it() {
        int year = freshYear();
        LocalDate newYear = LocalDate.of(year, 1, 1);
        LocalDate christmas = LocalDate.of(year, 1, 7);
        workingDays.add(newYear, "New Year");
        workingDays.add(christmas, "Orthodox Christmas");
        login("admin");
        navigate(HolidaysView.class);
        showYear(year);

        _click(removeButton(christmas));

        ConfirmDialog dialog = _get(ConfirmDialog.class, s -> s.withId("holiday-remove-dialog"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(ConfirmDialogKt.getText(dialog)).contains("Orthodox Christmas");
        assertThat(workingDays.holidays(Year.of(year))).as("nothing removed before confirming")
                .extracting(Entry::day).containsExactly(newYear, christmas);

        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(rows()).containsExactly(new Entry(newYear, "New Year"));
        assertThat(workingDays.holidays(Year.of(year))).containsExactly(new Entry(newYear, "New Year"));
        assertThat(notifications()).anyMatch(t -> t.endsWith("is a working day again."));
    }

    @Test
    void another_year_shows_only_its_holidays() {
        int first = freshYear();
        int second = freshYear();
        workingDays.add(LocalDate.of(first, 8, 31), "Independence Day");
        workingDays.add(LocalDate.of(second, 11, 7), "Days of History and Remembrance");
        workingDays.add(LocalDate.of(second, 11, 8), "Days of History and Remembrance");
        login("admin");
        navigate(HolidaysView.class);

        showYear(first);
        assertThat(rows()).extracting(Entry::day).containsExactly(LocalDate.of(first, 8, 31));

        showYear(second);
        assertThat(rows()).extracting(Entry::day).containsExactly(LocalDate.of(second, 11, 7),
                LocalDate.of(second, 11, 8));
    }

    @Test
    void an_expert_a_manager_and_a_customs_officer_are_denied_the_holiday_calendar() {
        for (String user : List.of("expert", "manager", "officer.bishkek")) {
            login(user);
            assertDenied(HolidaysView.class);
            assertDenied("admin/holidays");
        }
    }
}
