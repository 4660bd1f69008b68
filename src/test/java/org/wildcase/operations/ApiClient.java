package org.wildcase.operations;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A caller of the REST API over real HTTP, as another agency's system or a script would be: HTTP Basic, JSON. */
public final class ApiClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final Function<String, URI> base;

    public ApiClient(Function<String, URI> base) {
        this.base = base;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    }

    /** A reply: its status and its body as JSON (a missing node when it was not JSON). */
    public record Reply(int status, JsonNode body, String text) {
        public boolean ok() {
            return status == 200 || status == 201;
        }

        public String text(String field) {
            return body.path(field).asText(null);
        }
    }

    public Reply get(String user, String path) throws IOException, InterruptedException {
        return send(user, HttpRequest.newBuilder(base.apply(path)).GET());
    }

    public Reply post(String user, String path, String json) throws IOException, InterruptedException {
        return send(user, HttpRequest.newBuilder(base.apply(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    private Reply send(String user, HttpRequest.Builder request) throws IOException, InterruptedException {
        request.timeout(Duration.ofSeconds(60)).header("Accept", "application/json, */*;q=0.5");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body;
        try {
            body = r.body().isEmpty() ? JSON.missingNode() : JSON.readTree(r.body());
        } catch (IOException notJson) {
            body = JSON.missingNode();
        }
        return new Reply(r.statusCode(), body, r.body());
    }

    static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
