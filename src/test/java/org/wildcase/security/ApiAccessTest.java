package org.wildcase.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.wildcase.Requests;
import org.wildcase.WildcaseTest;

/**
 * Every endpoint, every demo user, through the real filter chain: who may call it, who gets 403, and that an
 * anonymous call gets 401 problem+json (never a login redirect). A caller without the role gets 403 even with a
 * body that would fail validation: authorization comes first.
 */
@WildcaseTest
class ApiAccessTest {

    static final List<String> USERS = List.of("officer.bishkek", "officer.osh", "expert", "permits", "lawyer",
            "manager", "admin", "integration");
    static final Set<String> PEOPLE = Set.of("officer.bishkek", "officer.osh", "expert", "permits", "lawyer",
            "manager", "admin");
    static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    /** One endpoint: how to call it, and who may. */
    record Endpoint(String name, java.util.function.Function<String, MockHttpServletRequestBuilder> call,
            Set<String> allowed) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> endpoints() {
        return Stream.of(
                new Endpoint("GET /api/species", u -> Requests.get(u, "/api/species?q=falco"), PEOPLE),
                new Endpoint("GET /api/species/versions", u -> Requests.get(u, "/api/species/versions"), PEOPLE),
                new Endpoint("POST /api/species/imports", u -> Requests.as(u,
                        MockMvcRequestBuilders.post("/api/species/imports").contentType("text/csv")
                                .content("not,a,species,list\n")), Set.of("admin")),
                new Endpoint("POST /api/permits", u -> Requests.post(u, "/api/permits", permitJson(
                        "ACL-" + SEQ.incrementAndGet())), Set.of("permits")),
                new Endpoint("GET /api/permits/{number}", u -> Requests.get(u, "/api/permits/KG-2026-0042"), PEOPLE),
                new Endpoint("GET /api/permits?number=", u -> Requests.get(u, "/api/permits?number=KG-2026-0042"),
                        PEOPLE),
                new Endpoint("GET /api/permits", u -> Requests.get(u, "/api/permits?page=0&size=5"), PEOPLE),
                new Endpoint("POST /api/permits/{number}/cancel", u -> Requests.post(u,
                        "/api/permits/NO-SUCH-PERMIT/cancel", null), Set.of("permits")),
                new Endpoint("POST /api/permits/cancel?number=", u -> Requests.post(u,
                        "/api/permits/cancel?number=NO-SUCH-PERMIT", null), Set.of("permits")),
                new Endpoint("POST /api/permit-checks", u -> Requests.post(u, "/api/permit-checks",
                        "{\"direction\":\"EXPORT\",\"seizedAt\":\"2026-01-10T10:00:00+06:00\",\"specimens\":"
                                + "[{\"scientificName\":\"Falco cherrug\",\"quantity\":1}]}"), PEOPLE),
                new Endpoint("POST /api/cases", u -> Requests.post(u, "/api/cases", "{}"),
                        Set.of("officer.bishkek", "officer.osh")),
                new Endpoint("GET /api/cases", u -> Requests.get(u, "/api/cases"), PEOPLE),
                new Endpoint("GET /api/cases/{caseNumber}", u -> Requests.get(u, "/api/cases/BIS-1999-00001"), PEOPLE),
                new Endpoint("POST /api/cases/{caseNumber}/withdraw", u -> Requests.post(u,
                        "/api/cases/BIS-1999-00001/withdraw", "{\"reason\": \"x\"}"), Set.of("manager")),
                new Endpoint("POST /api/cases/{caseNumber}/investigation-outcome", u -> Requests.post(u,
                        "/api/cases/BIS-1999-00001/investigation-outcome", "{}"), Set.of("lawyer", "integration")),
                new Endpoint("GET /api/tasks", u -> Requests.get(u, "/api/tasks"), PEOPLE),
                new Endpoint("POST /api/tasks/{taskId}/complete", u -> Requests.post(u,
                        "/api/tasks/no-such-task/complete", "{}"), PEOPLE),
                new Endpoint("GET /api/holidays", u -> Requests.get(u, "/api/holidays"), PEOPLE),
                new Endpoint("GET /api/units", u -> Requests.get(u, "/api/units"), PEOPLE),
                new Endpoint("POST /api/holidays", u -> Requests.post(u, "/api/holidays", "{}"), Set.of("admin")),
                new Endpoint("DELETE /api/holidays/{day}", u -> Requests.as(u,
                        MockMvcRequestBuilders.delete("/api/holidays/1999-01-01")), Set.of("admin")))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void each_endpoint_admits_exactly_its_roles(Endpoint endpoint) throws Exception {
        MockHttpServletResponse anonymous = mvc.perform(endpoint.call().apply(null)).andReturn().getResponse();
        assertThat(anonymous.getStatus()).as("anonymous").isEqualTo(401);
        assertThat(anonymous.getContentType()).startsWith("application/problem+json");

        for (String user : USERS) {
            MockHttpServletResponse response = mvc.perform(endpoint.call().apply(user)).andReturn().getResponse();
            if (endpoint.allowed().contains(user)) {
                assertThat(response.getStatus()).as(user + " is allowed").isNotIn(401, 403).isLessThan(500);
            } else {
                assertThat(response.getStatus()).as(user + " is refused").isEqualTo(403);
                assertThat(response.getContentType()).startsWith("application/problem+json");
            }
        }
    }

    @Test
    void a_non_admin_gets_403_before_the_body_is_read() throws Exception {
        MockHttpServletResponse response = mvc.perform(Requests.as("expert", MockMvcRequestBuilders
                .post("/api/permits").contentType(MediaType.APPLICATION_JSON).content("{not json")))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
    }

    @Test
    void a_wrong_password_is_401() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/species").with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic("expert", "wrong"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).contains("Basic");
    }

