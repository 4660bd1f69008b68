package org.wildcase.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.wildcase.operations.ApiClient;
import org.wildcase.operations.CaseDriver;
import org.wildcase.operations.CaseLoad;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The published OpenAPI document says what the API really does: real replies, successes and errors, are checked
 * against it (their status is documented for the operation, their body matches the documented schema), it names
 * its security scheme, task bodies are named schemas, and no two types share a schema name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:start-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
class OpenApiContractTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    JsonNode document() throws Exception {
        return JSON.readTree(RawHttp.send(port, "GET", "/v3/api-docs", null, null, null).body());
    }

    @Test
    void the_registration_schema_requires_what_every_use_of_it_needs() throws Exception {
        // The body serves permit checks too: what only a case needs (a validation group) is not required here.
        JsonNode registration = document().path("components").path("schemas").path("Registration");
        List<String> required = new ArrayList<>();
        registration.path("required").forEach(r -> required.add(r.asText()));
        org.assertj.core.api.Assertions.assertThat(required).contains("seizedAt", "direction")
                .doesNotContain("location", "transportMode");
    }

    @Test
    void real_replies_match_the_documented_status_codes_and_schemas() throws Exception {
        JsonNode doc = document();
        ApiClient api = new ApiClient(path -> URI.create("http://127.0.0.1:" + port + path));
        List<String> mismatches = new ArrayList<>();
        Checker check = new Checker(doc, mismatches);

        RawHttp.Reply opened = post("officer.bishkek", "/api/cases", CaseLoad.registration("Contract post"));
        check.reply("POST", "/api/cases", opened, 201);
        String number = JSON.readTree(opened.body()).path("caseNumber").asText();
        check.reply("GET", "/api/cases/" + number, get("manager", "/api/cases/" + number), 200);
        check.reply("GET", "/api/cases", get("manager", "/api/cases?size=5"), 200);
        check.reply("GET", "/api/tasks", get("expert", "/api/tasks?size=5"), 200);
        String task = new CaseDriver(api).taskId(number, "IdentifySpecies");
        String conclusion = "{\"conclusion\": \"VIOLATION\", \"opinion\": \"Skin of a snow leopard\"}";
        check.reply("POST", "/api/tasks/" + task + "/complete",
                post("expert", "/api/tasks/" + task + "/complete", conclusion), 200);
        check.reply("POST", "/api/tasks/" + task + "/complete",
                post("expert", "/api/tasks/" + task + "/complete", conclusion), 409);
        check.reply("POST", "/api/permit-checks", post("officer.bishkek", "/api/permit-checks",
                CaseLoad.registration("Contract check")), 200);
        check.reply("GET", "/api/permits/KG-2026-0042", get("permits", "/api/permits/KG-2026-0042"), 200);
        check.reply("GET", "/api/permits", get("permits", "/api/permits?size=3"), 200);
        check.reply("GET", "/api/species", get("expert", "/api/species?q=falco"), 200);
        check.reply("GET", "/api/holidays", get("expert", "/api/holidays"), 200);
        check.reply("GET", "/api/incidents", get("admin", "/api/incidents"), 200);
        check.reply("GET", "/api/reconciliations", get("permits", "/api/reconciliations"), 200);
        check.reply("POST", "/api/cases", post("officer.bishkek", "/api/cases", "{\"location\": 5}"), 400);
        check.reply("POST", "/api/cases", post("expert", "/api/cases", CaseLoad.registration("x")), 403);
        check.reply("GET", "/api/cases/BIS-2026-99999", get("manager", "/api/cases/BIS-2026-99999"), 404);
        check.reply("GET", "/api/cases/" + number, get(null, "/api/cases/" + number), 401);
        check.reply("POST", "/api/cases/" + number + "/investigation-outcome", post("lawyer", "/api/cases/" + number
                + "/investigation-outcome", "{\"outcome\": \"CONVICTED\", \"decidedAt\": \"2026-11-25\"}"), 409);
        assertThat(check.checked).isGreaterThanOrEqualTo(18);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void the_document_names_its_security_scheme_and_each_task_body() throws Exception {
        JsonNode doc = document();
        assertThat(doc.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
        assertThat(doc.path("security").toString()).contains("basicAuth");
        JsonNode complete = doc.at("/paths/~1api~1tasks~1{taskId}~1complete/post/requestBody/content/"
                + "application~1json/schema/oneOf");
        List<String> bodies = new ArrayList<>();
        complete.forEach(b -> bodies.add(b.path("$ref").asText().replace("#/components/schemas/", "")));
        assertThat(bodies).contains("IdentifySpeciesBody", "ProvideInformationBody", "ReleaseConsignmentBody",
                "RecordLiveSpecimenCareBody", "QualifyOffenceBody", "RecordPenaltyBody", "RecordPaymentBody",
                "ReferToInvestigationBody", "DecideDisposalBody", "RecordDisposalBody", "ReviewDiscrepanciesBody");
        for (String body : bodies) {
            assertThat(doc.at("/components/schemas/" + body).isMissingNode()).as(body).isFalse();
        }
        assertThat(doc.at("/components/schemas/QualifyOffenceBody/properties").has("legalBasis")).isTrue();
        // The holiday a caller posts is not the history entry that once shared its schema.
        assertThat(doc.at("/paths/~1api~1holidays/post/requestBody/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Holiday");
        assertThat(doc.at("/components/schemas/Holiday/properties").has("day")).isTrue();
        assertThat(doc.at("/components/schemas/HistoryEntry/properties").has("what")).isTrue();
        assertThat(doc.at("/paths/~1api~1cases/post/responses").has("201")).isTrue();
        assertThat(doc.at("/paths/~1api~1cases/post/responses/400/content/application~1problem+json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/Problem");
    }

    /** Two records with one simple name would share one schema, and one of them would be published wrongly. */
    @Test
    void no_two_types_of_the_api_share_a_schema_name() {
        Map<String, Set<Class<?>>> byName = new HashMap<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Object controller : context.getBeansWithAnnotation(RestController.class).values()) {
            Class<?> type = org.springframework.aop.support.AopUtils.getTargetClass(controller);
            if (!type.getPackageName().startsWith("org.wildcase")) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                collect(m.getGenericReturnType(), seen);
                for (int i = 0; i < m.getParameterCount(); i++) {
                    if (m.getParameters()[i].isAnnotationPresent(RequestBody.class)) {
                        collect(m.getGenericParameterTypes()[i], seen);
                    }
                }
            }
        }
        for (Class<?> c : seen) {
            io.swagger.v3.oas.annotations.media.Schema named =
                    c.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
            String name = named != null && !named.name().isEmpty() ? named.name() : c.getSimpleName();
            byName.computeIfAbsent(name, n -> new HashSet<>()).add(c);
        }
        byName.values().removeIf(classes -> classes.size() < 2);
        assertThat(byName).isEmpty();
    }

    private static void collect(Type type, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType p) {
            collect(p.getRawType(), seen);
            for (Type argument : p.getActualTypeArguments()) {
                collect(argument, seen);
            }
            return;
        }
        if (!(type instanceof Class<?> c) || c.isPrimitive() || c.isEnum() || c.isArray()
                || !c.getName().startsWith("org.wildcase") || !seen.add(c)) {
            return;
        }
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                collect(rc.getGenericType(), seen);
            }
        }
    }

    RawHttp.Reply get(String user, String path) throws Exception {
        return RawHttp.send(port, "GET", path, user, null, null);
    }

    RawHttp.Reply post(String user, String path, String json) throws Exception {
        return RawHttp.send(port, "POST", path, user, "application/json",
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Finds a reply's operation in the document and checks its status and body against it. */
    static final class Checker {
        private final JsonNode doc;
        private final List<String> mismatches;
        private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        int checked;

        Checker(JsonNode doc, List<String> mismatches) {
            this.doc = doc;
            this.mismatches = mismatches;
        }

        void reply(String method, String path, RawHttp.Reply reply, int expected) throws Exception {
            checked++;
            String what = method + " " + path + " -> " + reply.status();
            if (reply.status() != expected) {
                mismatches.add(what + ", expected " + expected + ": " + reply.body());
                return;
            }
            String template = template(path);
            if (template == null) {
                mismatches.add(what + ": no such path in the document");
                return;
            }
            JsonNode responses = doc.path("paths").path(template).path(method.toLowerCase()).path("responses");
            JsonNode response = responses.path(String.valueOf(reply.status()));
            if (response.isMissingNode()) {
                mismatches.add(what + ": the document lists only " + fieldNames(responses) + " for " + template);
                return;
            }
            String mediaType = reply.header("Content-Type").split(";")[0].trim();
            JsonNode content = response.path("content");
            String documented = content.has(mediaType) ? mediaType : content.has("*/*") ? "*/*" : null;
            if (documented == null) {
                mismatches.add(what + ": " + mediaType + " is not documented, only " + fieldNames(content));
                return;
            }
            String pointer = "#/paths/" + escape(template) + "/" + method.toLowerCase() + "/responses/"
                    + reply.status() + "/content/" + escape(documented) + "/schema";
            ObjectNode root = JSON.createObjectNode();
            root.set("components", doc.path("components"));
            root.set("paths", doc.path("paths"));
            root.put("$ref", pointer);
            JsonSchema schema = factory.getSchema(root);
            Set<ValidationMessage> errors = schema.validate(JSON.readTree(reply.body()));
            if (!errors.isEmpty()) {
                mismatches.add(what + " does not match its schema: " + errors);
            }
        }

        private String template(String path) {
            String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
            Iterator<String> templates = doc.path("paths").fieldNames();
            String best = null;
            while (templates.hasNext()) {
                String t = templates.next();
                String regex = Pattern.quote(t).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
                if (bare.matches(regex) && (best == null || !t.contains("{"))) {
                    best = t;
                }
            }
            return best;
        }

        private static String escape(String segment) {
            return segment.replace("~", "~0").replace("/", "~1");
        }

        private static List<String> fieldNames(JsonNode node) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            return names;
        }
    }
}
