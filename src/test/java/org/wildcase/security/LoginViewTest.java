package org.wildcase.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.WebAttributes;
import org.wildcase.ui.ViewTest;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.server.VaadinSession;

import elemental.json.JsonObject;

class LoginViewTest extends ViewTest {

    @Autowired
    Clock clock;

    @Test
    void an_anonymous_visitor_to_the_start_page_ends_on_the_login_view() {
        navigate("");

        assertOnLoginView();
        NavigatorKt.expectView(LoginView.class);
        assertThat(_get(LoginForm.class).isError()).isFalse();
    }

    @Test
    void the_language_is_chosen_on_the_login_page_before_signing_in() {
        navigate("login");
        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText()).isEqualTo("Wildcase");

        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(
                _get(LanguageSelect.class, s -> s.withId("login-language")), LanguageSelect.KYRGYZ);

        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(LanguageSelect.KYRGYZ);
        // The page reloads in the chosen language (Karibu's reload keeps the old UI's locale, so it is shown anew).
        UI.getCurrent().setLocale(VaadinSession.getCurrent().getLocale());
        navigate("login?lang");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Кирүү | Wildcase");
        assertThat(new LanguageSelect().getValue()).as("the choice shown after the reload").isEqualTo(LanguageSelect.KYRGYZ);
    }

    @Test
    void a_failed_sign_in_shows_the_error() {
        navigate("login?error");

        assertThat(_get(LoginForm.class).isError()).isTrue();
        assertThat(error("message")).isEqualTo("Check the user name and password and try again.");
    }

    @Test
    void a_sign_in_refused_after_too_many_failures_says_how_long_to_wait() {
        refusedFor(30);

        navigate("login?error");

        assertThat(_get(LoginForm.class).isError()).isTrue();
        assertThat(error("title")).isEqualTo("Sign-in paused");
        assertThat(error("message")).isEqualTo("Too many failed sign-ins. Try again in 30 seconds.");
    }

    @Test
    void the_wait_is_said_in_russian_too() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("ru"));
        refusedFor(120);

        navigate("login?error");

        assertThat(error("message")).isEqualTo("Слишком много неудачных попыток входа. Попробуйте снова через 120 с.");
    }

    @Test
    void once_the_cooldown_has_passed_the_usual_error_shows() {
        refusedFor(-1);

        navigate("login?error");

        assertThat(error("title")).isEqualTo("Sign-in failed");
    }

    /** The error text the login form shows ("title" or "message"), as sent to the browser. */
    private static String error(String part) {
        JsonObject i18n = (JsonObject) _get(LoginForm.class).getElement().getPropertyRaw("i18n");
        return i18n.getObject("errorMessage").getString(part);
    }

    /** As Spring's failure handler leaves it for the login page after a refused sign-in. */
    private void refusedFor(long seconds) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new TooManyFailedSignIns(clock.instant().plusSeconds(seconds), clock.instant()));
    }
}
