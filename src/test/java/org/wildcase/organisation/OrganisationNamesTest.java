package org.wildcase.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.wildcase.Requests;
import org.wildcase.WildcaseTest;
import org.wildcase.api.ConflictException;
import org.wildcase.api.FieldError;
import org.wildcase.api.InvalidInputException;
import org.wildcase.organisation.OrganisationNames.Entry;
import org.wildcase.organisation.OrganisationNames.Kind;

/** The seeded names, the language fallback, and how renaming and adding a unit refuse bad or stale input. */
@WildcaseTest
class OrganisationNamesTest {

    static final Locale RU = Locale.forLanguageTag("ru");
    static final Locale KY = Locale.forLanguageTag("ky");
    /** The application context, and so the database, is shared: each test changes only units it added itself. */
    static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    OrganisationNames names;

    @Autowired
    MockMvc mvc;

    static String freshCode() {
        int n = SEQ.getAndIncrement();
        return "QZ" + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26);
    }

    Entry newUnit() {
        return names.addUnit(freshCode(), "Port Control Unit Test", "Отдел портового контроля Тест", null);
    }

    @Test
    void the_agencies_and_units_are_seeded_in_english_and_russian() {
        assertThat(names.name("BIS", Locale.ENGLISH)).isEqualTo("Port Control Unit Bishkek");
        assertThat(names.name("OSH", RU)).isEqualTo("Отдел портового контроля Ош");
        assertThat(names.name(OrganisationNames.CUSTOMS, RU))
                .isEqualTo("Государственная таможенная служба Кыргызской Республики");
        assertThat(names.name(OrganisationNames.CITES_AUTHORITY, Locale.ENGLISH))
                .startsWith("Ministry of Natural Resources, Ecology and Technical Supervision")
                .doesNotContain("SAEPF");
        assertThat(names.units()).extracting(Entry::code).contains("BIS", "OSH")
                .doesNotContain(OrganisationNames.CUSTOMS);
        assertThat(names.units()).allMatch(e -> e.kind() == Kind.UNIT);
        assertThat(names.agencies()).extracting(Entry::code)
                .containsExactly(OrganisationNames.CITES_AUTHORITY, OrganisationNames.CUSTOMS);
    }

    @Test
    void kyrgyz_falls_back_to_russian_until_a_kyrgyz_name_is_given() {
        Entry unit = newUnit();
        assertThat(names.name(unit.code(), KY)).isEqualTo(unit.nameRu());

        names.update(unit.code(), "Port Control Unit Test", "Отдел портового контроля Тест", "Порттук көзөмөл бөлүмү",
                unit.version());

        assertThat(names.name(unit.code(), KY)).isEqualTo("Порттук көзөмөл бөлүмү");
        assertThat(names.name(unit.code(), RU)).isEqualTo("Отдел портового контроля Тест");
        assertThat(names.name(unit.code(), Locale.GERMAN)).isEqualTo("Port Control Unit Test");
        assertThat(names.name(unit.code(), null)).isEqualTo("Port Control Unit Test");
    }

    @Test
    void an_unknown_code_is_shown_as_itself() {
        assertThat(names.name("XYZ", RU)).isEqualTo("XYZ");
        assertThat(names.name(null, RU)).isEmpty();
    }

    @Test
    void a_rename_is_read_at_once_and_moves_the_version_on() {
        Entry unit = newUnit();

        Entry renamed = names.update(unit.code(), "  Port Control Unit Renamed ", "Отдел переименован", "  ",
                unit.version());

        assertThat(renamed.version()).isGreaterThan(unit.version());
        assertThat(renamed.nameEn()).isEqualTo("Port Control Unit Renamed");
        assertThat(renamed.nameKy()).isNull();
        assertThat(names.name(unit.code(), Locale.ENGLISH)).isEqualTo("Port Control Unit Renamed");
        assertThat(names.units()).contains(renamed);
    }

    @Test
    void blank_english_and_russian_names_are_refused_field_by_field() {
        Entry unit = newUnit();

        assertThatThrownBy(() -> names.update(unit.code(), " ", null, "Бөлүм", unit.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("nameEn", "nameRu"));
        assertThatThrownBy(() -> names.update(unit.code(), "x".repeat(301), "Отдел", null, unit.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("nameEn", OrganisationNames.TOO_LONG)));

        assertThat(names.name(unit.code(), Locale.ENGLISH)).isEqualTo("Port Control Unit Test");
    }

    @Test
    void a_rename_based_on_a_stale_version_is_a_conflict_and_changes_nothing() {
        Entry unit = newUnit();
        names.update(unit.code(), "First admin's name", "Имя первого", null, unit.version());

        assertThatThrownBy(() -> names.update(unit.code(), "Second admin's name", "Имя второго", null,
                unit.version())).isInstanceOf(ConflictException.class);

        assertThat(names.name(unit.code(), Locale.ENGLISH)).isEqualTo("First admin's name");
    }

    @Test
    void a_new_unit_needs_a_code_of_two_to_five_upper_case_letters() {
        for (String bad : new String[] {"B", "bis", "TOOLONG", "B1S", "B-S"}) {
            assertThatThrownBy(() -> names.addUnit(bad, "Unit", "Отдел", null))
                    .as(bad).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                            .containsExactly(new FieldError("code", OrganisationNames.CODE_FORMAT)));
        }
        assertThatThrownBy(() -> names.addUnit(" ", "", "", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("code", "nameEn", "nameRu"));
    }

    @Test
    void no_unit_may_take_the_code_that_begins_reconciliation_run_numbers() {
        assertThatThrownBy(() -> names.addUnit("REC", "Unit", "Отдел", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("code", OrganisationNames.CODE_RESERVED)));
    }

    @Test
    void a_code_in_use_cannot_be_added_again() {
        assertThatThrownBy(() -> names.addUnit("BIS", "Another Bishkek", "Другой Бишкек", null))
                .isInstanceOf(ConflictException.class);
        assertThat(names.name("BIS", Locale.ENGLISH)).isEqualTo("Port Control Unit Bishkek");
    }

    @Test
    void a_new_unit_is_listed_at_once() {
        Entry unit = names.addUnit(" " + freshCode() + " ", "Port Control Unit Naryn", "Отдел портового контроля Нарын",
                null);

        assertThat(unit.code()).matches("[A-Z]{4}");
        assertThat(unit.kind()).isEqualTo(Kind.UNIT);
        assertThat(names.units()).contains(unit);
        assertThat(names.name(unit.code(), RU)).isEqualTo("Отдел портового контроля Нарын");
    }

    @Test
    void any_person_reads_the_units_through_the_api() throws Exception {
        mvc.perform(Requests.get("officer.osh", "/api/units"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code").value(Matchers.hasItems("BIS", "OSH")))
                .andExpect(jsonPath("$[?(@.code == 'BIS')].nameRu").value("Отдел портового контроля Бишкек"))
                .andExpect(jsonPath("$[*].kind").value(Matchers.everyItem(Matchers.is("UNIT"))));
    }
}
