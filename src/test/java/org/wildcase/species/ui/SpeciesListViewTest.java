package org.wildcase.species.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wildcase.species.Taxon;
import org.wildcase.ui.ViewTest;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;

class SpeciesListViewTest extends ViewTest {

    @SuppressWarnings("unchecked")
    private static Grid<Taxon> taxa() {
        return _get(Grid.class, s -> s.withId("species-grid"));
    }

    @Test
    void an_admin_finds_the_snow_leopard_by_its_common_name() {
        login("admin");
        navigate(SpeciesListView.class);

        _setValue(_get(TextField.class, s -> s.withId("species-search")), "snow leopard");

        assertThat(GridKt._size(taxa())).isEqualTo(1);
        assertThat(GridKt._get(taxa(), 0).scientificName()).isEqualTo("Panthera uncia");
    }

    @Test
    void an_admin_sees_nothing_for_an_unknown_name() {
        login("admin");
        navigate("admin/species");

        _setValue(_get(TextField.class, s -> s.withId("species-search")), "no such animal");

        assertThat(GridKt._size(taxa())).isZero();
    }

    @Test
    void expert_cannot_open_the_species_admin() {
        login("expert");

        assertDenied(SpeciesListView.class);
        assertDenied("admin/species");
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_view_instead() {
        navigate("admin/species");

        assertOnLoginView();
    }
}
