package org.wildcase.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wildcase.CaseApi;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The API behind a real Keycloak (the keycloak profile): its tokens are accepted with their roles and unit;
 * an expired, forged or foreign token gets 401; a customs officer of Osh does not see a Bishkek case.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:keycloak-api-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false", "wildcase.keycloak.clock-skew=0s"})
@ActiveProfiles("keycloak")
class KeycloakApiIT {

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        registry.add("wildcase.keycloak.issuer", () -> KeycloakServer.get().issuer());
    }

    @LocalServerPort
    int port;

    @Autowired
    UserDirectory directory;

    @Autowired
    org.camunda.bpm.engine.IdentityService engineIdentity;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_token_from_keycloak_is_accepted_with_its_roles_and_unit_and_osh_cannot_see_a_bishkek_case()
            throws Exception {
        String bishkek = KeycloakServer.get().token("officer.bishkek", "demo");
        HttpResponse<String> opened = call("POST", "/api/cases", bishkek, CaseApi.registration(false, "KG-X-1"));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String caseNumber = new ObjectMapper().readTree(opened.body()).path("caseNumber").asText();
        assertThat(caseNumber).startsWith("BIS-");
        assertThat(new ObjectMapper().readTree(opened.body()).path("registeredBy").asText())
                .isEqualTo("officer.bishkek");

        assertThat(call("GET", "/api/cases/" + caseNumber, bishkek, null).statusCode()).isEqualTo(200);
        String osh = KeycloakServer.get().token("officer.osh", "demo");
        assertThat(call("GET", "/api/cases/" + caseNumber, osh, null).statusCode()).isEqualTo(404);
        String expert = KeycloakServer.get().token("expert", "demo");
        assertThat(call("GET", "/api/cases/" + caseNumber, expert, null).statusCode()).isEqualTo(200);
        assertThat(call("POST", "/api/cases", expert, CaseApi.registration(false, "KG-X-2")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void the_integration_clients_token_may_post_outcomes_but_reads_nothing() throws Exception {
        String integration = KeycloakServer.get().integrationToken();
        assertThat(call("GET", "/api/cases", integration, null).statusCode()).isEqualTo(403);
        HttpResponse<String> outcome = call("POST", "/api/cases/BIS-2026-99999/investigation-outcome", integration,
                "{\"outcome\": \"DISMISSED\", \"decidedAt\": \"2026-01-05\"}");
        assertThat(outcome.statusCode()).as("authorised, the case is unknown").isEqualTo(404);
    }

    @Test
    void no_expired_forged_or_missing_token_gets_in() throws Exception {
        assertThat(call("GET", "/api/cases", null, null).statusCode()).isEqualTo(401);

        String valid = KeycloakServer.get().token("manager", "demo");
        assertThat(call("GET", "/api/cases", valid, null).statusCode()).isEqualTo(200);

        // Forged: the payload claims another role, the signature is still the old one.
        String[] parts = valid.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"manager\"", "\"admin\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        HttpResponse<String> refused = call("GET", "/api/cases", forged, null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));

        // Unsigned ("alg": "none").
        String unsigned = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";
        assertThat(call("GET", "/api/cases", unsigned, null).statusCode()).isEqualTo(401);

        // Expired: a client of the test realm issues tokens that live two seconds; no clock skew is allowed here.
        String shortLived = KeycloakServer.get().shortLivedToken("manager");
        assertThat(shortLived).isNotNull();
        Thread.sleep(3_000);
        assertThat(call("GET", "/api/cases", shortLived, null).statusCode()).isEqualTo(401);
    }

    @Test
    void managers_reassign_among_the_people_keycloak_lists_for_a_role() {
        assertThat(directory.usersWithRole(Roles.CUSTOMS_OFFICER)).containsExactly(
                new UserDirectory.Person("officer.bishkek", "BIS"), new UserDirectory.Person("officer.osh", "OSH"));
        assertThat(directory.usersWithRole(Roles.CITES_EXPERT)).extracting(UserDirectory.Person::username)
                .containsExactly("expert");
    }

    @Test
    void the_engine_reads_its_users_and_groups_from_keycloak_for_cockpit() {
        assertThat(engineIdentity.createGroupQuery().groupMember("admin").list())
                .extracting(org.camunda.bpm.engine.identity.Group::getId).contains("camunda-admin", "admin");
        assertThat(engineIdentity.createUserQuery().memberOfGroup(Roles.CUSTOMS_OFFICER).list())
                .extracting(org.camunda.bpm.engine.identity.User::getId)
                .containsExactlyInAnyOrder("officer.bishkek", "officer.osh");
    }
}
