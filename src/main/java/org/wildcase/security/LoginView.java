package org.wildcase.security;

import java.time.Clock;

import org.springframework.security.web.WebAttributes;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The sign-in page of the embedded default (local accounts). */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    private final boolean keycloak;
    private final Clock clock;

    LoginView(org.springframework.core.env.Environment env, Clock clock) {
        keycloak = env.acceptsProfiles(org.springframework.core.env.Profiles.of(SecurityConfiguration.KEYCLOAK));
        this.clock = clock;
        setSizeFull();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        login.setI18n(i18n);
        login.setForgotPasswordButtonVisible(false);
        login.setAction("login");

        // The language is chosen before signing in too: the officer may not read English. Below the form, so
        // that the form comes first to the keyboard and to a screen reader.
        LanguageSelect language = new LanguageSelect();
        language.setId("login-language");
        VerticalLayout column = new VerticalLayout(new H1("Wildcase"),
                new Paragraph(getTranslation("app.tagline")), login, language);
        column.setSizeFull();
        column.setAlignItems(FlexComponent.Alignment.CENTER);
        column.setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        add(column);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (keycloak) {
            // People sign in at the agencies' Keycloak; this page has no accounts behind it then.
            event.forwardToUrl(SecurityConfiguration.KEYCLOAK_LOGIN);
            return;
        }
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        long wait = failed ? secondsToWait() : 0;
        i18n.getErrorMessage().setTitle(wait > 0 ? getTranslation("login.throttled.title")
                : getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(wait > 0 ? getTranslation("login.throttled.message", wait)
                : getTranslation("login.error.message"));
        login.setI18n(i18n);
        login.setError(failed);
    }

    /** How long sign-in is paused, when the last attempt was refused for too many failures (0 otherwise). */
    private long secondsToWait() {
        // Spring's failure handler keeps the reason of the last failed sign-in in the session for this page.
        VaadinSession session = VaadinSession.getCurrent();
        Object reason = session == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return reason instanceof TooManyFailedSignIns throttled ? throttled.secondsUntil(clock.instant()) : 0;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | Wildcase";
    }
}
