package org.wildcase.ui;

import java.util.Locale;
import java.util.stream.Collectors;

import org.wildcase.security.CurrentUser;
import org.wildcase.security.WildcaseUser;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The frame around every view: the menu, the user with unit and roles, the language and sign-out. */
@Layout
@AnonymousAllowed
class MainLayout extends AppLayout {

    private final UnitLabels units;

    MainLayout(CurrentUser currentUser, AuthenticationContext auth, AccessAnnotationChecker access,
            UnitLabels units) {
        this.units = units;
        H1 title = new H1("Wildcase");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.getStyle().set("padding", "0 var(--lumo-space-m)");

        Span spacer = new Span();
        header.addAndExpand(spacer);
        currentUser.get().ifPresent(u -> header.add(userBadge(u)));
        header.add(new org.wildcase.security.LanguageSelect());
        Button signOut = new Button(getTranslation("shell.signout"), e -> auth.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");
        header.add(signOut);
        addToNavbar(header);

        // The views' @Menu entries, which Vaadin already filters by access; the check here keeps a view the user may
        // not open out of the menu even where Vaadin cannot tell. A title is a translation key.
        SideNav nav = new SideNav();
        com.vaadin.flow.server.menu.MenuConfiguration.getMenuEntries().stream()
                .filter(e -> e.menuClass() != null && access.hasAccess(e.menuClass()))
                .forEach(e -> nav.addItem(new SideNavItem(getTranslation(e.title()), e.menuClass())));
        // Cockpit is Camunda's own web app, not a Vaadin view, so it has no @Menu; only admins may open it.
        if (currentUser.get().filter(u -> u.has("admin")).isPresent()) {
            SideNavItem cockpit = new SideNavItem(getTranslation("menu.cockpit"), "camunda/app/cockpit/");
            cockpit.setId("menu-cockpit");
            cockpit.setRouterIgnore(true);
            nav.addItem(cockpit);
        }
        addToDrawer(nav);
    }

    /**
     * Required fields keep their visible mark, but a select and a date-time picker must not carry
     * {@code aria-required} where ARIA does not allow it: Vaadin puts it on the select's value button (role button,
     * vaadin/web-components#7337) and on the date-time picker's group, and axe-core reports both as critical. The
     * date and time inputs inside the picker keep their own {@code aria-required}, so nothing is lost for a screen
     * reader there. Done once per page for every such field, in dialogs too, as they come and go.
     */
    private static final String STRIP_ARIA_REQUIRED = """
            if (!window.wildcaseAriaRequired) {
              window.wildcaseAriaRequired = true;
              const where = el => el.localName === 'vaadin-select-value-button'
                  || el.localName === 'vaadin-date-time-picker';
              const strip = el => { if (where(el) && el.hasAttribute('aria-required')) el.removeAttribute('aria-required'); };
              const within = root => root.querySelectorAll
                  && root.querySelectorAll('vaadin-select-value-button, vaadin-date-time-picker').forEach(strip);
              within(document);
              new MutationObserver(changes => changes.forEach(c => {
                strip(c.target);
                c.addedNodes.forEach(n => { if (n.nodeType === 1) { strip(n); within(n); } });
              })).observe(document.body, {attributes: true, attributeFilter: ['aria-required'], childList: true,
                  subtree: true});
            }""";

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        super.onAttach(event);
        event.getUI().getPage().executeJs(STRIP_ARIA_REQUIRED);
    }

    private Span userBadge(WildcaseUser user) {
        String roles = user.roles().stream().sorted().map(r -> getTranslation("role." + r))
                .collect(Collectors.joining(", "));
        Locale locale = UI.getCurrent() != null ? UI.getCurrent().getLocale() : Locale.ENGLISH;
        String unit = user.unit() == null ? "" : " · " + units.label(user.unit(), locale) + " (" + user.unit() + ")";
        String text = user.username() + unit + " · " + roles;
        Span badge = new Span(text);
        badge.setId("current-user");
        return badge;
    }
}
