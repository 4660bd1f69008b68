package org.wildcase.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wildcase.ui.ViewTest;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.login.LoginForm;

class LoginViewTest extends ViewTest {

    @Test
    void an_anonymous_visitor_to_the_start_page_ends_on_the_login_view() {
        navigate("");

        assertOnLoginView();
        NavigatorKt.expectView(LoginView.class);
        assertThat(_get(LoginForm.class).isError()).isFalse();
    }

    @Test
    void a_failed_sign_in_shows_the_error() {
        navigate("login?error");

        assertThat(_get(LoginForm.class).isError()).isTrue();
    }
}
