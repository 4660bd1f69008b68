package org.wildcase.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wildcase.organisation.OrganisationNames;
import org.wildcase.organisation.OrganisationNames.Entry;
import org.wildcase.organisation.OrganisationNames.Kind;
import org.wildcase.ui.ViewTest;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The admins' page of agency and unit names without a browser: renaming, what a blank name or a bad code shows,
 * a rename someone else saved first, and who may not open it. The database is shared with other test classes, so
 * each test renames only a unit it added itself.
 */
class OrganisationNamesViewTest extends ViewTest {

    static final Locale RU = Locale.forLanguageTag("ru");
    static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    OrganisationNames names;

    /** A code no other test uses: OrganisationNamesTest takes "QZ..". */
    static String freshCode() {
        int n = SEQ.getAndIncrement();
        return "VW" + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26);
    }

    Entry newUnit() {
        return names.addUnit(freshCode(), "Port Control Unit Test", "Отдел портового контроля Тест", null);
    }

    Entry stored(String code) {
        return names.entries().stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static Grid<Entry> grid() {
        return _get(Grid.class, s -> s.withId("names-grid"));
    }

    static List<Entry> rows() {
        Grid<Entry> grid = grid();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    static Entry row(String code) {
        return rows().stream().filter(e -> e.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + code));
    }

    /** Clicks the unit's row, as the admin does to open the form. */
    static void open(String code) {
        List<Entry> rows = rows();
        int index = IntStream.range(0, rows.size()).filter(i -> rows.get(i).code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + code));
        GridKt._selectRow(grid(), index);
        assertThat(formShown()).as("the form is open").isTrue();
    }

    static TextField field(String id) {
        return _get(TextField.class, s -> s.withId(id));
    }

    static void save() {
        _click(_get(Button.class, s -> s.withId("names-save")));
    }

    static boolean formShown() {
        return !_find(VerticalLayout.class, s -> s.withId("names-form")).isEmpty();
    }

    static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }

    @Test
    void an_admin_renames_a_unit_and_the_new_name_shows_in_the_grid_and_in_russian() {
        Entry unit = newUnit();
        login("admin");
        navigate(OrganisationNamesView.class);

        open(unit.code());
        assertThat(field("name-code").getValue()).isEqualTo(unit.code());
        assertThat(field("name-code").isReadOnly()).as("codes never change").isTrue();
        assertThat(field("name-en").getValue()).isEqualTo("Port Control Unit Test");
        _setValue(field("name-en"), "Port Control Unit Test Renamed");
        _setValue(field("name-ru"), "Отдел портового контроля Тест Новый");
        _setValue(field("name-ky"), "Порттук көзөмөл бөлүмү");
        save();

        assertThat(notifications()).anyMatch(t -> t.equals("The names of " + unit.code() + " are saved."));
        assertThat(formShown()).isFalse();
        Entry shown = row(unit.code());
        assertThat(shown.nameEn()).isEqualTo("Port Control Unit Test Renamed");
        assertThat(shown.nameRu()).isEqualTo("Отдел портового контроля Тест Новый");
        assertThat(shown.nameKy()).isEqualTo("Порттук көзөмөл бөлүмү");
        assertThat(names.name(unit.code(), RU)).isEqualTo("Отдел портового контроля Тест Новый");
    }

    @Test
    void a_blank_english_or_russian_name_is_marked_next_to_its_field_and_nothing_is_stored() {
        Entry unit = newUnit();
        login("admin");
        navigate(OrganisationNamesView.class);
        open(unit.code());

        _setValue(field("name-en"), "  ");
        save();
        assertThat(field("name-en").isInvalid()).isTrue();
        assertThat(field("name-en").getErrorMessage()).isEqualTo("Required");
        assertThat(field("name-ru").isInvalid()).isFalse();
        assertThat(formShown()).as("the form stays open").isTrue();
        assertThat(stored(unit.code())).isEqualTo(unit);

        _setValue(field("name-en"), "Port Control Unit Test Renamed");
        assertThat(field("name-en").isInvalid()).as("typing clears the mark").isFalse();
        _setValue(field("name-ru"), "");
        save();
        assertThat(field("name-ru").isInvalid()).isTrue();
        assertThat(field("name-ru").getErrorMessage()).isEqualTo("Required");
        assertThat(field("name-en").isInvalid()).isFalse();
        assertThat(stored(unit.code())).isEqualTo(unit);
        assertThat(row(unit.code())).isEqualTo(unit);
    }

    @Test
    void a_rename_someone_else_saved_first_gives_a_notice_and_reloads_the_stored_names() {
        Entry unit = newUnit();
        login("admin");
        OrganisationNamesView view = navigate(OrganisationNamesView.class);
        open(unit.code());
        _setValue(field("name-en"), "Mine");

        // Another admin renamed it while this form was open.
        Entry theirs = names.update(unit.code(), "Theirs", "Их", null, unit.version());
        NotificationsKt.clearNotifications();
        save();

        assertThat(UI.getCurrent().getCurrentView()).as("no error page").isSameAs(view);
        assertThat(notifications()).anyMatch(t -> t.startsWith("Another admin changed the names of " + unit.code()));
        assertThat(stored(unit.code())).isEqualTo(theirs);
        assertThat(formShown()).isTrue();
        assertThat(field("name-en").getValue()).isEqualTo("Theirs");
        assertThat(field("name-ru").getValue()).isEqualTo("Их");
        assertThat(row(unit.code())).isEqualTo(theirs);

        // On top of what is stored now, the change goes through.
        _setValue(field("name-en"), "Mine");
        save();
        assertThat(stored(unit.code()).nameEn()).isEqualTo("Mine");
        assertThat(stored(unit.code()).nameRu()).isEqualTo("Их");
    }

    @Test
    void an_admin_adds_a_unit_and_a_bad_or_taken_code_is_marked_next_to_the_code_field() {
        String code = freshCode();
        login("admin");
        navigate(OrganisationNamesView.class);

        _click(_get(Button.class, s -> s.withId("names-add-unit")));
        assertThat(formShown()).isTrue();
        assertThat(field("name-code").isReadOnly()).isFalse();
        _setValue(field("name-en"), "Port Control Unit Karakol");
        _setValue(field("name-ru"), "Отдел портового контроля Каракол");

        _setValue(field("name-code"), "B1");
        save();
        assertThat(field("name-code").isInvalid()).isTrue();
        assertThat(field("name-code").getErrorMessage()).isEqualTo("2 to 5 capital letters A to Z");
        assertThat(names.entries()).extracting(Entry::nameEn).doesNotContain("Port Control Unit Karakol");

        _setValue(field("name-code"), "BIS");
        save();
        assertThat(field("name-code").isInvalid()).isTrue();
        assertThat(field("name-code").getErrorMessage()).isEqualTo("This code is already in use");
        assertThat(names.name("BIS", Locale.ENGLISH)).isEqualTo("Port Control Unit Bishkek");

        _setValue(field("name-code"), code.toLowerCase(Locale.ROOT));
        save();
        assertThat(formShown()).isFalse();
        Entry added = row(code);
        assertThat(added.kind()).isEqualTo(Kind.UNIT);
        assertThat(added.nameEn()).isEqualTo("Port Control Unit Karakol");
        assertThat(names.name(code, RU)).isEqualTo("Отдел портового контроля Каракол");
    }

    @Test
    void an_expert_a_manager_and_a_customs_officer_are_denied_the_names_page() {
        for (String user : List.of("expert", "manager", "officer.bishkek")) {
            login(user);
            assertDenied(OrganisationNamesView.class);
            assertDenied("admin/names");
        }
    }
}
