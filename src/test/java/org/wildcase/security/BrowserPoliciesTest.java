package org.wildcase.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.wildcase.Requests;
import org.wildcase.WildcaseTest;

/**
 * Content-Security-Policy, Referrer-Policy and Permissions-Policy through the real filter chains: on API replies and
 * on the filter chain's own refusals (401, 403), and on the UI chain's replies; Camunda's web apps keep their own
 * policy. The pages themselves need the Vaadin servlet, which MockMvc lacks: {@link PagesOnTheWireTest} reads them
 * from the real server.
 */
@WildcaseTest
class BrowserPoliciesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void the_ui_chain_carries_the_pages_policies() throws Exception {
        MockHttpServletResponse docs = call(get("/v3/api-docs"));

        assertThat(docs.getStatus()).isEqualTo(200);
        assertThat(docs.getHeader("Content-Security-Policy")).isEqualTo(BrowserPolicies.PAGES);
        assertThat(docs.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertPermissionsOff(docs);
    }

    @Test
    void the_live_reload_socket_is_allowed_only_with_the_dev_tools() {
        assertThat(BrowserPolicies.pages(true)).contains("connect-src 'self' ws: wss:;");
        assertThat(BrowserPolicies.pages(false)).contains("connect-src 'self';").doesNotContain("ws:");
    }

    @Test
    void an_api_reply_allows_nothing() throws Exception {
        MockHttpServletResponse ok = call(Requests.get("expert", "/api/species?q=falco"));

        assertThat(ok.getStatus()).isEqualTo(200);
        assertApiPolicies(ok);
    }

    @Test
    void the_api_refusals_of_the_filter_chain_carry_the_policies() throws Exception {
        MockHttpServletResponse anonymous = call(get("/api/species?q=falco"));
        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertApiPolicies(anonymous);

        MockHttpServletResponse forbidden = call(Requests.get("integration", "/api/species?q=falco"));
        assertThat(forbidden.getStatus()).isEqualTo(403);
        assertApiPolicies(forbidden);

        MockHttpServletResponse engine = call(get("/engine-rest/engine"));
        assertThat(engine.getStatus()).isEqualTo(401);
        assertApiPolicies(engine);
    }

    @Test
    void camundas_web_apps_keep_their_own_content_security_policy() throws Exception {
        MockHttpServletResponse cockpit = call(get("/camunda/app/cockpit/default/")
                .with(user("admin").roles(Roles.ADMIN)));

        // Camunda's own filter (not run by MockMvc) sets its policy with a nonce; ours would only narrow it.
        assertThat(cockpit.getHeader("Content-Security-Policy")).isNull();
        assertThat(cockpit.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertPermissionsOff(cockpit);
    }

    private MockHttpServletResponse call(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    static void assertApiPolicies(MockHttpServletResponse response) {
        assertThat(response.getHeader("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        assertPermissionsOff(response);
    }

    static void assertPermissionsOff(MockHttpServletResponse response) {
        assertThat(response.getHeader("Permissions-Policy")).contains("camera=()").contains("microphone=()")
                .contains("geolocation=()").contains("payment=()");
    }
}
