package org.wildcase.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.TestPropertySource;
import org.wildcase.WildcaseTest;
import org.wildcase.security.DemoUsers;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.UtilsKt;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinSession;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfoList;
import io.github.classgraph.ScanResult;
import kotlin.jvm.functions.Function1;

/**
 * Browserless view tests with Karibu-Testing: the whole application (like {@link WildcaseTest}, demo data off) and a
 * faked Vaadin session per test, with the real route access control. Sign in with {@link #login(String)} as one of
 * the demo users, then {@link #navigate(Class)} and look the view over with Karibu's {@code LocatorJ._get}.
 * <p>
 * Karibu starts no servlet container, so Spring Security's filters never run: this class does their part. The signed-in
 * user is kept where the real login keeps it (the HTTP session's security context, which Vaadin's
 * {@code VaadinAwareSecurityContextHolderStrategy} reads), and the faked request answers {@code getUserPrincipal} and
 * {@code isUserInRole} from it, as Spring's {@code SecurityContextHolderAwareRequestWrapper} does, because Vaadin's
 * {@code NavigationAccessControl} and {@code AccessAnnotationChecker} ask the request.
 * <p>
 * A test that wants the demo data adds {@code @TestPropertySource(properties = "wildcase.demo.data=true")}.
 */
@WildcaseTest
@TestPropertySource(properties = "wildcase.demo.data=false")
public abstract class ViewTest {

    /** Every route, layout and error view of the application; scanning the classpath once is enough. */
    private static final Routes ROUTES = discoverRoutes("org.wildcase");

    private static final String ROLE_PREFIX = "ROLE_";

    @Autowired
    private ApplicationContext context;

    @Autowired
    private UserDetailsService localUsers;

    @Autowired
    private PasswordEncoder passwordEncoder;

    private Function1<FakeHttpSession, FakeRequest> karibuRequestFactory;

    @BeforeEach
    void setUpVaadin() {
        SecurityContextHolder.clearContext();
        karibuRequestFactory = MockVaadin.getMockRequestFactory();
        MockVaadin.setMockRequestFactory(SpringSecurityRequest::new);
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        MockVaadin.setMockRequestFactory(karibuRequestFactory);
        SecurityContextHolder.clearContext();
    }