    @Test
    void the_api_creates_no_session() throws Exception {
        MockHttpServletResponse response = mvc.perform(Requests.get("expert", "/api/species?q=falco"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Set-Cookie")).isNull();
    }

    @Test
    void engine_rest_is_closed_to_anonymous_and_non_admin_callers() throws Exception {
        assertThat(mvc.perform(get("/engine-rest/engine")).andReturn().getResponse().getStatus()).isEqualTo(401);
        for (String user : USERS) {
            if (!user.equals("admin")) {
                assertThat(mvc.perform(Requests.get(user, "/engine-rest/engine")).andReturn().getResponse()
                        .getStatus()).as(user).isEqualTo(403);
            }
        }
    }

    @Test
    void camunda_web_apps_send_anonymous_users_to_sign_in_and_refuse_non_admins() throws Exception {
        MockHttpServletResponse anonymous = mvc.perform(get("/camunda/app/cockpit/default/"))
                .andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(302);
        assertThat(anonymous.getRedirectedUrl()).endsWith("/login");

        for (String role : new String[] {Roles.CUSTOMS_OFFICER, Roles.CITES_EXPERT, Roles.PERMIT_OFFICER,
                Roles.LEGAL_OFFICER, Roles.MANAGER, Roles.INTEGRATION}) {
            assertThat(mvc.perform(get("/camunda/app/cockpit/default/").with(user("someone").roles(role)))
                    .andReturn().getResponse().getStatus()).as(role).isEqualTo(403);
            assertThat(mvc.perform(get("/camunda/api/engine/engine/").with(user("someone").roles(role)))
                    .andReturn().getResponse().getStatus()).as(role).isEqualTo(403);
        }
    }

    @Test
    void the_openapi_document_and_health_are_public() throws Exception {
        assertThat(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    static String permitJson(String number) {
        return """
                {"number": "%s", "type": "EXPORT_PERMIT", "issuedOn": "2026-10-01", "validUntil": "2027-03-31",
                 "holder": "Test", "securityStamp": "S1", "purpose": "T",
                 "lines": [{"scientificName": "Falco cherrug", "term": "LIV", "quantity": 2, "unit": null, "source": "W"}]}
                """.formatted(number);
    }
}
