package org.wildcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The application as a user meets it: a real server on a random port, the login page, the public documents. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:start-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
class ApplicationStartTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_login_page_is_served() throws Exception {
        HttpResponse<String> login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("<html");
    }

    @Test
    void the_start_page_asks_for_sign_in_first() throws Exception {
        HttpResponse<String> start = get("/");
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void the_openapi_document_publishes_the_contract() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/permits", "/api/permits/{number}", "/api/permits/{number}/cancel",
                "/api/permit-checks", "/api/species", "/api/species/imports");
    }

    @Test
    void the_api_answers_anonymous_calls_with_401_not_a_redirect() throws Exception {
        HttpResponse<String> api = get("/api/species?q=falco");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void cockpit_is_not_open_to_anonymous_users() throws Exception {
        HttpResponse<String> cockpit = get("/camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode()).isEqualTo(302);
        assertThat(cockpit.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void demo_users_sign_in_over_http_basic() throws Exception {
        HttpResponse<String> species = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/species?q=uncia")).header("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString("officer.bishkek:demo".getBytes())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(species.statusCode()).isEqualTo(200);
        assertThat(species.body()).contains("Panthera uncia");
    }
}
