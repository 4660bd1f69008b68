package org.wildcase.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;

class MainLayoutTest extends ViewTest {

    private static List<String> menuPaths() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getPath).toList();
    }

    @Test
    void an_admin_finds_the_species_list_in_the_menu() {
        login("admin");

        assertThat(menuPaths()).contains("", "admin/species").doesNotContain("tasks", "cases", "overview");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("Species list");
    }

    @Test
    void an_expert_does_not_find_the_species_list_in_the_menu() {
        login("expert");

        assertThat(menuPaths()).contains("", "tasks", "cases").doesNotContain("admin/species", "overview");
    }

    @Test
    void the_header_shows_a_customs_officer_with_unit_name_code_and_role() {
        login("officer.bishkek");

        assertThat(BasicUtilsKt.get_text(_get(Span.class, s -> s.withId("current-user"))))
                .isEqualTo("officer.bishkek · Port Control Unit Bishkek (BIS) · Customs officer");
    }

    @Test
    void the_header_shows_an_expert_without_a_unit() {
        login("expert");

        assertThat(BasicUtilsKt.get_text(_get(Span.class, s -> s.withId("current-user"))))
                .isEqualTo("expert · CITES expert");
    }

    @Test
    void the_menu_follows_the_user_who_signs_in_next() {
        login("admin");
        logout();
        assertOnLoginView();

        login("expert");

        assertThat(menuPaths()).contains("tasks").doesNotContain("admin/species");
    }

    @Test
    void an_unknown_location_shows_the_shell_with_a_message_and_a_way_back() {
        login("officer.bishkek");

        // As when the address is typed: UI.navigate would hand a location without a server route to the browser's router.
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location("no/such/page"), NavigationTrigger.PAGE_LOAD);

        assertThat(BasicUtilsKt.get_text(_get(H2.class, s -> s.withId("not-found-title")))).isEqualTo("Page not found");
        assertThat(_get(Anchor.class, s -> s.withId("not-found-back")).getHref()).isEmpty();
        // The shell stays: the menu and the signed-in user are there.
        assertThat(menuPaths()).contains("", "tasks");
        assertThat(_find(Span.class, s -> s.withId("current-user"))).hasSize(1);
    }

    @Test
    void a_view_the_role_does_not_allow_shows_the_same_message_inside_the_shell() {
        login("officer.bishkek");

        assertDenied("overview");

        assertThat(BasicUtilsKt.get_text(_get(Paragraph.class, s -> s.withId("not-found-text"))))
                .isEqualTo("This page does not exist, or your role does not allow you to open it.");
        assertThat(menuPaths()).contains("tasks").doesNotContain("overview");
    }

    @Test
    void only_an_admin_has_a_link_to_the_process_cockpit() {
        login("admin");
        SideNavItem cockpit = _get(SideNavItem.class, s -> s.withId("menu-cockpit"));
        assertThat(cockpit.getPath()).isEqualTo("camunda/app/cockpit/");
        assertThat(cockpit.isRouterIgnore()).isTrue();

        logout();
        login("manager");
        assertThat(_find(SideNavItem.class, s -> s.withId("menu-cockpit"))).isEmpty();
    }

    @Test
    void signing_out_leads_to_the_login_view() {
        login("manager");

        _click(_get(Button.class, s -> s.withId("sign-out")));
        // Signing out ends with a redirect, which Karibu's page does not follow: the next page load does.
        reload();

        assertOnLoginView();
    }
}
