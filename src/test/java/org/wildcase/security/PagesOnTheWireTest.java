package org.wildcase.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The UI's pages as the real server (Tomcat and the Vaadin servlet) sends them: the pages' Content-Security-Policy,
 * Referrer-Policy and Permissions-Policy, and a session cookie with {@code SameSite=Lax} and {@code HttpOnly}. The
 * same application as {@code SignInJourneyTest}, which shares it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:start-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
class PagesOnTheWireTest {

    static final String SCRIPTS = "script-src 'self' 'unsafe-inline' 'unsafe-eval'";

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_login_page_carries_the_pages_policies() throws Exception {
        HttpResponse<String> page = get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(BrowserPolicies.PAGES);
        assertThat(BrowserPolicies.PAGES).contains(SCRIPTS).contains("style-src 'self' 'unsafe-inline'")
                .contains("img-src 'self' data: blob:").contains("object-src 'none'").contains("frame-ancestors 'none'")
                .doesNotContain("*");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p)
                .contains("camera=()").contains("microphone=()").contains("geolocation=()"));
    }

    @Test
    void the_session_cookie_the_ui_sets_is_same_site_lax_and_http_only() throws Exception {
        HttpResponse<String> page = get("/login");

        List<String> session = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).toList();
        assertThat(session).hasSize(1);
        assertThat(session.get(0)).containsIgnoringCase("; SameSite=Lax").containsIgnoringCase("; HttpOnly");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
