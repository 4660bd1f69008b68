package org.wildcase.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An upload over {@code spring.servlet.multipart.max-file-size} is the API's 413 problem, not a 500: on a real
 * Tomcat, with the limit lowered to 1 KB.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:wildcase-upload;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "spring.servlet.multipart.max-file-size=1KB", "spring.servlet.multipart.max-request-size=2KB"})
class OversizedUploadTest {

    @LocalServerPort
    int port;

    @Test
    void an_oversized_upload_is_a_413_problem() throws Exception {
        String boundary = "wildcase-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"periodFrom\"\r\n\r\n2026-10-01\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"periodTo\"\r\n\r\n2026-10-31\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + RunFixture.HEADER + "x".repeat(4000) + "\r\n--" + boundary
                + "--\r\n";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/reconciliations"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "permits:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":413");
    }
}
