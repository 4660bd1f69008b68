package org.wildcase.ui;

import org.wildcase.security.CurrentUser;
import org.wildcase.security.WildcaseUser;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** The start page: who is signed in, with which roles and unit, and what the application is for. */
@Menu(order = 0, title = "menu.home")
@Route("")
@PermitAll
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(CurrentUser currentUser, UnitLabels units) {
        WildcaseUser user = currentUser.require();
        add(new H2(getTranslation("home.welcome", user.username())));
        add(new Paragraph(getTranslation("app.tagline")));

        Span unit = new Span(getTranslation("home.unit") + ": "
                + (user.unit() != null ? units.label(user.unit(), getLocale()) + " (" + user.unit() + ")"
                        : getTranslation("home.unit.none")));
        unit.setId("home-unit");
        add(unit);

        add(new Paragraph(getTranslation("home.roles")));
        UnorderedList roles = new UnorderedList();
        roles.setId("home-roles");
        user.roles().stream().sorted().forEach(r -> roles.add(new ListItem(getTranslation("role." + r) + " (" + r + ")")));
        add(roles);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " | Wildcase";
    }
}
