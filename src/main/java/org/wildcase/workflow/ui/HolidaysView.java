package org.wildcase.workflow.ui;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.wildcase.api.ConflictException;
import org.wildcase.api.FieldError;
import org.wildcase.api.InvalidInputException;
import org.wildcase.api.NotFoundException;
import org.wildcase.security.Roles;
import org.wildcase.species.CitesSettings;
import org.wildcase.workflow.WorkingDays;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Admins keep the holiday calendar that working-day deadlines follow, a year at a time. A year holds a dozen
 * holidays or so, so the grid takes the year whole.
 */
@Menu(order = 920, title = "menu.holidays")
@Route("admin/holidays")
@RolesAllowed(Roles.ADMIN)
class HolidaysView extends VerticalLayout implements HasDynamicTitle {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final WorkingDays workingDays;
    private final IntegerField year = new IntegerField();
    private final Grid<WorkingDays.Entry> grid = new Grid<>(WorkingDays.Entry.class, false);
    private final DatePicker date = new DatePicker();
    private final TextField name = new TextField();
    private final DateTimeFormatter dateFormat;
    private static final LocalDate FIRST_DAY = LocalDate.parse(WorkingDays.FIRST_DAY);
    private static final LocalDate LAST_DAY = LocalDate.parse(WorkingDays.LAST_DAY);

    HolidaysView(WorkingDays workingDays, CitesSettings settings, Clock clock) {
        this.workingDays = workingDays;
        this.dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        setSizeFull();
        add(new H2(getTranslation("holidays.title")), new Paragraph(getTranslation("holidays.help")));

        year.setLabel(getTranslation("holidays.year"));
        year.setId("holiday-year");
        year.setStepButtonsVisible(true);
        year.setMin(FIRST_YEAR);
        year.setMax(LAST_YEAR);
        year.setValue(settings.today(clock).getYear());
        year.addValueChangeListener(e -> refresh());
        add(year);

        grid.addColumn(h -> dateFormat.format(h.day())).setHeader(getTranslation("holidays.date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(h -> h.day().getDayOfWeek().getDisplayName(TextStyle.FULL, getLocale()))
                .setHeader(getTranslation("holidays.weekday")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(WorkingDays.Entry::name).setHeader(getTranslation("holidays.name")).setFlexGrow(1);
        grid.addComponentColumn(this::removeButton).setKey("remove").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("holidays.empty"));
        grid.setAllRowsVisible(true);
        grid.setId("holidays-grid");
        add(grid);

        date.setLabel(getTranslation("holidays.date"));
        date.setId("holiday-date");
        date.setI18n(datePickerI18n());
        // The service decides what is valid; the picker shows its answer until the date changes.
        date.setManualValidation(true);
        date.setMin(FIRST_DAY);
        date.setMax(LAST_DAY);
        date.addValueChangeListener(e -> date.setInvalid(false));
        name.setLabel(getTranslation("holidays.name"));
        name.setId("holiday-name");
        name.setManualValidation(true);
        name.setMaxLength(WorkingDays.MAX_NAME);
        name.addValueChangeListener(e -> name.setInvalid(false));
        Button add = new Button(getTranslation("holidays.add"), e -> addHoliday());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("holiday-add");
        HorizontalLayout form = new HorizontalLayout(date, name, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H3(getTranslation("holidays.new")), form);

        refresh();
    }

    private Button removeButton(WorkingDays.Entry holiday) {
        Button remove = new Button(getTranslation("holidays.remove"), e -> confirmRemoval(holiday));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setId("holiday-remove-" + holiday.day());
        return remove;
    }

    private void refresh() {
        Integer selected = year.getValue();
        if (selected == null || selected < FIRST_YEAR || selected > LAST_YEAR) {
            grid.setItems(List.of());
            return;
        }
        grid.setItems(workingDays.holidays(Year.of(selected)));
        date.setInitialPosition(Year.of(selected).atDay(1));
    }

    void addHoliday() {
        date.setInvalid(false);
        name.setInvalid(false);
        try {
            WorkingDays.Entry added = workingDays.add(date.getValue(), name.getValue());
            notify(getTranslation("holidays.added", dateFormat.format(added.day()), added.name()),
                    NotificationVariant.LUMO_SUCCESS);
            date.clear();
            name.clear();
            if (!Integer.valueOf(added.day().getYear()).equals(year.getValue())) {
                year.setValue(added.day().getYear());
            } else {
                refresh();
            }
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                if ("day".equals(error.field())) {
                    date.setErrorMessage(date.getValue() == null ? getTranslation("holidays.error.dateRequired")
                            : getTranslation("holidays.error.dateRange", dateFormat.format(FIRST_DAY),
                                    dateFormat.format(LAST_DAY)));
                    date.setInvalid(true);
                } else {
                    name.setErrorMessage(name.getValue().isBlank() ? getTranslation("holidays.error.nameRequired")
                            : getTranslation("holidays.error.nameTooLong", WorkingDays.MAX_NAME));
                    name.setInvalid(true);
                }
            }
        } catch (ConflictException e) {
            date.setErrorMessage(getTranslation("holidays.error.taken"));
            date.setInvalid(true);
        }
    }

    private void confirmRemoval(WorkingDays.Entry holiday) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("holidays.remove.title"));
        dialog.setText(getTranslation("holidays.remove.text", dateFormat.format(holiday.day()), holiday.name()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("holidays.cancel"));
        dialog.setConfirmText(getTranslation("holidays.remove"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> remove(holiday));
        dialog.setId("holiday-remove-dialog");
        dialog.open();
    }

    void remove(WorkingDays.Entry holiday) {
        try {
            workingDays.remove(holiday.day());
            notify(getTranslation("holidays.removed", dateFormat.format(holiday.day())),
                    NotificationVariant.LUMO_SUCCESS);
        } catch (NotFoundException e) {
            // Another admin removed it first: the outcome is the same, the list just catches up.
            notify(getTranslation("holidays.gone", dateFormat.format(holiday.day())),
                    NotificationVariant.LUMO_CONTRAST);
        }
        refresh();
    }

    /** Month and weekday names in the user's language; the picker's own texts are English otherwise. */
    private DatePicker.DatePickerI18n datePickerI18n() {
        Locale locale = getLocale();
        List<String> months = Arrays.stream(Month.values())
                .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList();
        // The picker counts weekdays from Sunday.
        List<DayOfWeek> week = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(months)
                .setWeekdays(week.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(week.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setFirstDayOfWeek(1)
                .setToday(getTranslation("holidays.today"))
                .setCancel(getTranslation("holidays.cancel"));
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification.show(text, 5000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("holidays.title") + " | Wildcase";
    }
}
