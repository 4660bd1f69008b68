package org.wildcase.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

class HomeViewTest extends ViewTest {

    @Test
    void a_customs_officer_sees_their_unit_by_name_and_code_and_their_role_on_the_start_page() {
        login("officer.bishkek");

        navigate(HomeView.class);

        assertThat(BasicUtilsKt.get_text(_get(Span.class, s -> s.withId("home-unit")))).isEqualTo("Unit: Port Control Unit Bishkek (BIS)");
        UnorderedList roles = _get(UnorderedList.class, s -> s.withId("home-roles"));
        assertThat(roles.getChildren().map(c -> ((ListItem) c).getText()))
                .containsExactly("Customs officer (customs-officer)");
    }

    @Test
    void an_expert_has_no_unit() {
        login("expert");

        navigate(HomeView.class);

        assertThat(BasicUtilsKt.get_text(_get(Span.class, s -> s.withId("home-unit"))))
                .isEqualTo("Unit: none (not a customs post)");
        assertThat(BasicUtilsKt.get_textRecursively(_get(UnorderedList.class, s -> s.withId("home-roles"))))
                .contains("CITES expert (cites-expert)");
    }

    @Test
    void signing_in_lands_on_the_start_page() {
        login("manager");

        assertThat(currentPath()).isEmpty();
        assertThat(com.vaadin.flow.component.UI.getCurrent().getCurrentView()).isInstanceOf(HomeView.class);
    }
}
