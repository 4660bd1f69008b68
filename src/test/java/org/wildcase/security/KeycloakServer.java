package org.wildcase.security;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The real Keycloak 26 of the sign-in tests: the dist from Maven Central (unpacked by the build into
 * {@code target/keycloak-dist}), started once per test run on free ports with the trial realm of
 * {@code config/keycloak/}, and stopped when the JVM ends. The realm copy also lets the app's test port redirect,
 * and adds a client whose tokens live two seconds, to prove that expired tokens are refused.
 */
public final class KeycloakServer {

    /** The port the browser journey's app listens on; the realm lets it redirect there. */
    public static final int APP_PORT = freePort();
    public static final String SHORT_LIVED_CLIENT = "wildcase-short-lived";

    private static KeycloakServer running;

    private final int port;
    private final Process process;

    private KeycloakServer(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    /** The running server, started on first use. */
    public static synchronized KeycloakServer get() {
        if (running == null) {
            running = start();
        }
        return running;
    }

    public String issuer() {
        return "http://127.0.0.1:" + port + "/realms/wildcase";
    }

    /** An access token by the password grant of the app's client (the trial realm allows it for tests). */
    public String token(String user, String password) {
        return tokenReply("grant_type", "password", "client_id", "wildcase-app", "client_secret",
                "wildcase-trial-secret", "username", user, "password", password, "scope", "openid")
                .path("access_token").asText(null);
    }

    /** An access token of another agency's system (client credentials). */
    public String integrationToken() {
        return tokenReply("grant_type", "client_credentials", "client_id", "wildcase-integration", "client_secret",
                "wildcase-integration-trial-secret").path("access_token").asText(null);
    }

    /** A token that expires two seconds after it is issued. */
    public String shortLivedToken(String user) {
        return tokenReply("grant_type", "password", "client_id", SHORT_LIVED_CLIENT, "username", user, "password",
                "demo").path("access_token").asText(null);
    }

    private JsonNode tokenReply(String... form) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < form.length; i += 2) {
            body.append(i == 0 ? "" : "&").append(form[i]).append('=')
                    .append(URLEncoder.encode(form[i + 1], StandardCharsets.UTF_8));
        }
        try {
            HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(issuer() + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new ObjectMapper().readTree(reply.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("Keycloak's token endpoint did not answer", e);
        }
    }

    private static KeycloakServer start() {
        Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak-dist/keycloak-26.5.6"));
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak dist at " + home.toAbsolutePath()
                    + ": run the tests with ./mvnw verify, which unpacks it");
        }
        int port = freePort();
        try {
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.writeString(imports.resolve("wildcase-realm.json"), realmForTests());
            Path log = home.resolve("keycloak-test.log");
            ProcessBuilder builder = new ProcessBuilder("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + port, "--http-host=127.0.0.1", "--import-realm", "--db=dev-mem")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "kcadmin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "kcadmin");
            Process process = builder.start();
            KeycloakServer server = new KeycloakServer(port, process);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
            server.awaitReady(log);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start Keycloak from " + home, e);
        }
    }

    private void awaitReady(Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting; see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<Void> reply = http.send(HttpRequest.newBuilder(URI.create(issuer()
                        + "/.well-known/openid-configuration")).build(), HttpResponse.BodyHandlers.discarding());
                if (reply.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        stop();
        throw new IllegalStateException("Keycloak was not ready within 3 minutes; see " + log.toAbsolutePath());
    }

    private void stop() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }

    /** The trial realm, plus the test app's redirect and a client with two-second tokens. */
    static String realmForTests() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode realm = (ObjectNode) json.readTree(Path.of("config/keycloak/wildcase-realm.json").toFile());
        ArrayNode clients = (ArrayNode) realm.get("clients");
        ObjectNode app = null;
        for (JsonNode client : clients) {
            if ("wildcase-app".equals(client.path("clientId").asText())) {
                app = (ObjectNode) client;
            }
        }
        if (app == null) {
            throw new IllegalStateException("The trial realm has no wildcase-app client");
        }
        String base = "http://localhost:" + APP_PORT;
        ((ArrayNode) app.withArray("redirectUris")).add(base + "/*");
        ObjectNode attributes = app.with("attributes");
        String logout = attributes.path("post.logout.redirect.uris").asText("");
        attributes.put("post.logout.redirect.uris", (logout.isEmpty() ? "" : logout + "##") + base + "##" + base
                + "/*");
        ObjectNode shortLived = app.deepCopy();
        shortLived.remove("id");
        shortLived.remove("secret");
        shortLived.put("clientId", SHORT_LIVED_CLIENT);
        shortLived.put("publicClient", true);
        shortLived.put("directAccessGrantsEnabled", true);
        shortLived.with("attributes").put("access.token.lifespan", "2");
        if (shortLived.get("protocolMappers") instanceof ArrayNode mappers) {
            mappers.forEach(m -> ((ObjectNode) m).remove("id"));
        }
        clients.add(shortLived);
        return json.writeValueAsString(realm);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
