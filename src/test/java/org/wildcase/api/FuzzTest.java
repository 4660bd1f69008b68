package org.wildcase.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wildcase.operations.ApiClient;
import org.wildcase.operations.CaseDriver;
import org.wildcase.operations.CaseLoad;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;

/**
 * Malformed requests, generated from the published OpenAPI document: for every operation, bodies with a field of
 * the wrong type, nulls inside arrays, unknown fields, huge strings and arrays, deep nesting, broken JSON and UTF-8,
 * wrong content types; every path parameter with traversal, NUL and encoded slashes; huge and negative page
 * numbers; wrong methods. None may be a 5xx, every 4xx is problem+json in the caller's terms, nothing malformed is
 * accepted, and afterwards the numbers of cases, permits and runs are what they were. The seed is printed, and
 * {@code -Dfuzz.seed=} replays a run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:start-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
class FuzzTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @LocalServerPort
    int port;

    Random random;
    JsonNode document;

    /** A request to send and what it was made from, for the failure message. */
    record Probe(String method, String path, String user, String contentType, byte[] body, String what) {
    }

    @Test
    void no_malformed_request_is_a_5xx_every_4xx_is_a_problem_and_nothing_is_stored() throws Exception {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        System.out.println("FuzzTest seed " + seed + " (replay with -Dfuzz.seed=" + seed + ")");
        random = new Random(seed);
        ApiClient api = new ApiClient(path -> URI.create("http://127.0.0.1:" + port + path));
        document = JSON.readTree(RawHttp.send(port, "GET", "/v3/api-docs", null, null, null).body());

        // Cases whose tasks the completions are aimed at, so that bodies reach the modules' validation.
        CaseDriver driver = new CaseDriver(api);
        Map<String, String[]> taskTargets = new LinkedHashMap<>();
        for (CaseDriver.Point point : List.of(CaseDriver.Point.EXPERTISE, CaseDriver.Point.AWAITING_INFORMATION,
                CaseDriver.Point.RELEASE, CaseDriver.Point.QUALIFY_OFFENCE, CaseDriver.Point.RECORD_PENALTY,
                CaseDriver.Point.RECORD_PAYMENT, CaseDriver.Point.REFER_TO_INVESTIGATION,
                CaseDriver.Point.DECIDE_DISPOSAL, CaseDriver.Point.RECORD_DISPOSAL)) {
            String number = driver.caseAt(point);
            JsonNode task = driver.file(number).path("openTasks").get(0);
            taskTargets.put(task.path("taskKey").asText(), new String[] {task.path("taskId").asText(), number});
        }
        Map<String, Long> before = counts(api);

        List<Probe> probes = new ArrayList<>();
        // jqwik's generators outside a property: a session of their own.
        JqwikSession.start();
        try {
            probes.addAll(bodies(taskTargets));
            probes.addAll(pathParameters());
            probes.addAll(pages());
            probes.addAll(methods());
        } finally {
            JqwikSession.finish();
        }
        assertThat(probes.size()).as("malformed requests").isGreaterThanOrEqualTo(300);

        List<String> failures = new ArrayList<>();
        for (Probe probe : probes) {
            RawHttp.Reply r = RawHttp.send(port, probe.method(), probe.path(), probe.user(), probe.contentType(),
                    probe.body());
            String problem = judge(probe, r);
            if (problem != null) {
                failures.add(problem + " <- " + probe.method() + " " + shorten(probe.path()) + " as " + probe.user()
                        + ": " + probe.what() + " -> " + r.status() + " " + shorten(r.body()));
            }
        }
        System.out.println("FuzzTest sent " + probes.size() + " malformed requests, " + failures.size()
                + " answered wrongly");
        failures.stream().limit(40).forEach(f -> System.out.println("  " + f));
        assertThat(failures).isEmpty();
        assertThat(counts(api)).as("cases, permits, runs and holidays after the fuzz").isEqualTo(before);
        for (Map.Entry<String, String[]> target : taskTargets.entrySet()) {
            assertThat(driver.taskId(target.getValue()[1], target.getKey())).as(target.getKey() + " still open")
                    .isEqualTo(target.getValue()[0]);
        }
    }

    /** What is wrong with a reply, or null. A malformed request is never accepted and never a 5xx. */
    static String judge(Probe probe, RawHttp.Reply r) {
        if (r.status() >= 500) {
            return "server error";
        }
        if (r.status() < 400) {
            return probe.method().equals("GET") && r.status() == 200 ? null : "accepted";
        }
        if (!r.header("Content-Type").startsWith("application/problem+json")) {
            return "not problem+json";
        }
        JsonNode body;
        try {
            body = JSON.readTree(r.body());
        } catch (Exception e) {
            return "unreadable problem";
        }
        if (body.path("status").asInt() != r.status() || body.path("title").asText().isBlank()
                || body.path("detail").asText().isBlank()) {
            return "problem without status, title and detail";
        }
        for (String internal : List.of("org.wildcase", "java.", "Exception", "`", "com.fasterxml", "SQL",
                "\tat ", "jakarta.")) {
            if (r.body().contains(internal)) {
                return "names Java internals (" + internal + ")";
            }
        }
        return null;
    }

    // ---- bodies -------------------------------------------------------------------------------------------

    /** Every operation with a JSON body: a valid body with one mutation that makes it malformed. */
    List<Probe> bodies(Map<String, String[]> taskTargets) {
        List<Probe> probes = new ArrayList<>();
        for (Operation op : operations()) {
            if (!op.json()) {
                if (op.multipart()) {
                    for (String type : List.of("application/json", "text/plain")) {
                        probes.add(new Probe(op.method(), concrete(op.path()), op.user(), type,
                                "{\"file\": \"x\"}".getBytes(StandardCharsets.UTF_8), "JSON to an upload"));
                    }
                }
                continue;
            }
            if (op.path().endsWith("/complete")) {
                for (Map.Entry<String, String[]> target : taskTargets.entrySet()) {
                    String path = "/api/tasks/" + target.getValue()[0] + "/complete";
                    JsonNode base = read(target.getKey().equals("IdentifySpecies")
                            ? "{\"conclusion\": \"VIOLATION\", \"opinion\": \"x\"}" : CaseDriver.body(target.getKey()));
                    probes.addAll(mutations(op.method(), path, CaseDriver.user(target.getKey()), base, 6,
                            OPTIONAL_BODIES.contains(target.getKey())));
                }
                continue;
            }
            JsonNode base = base(op);
            probes.addAll(mutations(op.method(), concrete(op.path()), op.user(), base, 14,
                    op.path().endsWith("/cancel")));
        }
        return probes;
    }

    /** A body the operation would take: hand-written for the main ones, from the schema for the rest. */
    JsonNode base(Operation op) {
        if (op.path().equals("/api/cases") || op.path().equals("/api/permit-checks")) {
            return read(CaseLoad.registration("Fuzz post"));
        }
        if (op.path().equals("/api/permits")) {
            return read("""
                    {"number": "KG-FUZZ-0001", "type": "EXPORT_PERMIT", "issuedOn": "2026-11-01", "validFrom": null,
                     "validUntil": "2027-04-30", "holder": "Fuzz LLC", "country": "KG", "securityStamp": "S1",
                     "purpose": "T", "lines": [{"scientificName": "Falco cherrug", "term": "LIV", "quantity": 2,
                     "unit": null, "source": "W"}]}""");
        }
        return example(op.schema(), 0);
    }

    /** Tasks whose body may be left out (a release needs no note): no body is then not malformed. */
    static final java.util.Set<String> OPTIONAL_BODIES = java.util.Set.of("ReleaseConsignment");

    List<Probe> mutations(String method, String path, String user, JsonNode base, int count, boolean optional) {
        List<Probe> probes = new ArrayList<>();
        List<String> leaves = leaves(base, "");
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 15);
        for (int i = 0; i < count; i++) {
            int k = sample(kind);
            String leaf = leaves.isEmpty() ? null : leaves.get(random.nextInt(leaves.size()));
            String json = base.toString();
            String type = "application/json";
            String what;
            byte[] bytes = null;
            switch (leaf == null && k < 8 ? 8 + k : k) {
                case 0, 1, 2 -> {
                    JsonNode wrong = wrongType(at(base, leaf));
                    json = replace(base, leaf, wrong).toString();
                    what = leaf + " as " + shorten(wrong.toString());
                }
                case 3 -> {
                    json = replace(base, leaf, NODES.textNode(sample(Arbitraries.strings()
                            .withCharRange('a', 'z').ofLength(20_001)))).toString();
                    what = leaf + " as a 20,001-character text";
                }
                case 4 -> {
                    ArrayNode nulls = NODES.arrayNode();
                    nulls.addNull();
                    json = replace(base, leaf, at(base, leaf).isArray() ? nulls : NODES.arrayNode()
                            .add(NODES.arrayNode())).toString();
                    what = leaf + " as a list holding null or a list";
                }
                case 5 -> {
                    ArrayNode huge = NODES.arrayNode();
                    for (int n = 0; n < 30_000; n++) {
                        huge.add(n % 2 == 0 ? NODES.nullNode() : NODES.numberNode(n));
                    }
                    json = replace(base, leaf, huge).toString();
                    what = leaf + " as 30,000 nulls and numbers";
                }
                case 6 -> {
                    json = replace(base, leaf, NODES.numberNode(new java.math.BigDecimal("1e400"))).toString();
                    what = leaf + " as 1e400";
                }
                case 7 -> {
                    ObjectNode withUnknown = base.deepCopy();
                    if (withUnknown.isObject()) {
                        withUnknown.put("unexpected" + sample(Arbitraries.strings().withCharRange('a', 'z').ofLength(5)), 1);
                    }
                    json = withUnknown.toString();
                    what = "an unknown field";
                }
                case 8 -> {
                    int cut = 1 + random.nextInt(Math.max(1, json.length() - 1));
                    json = json.substring(0, cut);
                    what = "cut after " + cut + " characters";
                }
                case 9 -> {
                    json = json + sample(Arbitraries.of("}", "]", " garbage", ",", "{}", "\u0000"));
                    what = "something after the value";
                }
                case 10 -> {
                    json = "{\"a\": " + "[".repeat(200 + random.nextInt(5000)) + "]".repeat(5) + "}";
                    what = "nested thousands deep";
                }
                case 11 -> {
                    byte[] valid = json.getBytes(StandardCharsets.UTF_8);
                    int quote = json.indexOf("\": \"");
                    bytes = new byte[valid.length + 2];
                    int at = quote < 0 ? 1 : quote + 4;
                    System.arraycopy(valid, 0, bytes, 0, at);
                    bytes[at] = (byte) 0xC3;
                    bytes[at + 1] = (byte) 0x28;
                    System.arraycopy(valid, at, bytes, at + 2, valid.length - at);
                    what = "invalid UTF-8";
                }
                case 12 -> {
                    type = sample(Arbitraries.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                            "multipart/form-data; boundary=xyz", "image/png"));
                    what = "the body as " + type;
                }
                case 13 -> {
                    json = optional ? sample(Arbitraries.of("[]", "0", "\"text\"", "[{}]", "true"))
                            : sample(Arbitraries.of("", "null", "[]", "0", "\"text\"", "[{}]", "true"));
                    what = "the body " + (json.isEmpty() ? "empty" : json);
                }
                case 14 -> {
                    json = base.isObject() ? "{\"x\": 1, \"x\": 2, " + json.substring(1) : "[" + json;
                    what = "a repeated field";
                }
                default -> {
                    JsonNode time = sample(Arbitraries.of(NODES.numberNode(1732000000L),
                            NODES.textNode("2026-13-45"), NODES.textNode("+99999-01-01"),
                            NODES.textNode("2026-11-20T25:00:00+06:00"), NODES.arrayNode().add(2026).add(11).add(20)));
                    String dateLeaf = leaves.stream().filter(l -> at(base, l).asText().matches("\\d{4}-\\d\\d-\\d\\d.*"))
                            .findFirst().orElse(null);
                    if (dateLeaf == null) {
                        // No date in this body: a field of the wrong type instead.
                        JsonNode wrong = wrongType(at(base, leaf));
                        json = replace(base, leaf, wrong).toString();
                        what = leaf + " as " + shorten(wrong.toString());
                    } else {
                        json = replace(base, dateLeaf, time).toString();
                        what = dateLeaf + " as " + time;
                    }
                }
            }
            probes.add(new Probe(method, path, user, type, bytes != null ? bytes
                    : json.getBytes(StandardCharsets.UTF_8), what));
        }
        return probes;
    }

    /** A value of another JSON type than the one given, so that no reading of it can be right. */
    JsonNode wrongType(JsonNode value) {
        if (value == null || value.isNull()) {
            return sample(Arbitraries.of(NODES.objectNode().put("x", 1), NODES.arrayNode().add(1)));
        }
        if (value.isTextual()) {
            return sample(Arbitraries.of(NODES.numberNode(12345), NODES.booleanNode(true),
                    NODES.objectNode().put("x", 1), NODES.arrayNode().add("x"), NODES.numberNode(1.5)));
        }
        if (value.isNumber()) {
            return sample(Arbitraries.of(NODES.textNode("4"), NODES.booleanNode(false),
                    NODES.arrayNode().add(1), NODES.objectNode()));
        }
        if (value.isBoolean()) {
            return sample(Arbitraries.of(NODES.textNode("yes"), NODES.numberNode(1), NODES.arrayNode()));
        }
        if (value.isArray()) {
            return sample(Arbitraries.of(NODES.textNode("x"), NODES.objectNode().put("x", 1), NODES.numberNode(3)));
        }
        return sample(Arbitraries.of(NODES.arrayNode().add(1), NODES.textNode("x"), NODES.numberNode(7)));
    }

    // ---- paths, pages, methods ---------------------------------------------------------------------------

    /** Every path parameter given as traversal, NUL, an encoded slash, a bad escape or a 5,000-character id. */
    List<Probe> pathParameters() {
        List<Probe> probes = new ArrayList<>();
        List<String> bad = List.of("..%2F..%2Fetc%2Fpasswd", "%00", "%2e%2e", "a%2Fb", "%ZZ", "x%5Cy", "..;x",
                "%C3%28", "x".repeat(5000), "%F0%9F%90%86", "1%27%20OR%20%271%27%3D%271", "%3Cscript%3E");
        for (Operation op : operations()) {
            if (!op.path().contains("{")) {
                continue;
            }
            for (int i = 0; i < 5; i++) {
                String value = bad.get(random.nextInt(bad.size()));
                String path = op.path().replaceAll("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(value));
                probes.add(new Probe(op.method(), path, op.user(), op.json() ? "application/json" : null,
                        op.json() ? "{}".getBytes(StandardCharsets.UTF_8) : null, "path parameter " + shorten(value)));
            }
        }
        return probes;
    }

    /** Lists with page and size far out, negative or not numbers. */
    List<Probe> pages() {
        List<Probe> probes = new ArrayList<>();
        List<String> values = List.of("page=2147483647&size=500", "page=2147483648", "page=-1", "size=0",
                "size=501", "size=-5", "page=abc", "page=1e3", "size=99999999999", "page=%00",
                "page=9223372036854775807&size=1", "overdue=maybe", "status=NOT_A_STATUS");
        for (Operation op : operations()) {
            if (!op.method().equals("GET") || op.path().contains("{") || !op.paged()) {
                continue;
            }
            for (String v : values) {
                probes.add(new Probe("GET", op.path() + "?" + v, op.user(), null, null, "query " + v));
            }
        }
        return probes;
    }

    /** Methods no path of the API takes. */
    List<Probe> methods() {
        List<Probe> probes = new ArrayList<>();
        Iterator<String> paths = document.path("paths").fieldNames();
        while (paths.hasNext()) {
            String path = paths.next();
            for (String method : List.of("PUT", "PATCH", "DELETE", "GET", "POST")) {
                if (!document.path("paths").path(path).has(method.toLowerCase())) {
                    probes.add(new Probe(method, concrete(path), "admin", null, null, "method " + method));
                }
            }
        }
        return probes;
    }

    // ---- the document -------------------------------------------------------------------------------------

    /** An operation of the published document, with the demo user whose role may call it. */
    record Operation(String method, String path, JsonNode schema, boolean json, boolean multipart, boolean paged,
            String user) {
    }

    List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
            String method = m.getKey().toUpperCase();
            JsonNode content = m.getValue().path("requestBody").path("content");
            JsonNode schema = resolve(content.path("application/json").path("schema"));
            boolean paged = false;
            for (JsonNode parameter : m.getValue().path("parameters")) {
                paged |= parameter.path("name").asText().equals("page");
            }
            ops.add(new Operation(method, p.getKey(), schema, content.has("application/json"),
                    content.has("multipart/form-data"), paged, user(method, p.getKey())));
        }));
        return ops;
    }

    /** The demo user whose role may call this, so that a request passes authorization and reaches the parsing. */
    static String user(String method, String path) {
        if (method.equals("GET")) {
            return path.startsWith("/api/incidents") ? "admin" : path.startsWith("/api/reconciliations")
                    ? "permits" : "manager";
        }
        if (path.equals("/api/cases") || path.equals("/api/permit-checks")) {
            return "officer.bishkek";
        }
        if (path.endsWith("/withdraw")) {
            return "manager";
        }
        if (path.endsWith("/investigation-outcome")) {
            return "lawyer";
        }
        if (path.startsWith("/api/permits") || path.startsWith("/api/reconciliations")) {
            return "permits";
        }
        if (path.startsWith("/api/holidays") || path.startsWith("/api/species")) {
            return "admin";
        }
        return "expert";
    }

    /** A path with its parameters filled by values that name nothing, so that even a valid body stores nothing. */
    static String concrete(String path) {
        return path.replace("{caseNumber}", "BIS-2026-99999").replace("{number}", "KG-NONE-0000")
                .replace("{taskId}", "no-such-task").replace("{day}", "2031-01-02").replaceAll("\\{[^}]+}", "x");
    }

    JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText(null);
        if (ref == null) {
            return schema;
        }
        return document.at(ref.substring(1));
    }

    /** An instance of a schema: enums take their first value, formats a valid example. */
    JsonNode example(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (depth > 6) {
            return NODES.nullNode();
        }
        if (schema.has("oneOf")) {
            return example(schema.path("oneOf").get(0), depth + 1);
        }
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asText()
                : schema.path("type").asText("object");
        switch (type) {
            case "string" -> {
                if (schema.has("enum")) {
                    return schema.path("enum").get(0);
                }
                return NODES.textNode(switch (schema.path("format").asText()) {
                    case "date" -> "2026-11-20";
                    case "date-time" -> "2026-11-20T09:30:00+06:00";
                    default -> "text";
                });
            }
            case "integer" -> {
                return NODES.numberNode(0);
            }
            case "number" -> {
                return NODES.numberNode(1);
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            case "array" -> {
                return NODES.arrayNode().add(example(schema.path("items"), depth + 1));
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                schema.path("properties").fields().forEachRemaining(f -> object.set(f.getKey(),
                        example(f.getValue(), depth + 1)));
                return object;
            }
        }
    }

    // ---- JSON paths ---------------------------------------------------------------------------------------

    /** The JSON pointers of every value in a body, objects and lists included. */
    static List<String> leaves(JsonNode node, String pointer) {
        List<String> found = new ArrayList<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                String p = pointer + "/" + f.getKey();
                found.add(p);
                found.addAll(leaves(f.getValue(), p));
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String p = pointer + "/" + i;
                found.add(p);
                found.addAll(leaves(node.get(i), p));
            }
        }
        return found;
    }

    static JsonNode at(JsonNode root, String pointer) {
        return pointer == null ? root : root.at(pointer);
    }

    /** A copy of the body with the value at the pointer replaced. */
    static JsonNode replace(JsonNode root, String pointer, JsonNode value) {
        if (pointer == null || pointer.isEmpty()) {
            return value;
        }
        JsonNode copy = root.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        }
        return copy;
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    <T> T sample(Arbitrary<T> arbitrary) {
        return arbitrary.generator(1000).next(random).value();
    }

    static String shorten(String text) {
        return text == null ? "" : text.length() > 160 ? text.substring(0, 160) + "..." : text;
    }

    static Map<String, Long> counts(ApiClient api) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        Function<String, Long> total = path -> {
            try {
                return api.get(path.contains("reconciliations") ? "permits" : "manager", path).body()
                        .path("totalElements").asLong(-1);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        counts.put("cases", total.apply("/api/cases?size=1"));
        counts.put("permits", total.apply("/api/permits?size=1"));
        counts.put("runs", total.apply("/api/reconciliations?size=1"));
        counts.put("holidays", (long) api.get("manager", "/api/holidays").body().size());
        return counts;
    }
}
