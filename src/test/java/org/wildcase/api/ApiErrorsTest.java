package org.wildcase.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every error under /api in the contract's shape, through a real Tomcat (MockMvc would skip the container's own
 * refusals): problem+json with status, title and detail, in the caller's terms, never a 500 and never a Java name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:start-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
class ApiErrorsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> send(String user, String method, String path, String contentType, String body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
                    .getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Asserts the contract's error shape and returns the body. */
    static JsonNode problem(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("title").asText()).isNotBlank();
        assertThat(body.path("detail").asText()).isNotBlank();
        assertThat(r.body()).doesNotContain("org.wildcase", "java.", "Exception", "`", "com.fasterxml", "SQL",
                "ResponseEntity", "\tat ");
        return body;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/cases/..%2F..%2Fetc", "/api/permits/%00", "/api/tasks/%00/claim",
            "/api/cases/a%2Fb", "/api/cases/%2e%2e/x", "/api/cases/..;/x", "/api/cases/%5C", "/api/cases/%ZZ",
            "/api/cases/x/../y"})
    void a_malformed_path_is_a_400_problem(String path) throws Exception {
        RawHttp.Reply r = RawHttp.send(port, "GET", path, "manager", null, null);
        assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.path("status").asInt()).isEqualTo(400);
        assertThat(body.path("detail").asText()).contains("malformed");
    }

    @Test
    void a_request_line_too_long_to_read_is_a_400_problem_too() throws Exception {
        // Longer than Tomcat reads a request's head: it answers before any path is known.
        String path = "/api/cases/" + "x".repeat(5000) + "/attachments/" + "y".repeat(5000) + "/retract";
        RawHttp.Reply r = RawHttp.send(port, "POST", path, "manager", "application/json", "{}".getBytes());
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(JSON.readTree(r.body()).path("status").asInt()).isEqualTo(400);
    }

    @Test
    void an_unknown_api_path_is_a_404_problem_and_sets_no_cookie() throws Exception {
        HttpResponse<String> r = send("manager", "GET", "/api/no-such-thing", null, null);
        problem(r, 404);
        assertThat(r.headers().allValues("Set-Cookie")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"PUT,/api/cases", "DELETE,/api/cases/BIS-2026-00001", "GET,/api/tasks/42/complete",
            "PATCH,/api/permits"})
    void a_wrong_method_is_a_405_problem(String method, String path) throws Exception {
        problem(send("manager", method, path, null, null), 405);
    }

    @Test
    void json_sent_to_an_upload_is_a_415_problem() throws Exception {
        problem(send("permits", "POST", "/api/reconciliations", "application/json", "{}"), 415);
        problem(send("admin", "POST", "/api/species/imports", "application/json", "{}"), 415);
    }

    @Test
    void an_unacceptable_media_type_is_a_406_problem() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/permits?size=1"))
                .header("Accept", "image/png").header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("permits:demo".getBytes(StandardCharsets.UTF_8))).build();
        problem(http.send(request, HttpResponse.BodyHandlers.ofString()), 406);
    }

    @Test
    void a_page_far_beyond_the_data_is_empty_not_an_error() throws Exception {
        HttpResponse<String> r = send("manager", "GET", "/api/cases?page=2147483647&size=500", null, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode page = JSON.readTree(r.body());
        assertThat(page.path("content").size()).isZero();
        assertThat(page.path("page").asInt()).isEqualTo(2147483647);
        HttpResponse<String> tasks = send("expert", "GET", "/api/tasks?page=2147483647&size=500", null, null);
        assertThat(tasks.statusCode()).as(tasks.body()).isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[]|body|a JSON object",
            "\"text\"|body|a JSON object",
            "{\"seizedAt\": 1732000000}|seizedAt|timestamp as text",
            "{\"seizedAt\": [2026, 11, 20]}|seizedAt|timestamp as text",
            "{\"direction\": 1}|direction|by name",
            "{\"direction\": \"EXPORTS\"}|direction|is not one of",
            "{\"location\": 12}|location|text",
            "{\"shareWithIccwc\": \"yes\"}|shareWithIccwc|true or false",
            "{\"specimens\": [{\"quantity\": \"4\"}]}|specimens[0].quantity|a number",
            "{\"specimens\": {}}|specimens|a list",
            "{\"locaton\": \"typo\"}|locaton|is not a field",
            "{\"location\": \"a\", \"location\": \"b\"}|body|not valid JSON",
            "{\"location\": \"a\"}}}garbage|body|not valid JSON",
            "{\"location\": \"a\"} {\"location\": \"b\"}|body|exactly one JSON value",
            "{\"location\": |body|not valid JSON"})
    void a_body_that_does_not_say_what_the_api_reads_is_a_400_on_its_field(String body, String field, String says)
            throws Exception {
        JsonNode problem = problem(send("officer.bishkek", "POST", "/api/cases", "application/json", body), 400);
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo(field);
        assertThat(problem.path("errors").get(0).path("message").asText()).contains(says);
    }

    @Test
    void a_missing_body_is_a_400_that_says_so() throws Exception {
        JsonNode problem = problem(send("officer.bishkek", "POST", "/api/cases", "application/json", ""), 400);
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("body");
    }

    @Test
    void deeply_nested_json_is_a_400() throws Exception {
        String deep = "{\"notes\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
        problem(send("officer.bishkek", "POST", "/api/cases", "application/json", deep), 400);
    }

    @Test
    void a_body_larger_than_the_api_reads_is_a_413_problem() throws Exception {
        String huge = "{\"notes\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        problem(send("officer.bishkek", "POST", "/api/cases", "application/json", huge), 413);
    }

    @Test
    void invalid_utf8_is_a_400() throws Exception {
        byte[] bytes = {'{', '"', 'n', 'o', 't', 'e', 's', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/cases"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("officer.bishkek:demo"
                        .getBytes(StandardCharsets.UTF_8))).build();
        problem(http.send(request, HttpResponse.BodyHandlers.ofString()), 400);
    }

    @Test
    void a_task_body_that_is_not_an_object_is_a_400() throws Exception {
        problem(send("expert", "POST", "/api/tasks/no-such-task/complete", "application/json", "[1]"), 404);
        problem(send("manager", "POST", "/api/cases/BIS-2026-99999/withdraw", "application/json", "[]"), 400);
    }
}
