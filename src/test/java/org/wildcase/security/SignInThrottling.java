package org.wildcase.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.instanceOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Failed sign-ins through the real filter chains, by HTTP Basic and by the login form, on a clock the test moves:
 * after five wrong passwords the right one is refused (the API with 429 problem+json and {@code Retry-After}, the
 * form back to its page with the reason kept for it), and it works again once the cooldown has passed. Each test
 * uses its own account and client address, since they share one application. The subclasses run it in the embedded
 * default and with the postgres profile.
 */
abstract class SignInThrottling {

    /** The application's clock, moved by the tests. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Instant.now());
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    MovableClock clock;

    @Autowired
    VerifiedCredentials verified;

    @Autowired
    LocalAccounts accounts;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void after_five_wrong_passwords_the_api_answers_429_even_to_the_right_one_until_the_cooldown_has_passed()
            throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(api("lawyer", "wrong", "10.1.0.1").getStatus()).isEqualTo(401);
        }

        MockHttpServletResponse refused = api("lawyer", "demo", "10.1.0.1");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getHeader("Retry-After")).isEqualTo("30");
        assertThat(refused.getContentAsString()).contains("\"status\":429").contains("\"title\":\"Too Many Requests\"")
                .contains("\"detail\":\"Too many failed sign-ins. Try again in 30 seconds.\"");
        BrowserPoliciesTest.assertApiPolicies(refused);

        clock.advance(Duration.ofSeconds(20));
        assertThat(api("lawyer", "demo", "10.1.0.2").getHeader("Retry-After")).isEqualTo("10");
        clock.advance(Duration.ofSeconds(10));
        assertThat(api("lawyer", "demo", "10.1.0.1").getStatus()).isEqualTo(200);
    }

    @Test
    void after_five_wrong_passwords_the_login_form_refuses_the_right_one_until_the_cooldown_has_passed()
            throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(form("manager", "wrong", "10.2.0.1")).andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(form("manager", "demo", "10.2.0.1")).andExpect(redirectedUrl("/login?error"))
                .andExpect(request().sessionAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                        instanceOf(TooManyFailedSignIns.class)));

        clock.advance(SignInThrottle.FIRST_COOLDOWN);
        mvc.perform(form("manager", "demo", "10.2.0.1")).andExpect(redirectedUrl("/"));
    }

    @Test
    void failures_by_form_and_by_basic_count_together_and_a_success_clears_them() throws Exception {
        for (int i = 0; i < 4; i++) {
            mvc.perform(form("permits", "wrong", "10.3.0.1")).andExpect(redirectedUrl("/login?error"));
        }
        assertThat(api("permits", "demo", "10.3.0.1").getStatus()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            assertThat(api("permits", "wrong", "10.3.0.1").getStatus()).isEqualTo(401);
        }
        mvc.perform(form("permits", "wrong", "10.3.0.1")).andExpect(redirectedUrl("/login?error"));

        assertThat(api("permits", "demo", "10.3.0.1").getStatus()).isEqualTo(429);
    }

    @Test
    void a_changed_account_forgets_its_verified_credentials() throws Exception {
        String hash = accounts.loadUserByUsername("expert").getPassword();
        assertThat(api("expert", "demo", "10.4.0.1").getStatus()).isEqualTo(200);
        assertThat(verified.contain("expert", hash, "demo")).isTrue();

        events.publishEvent(new LocalAccountChanged("expert"));

        assertThat(verified.contain("expert", hash, "demo")).isFalse();
    }

    private MockHttpServletResponse api(String user, String password, String address) throws Exception {
        return mvc.perform(get("/api/holidays").with(httpBasic(user, password)).with(from(address))).andReturn()
                .getResponse();
    }

    private static MockHttpServletRequestBuilder form(String user, String password, String address) {
        return post("/login").param("username", user).param("password", password).with(csrf()).with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
