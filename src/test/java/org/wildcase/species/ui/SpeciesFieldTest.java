package org.wildcase.species.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wildcase.species.SpeciesCatalogue;
import org.wildcase.ui.ViewTest;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.UI;

/** The species field finds a species by any of its names, and keeps a name that is not on the list. */
class SpeciesFieldTest extends ViewTest {

    @Autowired
    SpeciesCatalogue catalogue;

    SpeciesField field() {
        SpeciesField field = new SpeciesField("Species", catalogue);
        UI.getCurrent().add(field);
        return field;
    }

    @Test
    void the_saker_falcon_is_found_by_its_scientific_english_russian_and_kyrgyz_names() {
        login("expert");
        SpeciesField field = field();
        for (String name : new String[] {"falco cher", "Saker", "балобан", "Ителги"}) {
            ComboBoxKt.setUserInput(field, name);
            assertThat(ComboBoxKt.getSuggestionItems(field)).as(name).contains("Falco cherrug");
        }
    }

    @Test
    void suggestions_show_the_common_name_in_the_users_language_and_the_appendix() {
        login("expert");
        UI.getCurrent().setLocale(Locale.forLanguageTag("ru"));
        SpeciesField field = field();
        ComboBoxKt.setUserInput(field, "Falco cherrug");
        assertThat(ComboBoxKt.getSuggestions(field)).contains("Falco cherrug — Балобан · App. II");
    }

    @Test
    void a_name_not_on_the_list_is_kept_as_typed() {
        login("expert");
        SpeciesField field = field();
        ComboBoxKt._fireCustomValueSet(field, "Falco imaginarius");
        assertThat(field.getValue()).isEqualTo("Falco imaginarius");
    }
}