    /**
     * Signs in a demo user ({@link DemoUsers#ACCOUNTS}) through the same accounts, password check and principal as the
     * login form, keeps the security context in the HTTP session as Spring does after a form login, and reloads the
     * page, as the login's redirect does. Afterwards the user is on the start page.
     */
    protected void login(String username) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(localUsers);
        provider.setPasswordEncoder(passwordEncoder);
        Authentication auth = provider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, DemoUsers.PASSWORD));
        SecurityContext securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(auth);
        SecurityContextHolder.setContext(securityContext);
        VaadinSession.getCurrent().getSession().setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, securityContext);
        reload();
        navigate("");
    }

    /** Forgets the signed-in user and reloads the page, which takes an anonymous visitor to the login view. */
    protected void logout() {
        VaadinSession.getCurrent().getSession()
                .removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        SecurityContextHolder.clearContext();
        reload();
    }

    /** A fresh UI at the current location, as after pressing F5: the layout and view are built anew. */
    protected void reload() {
        UI.getCurrent().getPage().reload();
    }

    /** Navigates to a view and returns it; fails if access control sent the user elsewhere. */
    protected <V extends Component> V navigate(Class<V> view) {
        UI.getCurrent().navigate(view);
        NavigatorKt.expectView(view);
        return view.cast(UI.getCurrent().getCurrentView());
    }

    /**
     * Navigates to a location ("" is the start page, "admin/species", "login?error") and returns the view shown there,
     * which is the login view for an anonymous visitor to a protected view. Fails if the navigation ended on an error
     * view (no such route, or denied: see {@link #assertDenied(String)}).
     */
    protected Component navigate(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, query),
                    QueryParameters.fromString(location.substring(query + 1)));
        }
        Component view = UI.getCurrent().getCurrentView();
        assertThat(view).as("navigating to '%s' ended on an error view: %s", location,
                BasicUtilsKt.get_textRecursively(view)).isNotInstanceOf(HasErrorParameter.class);
        return view;
    }

    /** The path of the view now shown, without a leading slash: "" for the start page, "login" for the login view. */
    protected String currentPath() {
        return NavigatorKt.getCurrentPath().replaceFirst("^/", "");
    }

    /**
     * Asserts that the signed-in user may not open the view. Vaadin's access control reroutes a signed-in user who
     * lacks the role to the {@code AccessDeniedException} error view, and Vaadin's {@code RouteAccessDeniedError}
     * passes that on to the not-found error view (with status 403), so a denied view looks as if it did not exist:
     * the location stays, and the not-found error view is shown in place of the view.
     */
    protected void assertDenied(Class<? extends Component> view) {
        assertDenied(RouteConfiguration.forSessionScope().getUrl(view));
    }

    /** {@link #assertDenied(Class)} for a location. */
    protected void assertDenied(String location) {
        Optional<Class<? extends Component>> target = RouteConfiguration.forSessionScope().getRoute(location);
        assertThat(target).as("a view at '%s'", location).isPresent();
        assertThat(SecurityContextHolder.getContext().getAuthentication())
                .as("signed-in user (an anonymous visitor is sent to the login view instead)").isNotNull();

        UI.getCurrent().navigate(location);

        Component shown = UI.getCurrent().getCurrentView();
        String what = shown.getClass().getName() + ": " + BasicUtilsKt.get_textRecursively(shown).strip();
        assertThat(shown).as("view shown at '%s' (%s)", location, what).isNotInstanceOf(target.get())
                .isInstanceOf(HasErrorParameter.class);
        assertThat(UtilsKt.isRouteNotFound(shown.getClass())).as("the not-found error view (%s)", what).isTrue();
        assertThat(currentPath()).isEqualTo(location);
    }

    /** Asserts that the visitor was sent to the login view, as Vaadin does with anyone not signed in. */
    protected void assertOnLoginView() {
        assertThat(currentPath()).as("current path").isEqualTo("login");
    }

    /**
     * Like Karibu's {@code Routes.autoDiscoverViews}, which only sees public classes (ClassGraph's default), while our
     * views and layouts are package-private. Unlike it, Karibu's stand-ins for the not-found and access-denied error
     * views are left out: they report by throwing, but Vaadin 24.9's router catches an exception from an error view
     * and shows its internal-error view instead, so the test would not see it. Vaadin's own error views (or the
     * application's) are used, as in the running application.
     */
    static Routes discoverRoutes(String packageName) {
        Set<Class<? extends Component>> views = new LinkedHashSet<>();
        Set<Class<? extends HasErrorParameter<?>>> errorViews = new LinkedHashSet<>();
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages(packageName).scan()) {
            ClassInfoList routed = scan.getClassesWithAnnotation(Route.class.getName())
                    .union(scan.getClassesWithAnnotation(Layout.class.getName()));
            routed.loadClasses(Component.class).forEach(views::add);
            scan.getClassesImplementing(HasErrorParameter.class.getName()).filter(c -> !c.isAbstract())
                    .loadClasses().forEach(c -> errorViews.add(errorView(c)));
        }
        return new Routes(views, errorViews, true);
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends HasErrorParameter<?>> errorView(Class<?> c) {
        return (Class<? extends HasErrorParameter<?>>) c;
    }

    /**
     * Karibu's faked request with what Spring Security's request wrapper adds: the signed-in user as principal and
     * their roles ({@code ROLE_} authorities) for {@code isUserInRole}. Read on every call, so a login or logout
     * during a test is seen at once.
     */
    private static final class SpringSecurityRequest extends FakeRequest {

        SpringSecurityRequest(FakeHttpSession session) {
            super(session);
        }

        @Override
        public Principal getUserPrincipal() {
            return authentication();
        }

        @Override
        public String getRemoteUser() {
            Authentication auth = authentication();
            return auth == null ? null : auth.getName();
        }

        @Override
        public boolean isUserInRole(String role) {
            Authentication auth = authentication();
            if (auth == null || role == null) {
                return false;
            }
            String authority = role.startsWith(ROLE_PREFIX) ? role : ROLE_PREFIX + role;
            return auth.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
        }

        private static Authentication authentication() {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
                return null;
            }
            return auth;
        }
    }
}
