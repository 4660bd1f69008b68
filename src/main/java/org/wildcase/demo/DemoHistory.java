package org.wildcase.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.stereotype.Component;
import org.wildcase.security.WildcaseUser;
import org.wildcase.api.TaskBody;
import org.wildcase.casework.CaseTasks;
import org.wildcase.seizure.Registration;
import org.wildcase.seizure.SeizureCases;
import org.wildcase.workflow.CaseWorkflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A year of past seizures for the managers' statistics: cases spread over the last twelve months in both units, the
 * region's usual species and routes, taken through the flow as far as their age suggests (older ones closed or
 * released, recent ones still with the expert or the lawyer), a few of them late. Their stage periods are then laid
 * out from the seizure date, since the flow itself runs in a second at start-up. The same every start (fixed seed).
 */
@Component
class DemoHistory {

    static final int CASES = 48;

    /** A kind of seizure: the species as registered, and the routes it travels (origin, transit, destination). */
    private record Kind(String description, String scientificName, String term, int min, int max, String unit,
            boolean live, String[][] routes) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("Live saker falcons", "Falco cherrug", "LIV", 1, 4, null, true,
                    new String[][] {{"KG", "KZ", "AE"}, {"KG", null, "AE"}, {"KG", null, "QA"}}),
            new Kind("Saiga horns", "Saiga tatarica", "HOR", 10, 60, null, false,
                    new String[][] {{"KG", null, "CN"}, {"KZ", "KG", "CN"}}),
            new Kind("Central Asian tortoises", "Testudo horsfieldii", "LIV", 5, 120, null, true,
                    new String[][] {{"KG", "KZ", "RU"}, {"TJ", "KG", "CN"}, {"KG", null, "KZ"}}),
            new Kind("Argali trophy", "Ovis ammon", "TRO", 1, 2, null, false,
                    new String[][] {{"KG", null, "AE"}, {"KG", "TR", "DE"}, {"TJ", "KG", "CN"}}),
            new Kind("Musk pods", "Moschus moschiferus", "MUS", 1, 3, "KIL", false,
                    new String[][] {{"KG", null, "CN"}, {"RU", "KG", "CN"}}),
            new Kind("Sturgeon caviar", "Acipenser gueldenstaedtii", "CAV", 1, 6, "KIL", false,
                    new String[][] {{"RU", "KZ", "KG"}, {"KZ", null, "KG"}}),
            new Kind("Snow leopard skin", "Panthera uncia", "SKI", 1, 1, null, false,
                    new String[][] {{"KG", null, "CN"}, {"TJ", "KG", "CN"}}),
            new Kind("Desert cistanche roots", "Cistanche deserticola", "ROO", 20, 200, "KIL", false,
                    new String[][] {{"KG", null, "CN"}}));

    /** How far a case has gone. */
    private enum Path { EXPERTISE, MORE_INFORMATION, RELEASED, CRIMINAL, PENALTY, DISPOSAL, CLOSED }

    private final SeizureCases cases;
    private final CaseTasks tasks;
    private final CaseWorkflow workflow;
    private final ObjectMapper mapper;
    private final Clock clock;

    DemoHistory(SeizureCases cases, CaseTasks tasks, CaseWorkflow workflow, ObjectMapper mapper, Clock clock) {
        this.cases = cases;
        this.tasks = tasks;
        this.workflow = workflow;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Registers and works the cases; returns how many. */
    int load() throws Exception {
        Random random = new Random(2026);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.ofHours(6));
        for (int i = 0; i < CASES; i++) {
            // Spread over the year, a little more in spring and autumn (falcon and hunting seasons).
            int daysAgo = 8 + (int) ((357 - 8) * Math.pow((i + random.nextDouble()) / CASES, 1.1));
            Kind kind = KINDS.get(Math.floorMod(i * 5 + random.nextInt(3), KINDS.size()));
            String[] route = kind.routes()[random.nextInt(kind.routes().length)];
            WildcaseUser officer = random.nextInt(5) < 3 ? DemoCases.BISHKEK : DemoCases.OSH;
            Path path = path(daysAgo, random);
            int quantity = kind.min() + random.nextInt(kind.max() - kind.min() + 1);
            OffsetDateTime seizedAt = now.minusDays(daysAgo).withHour(7 + random.nextInt(12));
            work(kind, route, officer, path, quantity, seizedAt, daysAgo, random, i);
        }
        return CASES;
    }

    private static Path path(int daysAgo, Random random) {
        int r = random.nextInt(10);
        if (daysAgo > 150) {
            return r < 5 ? Path.CLOSED : r < 8 ? Path.RELEASED : Path.CRIMINAL;
        }
        if (daysAgo > 60) {
            return r < 3 ? Path.CLOSED : r < 5 ? Path.RELEASED : r < 7 ? Path.DISPOSAL : r < 9 ? Path.CRIMINAL
                    : Path.PENALTY;
        }
        return r < 4 ? Path.EXPERTISE : r < 5 ? Path.MORE_INFORMATION : r < 7 ? Path.PENALTY : r < 8 ? Path.RELEASED
                : Path.CRIMINAL;
    }

    private void work(Kind kind, String[] route, WildcaseUser officer, Path path, int quantity,
            OffsetDateTime seizedAt, int daysAgo, Random random, int i) throws Exception {
        ObjectNode r = mapper.createObjectNode();
        r.put("seizedAt", seizedAt.toString());
        boolean road = !kind.live() || !"AE".equals(route[2]);
        r.put("location", officer == DemoCases.OSH ? (road ? "Dostuk border crossing" : "Osh International Airport")
                : (road ? "Torugart border crossing" : "Manas International Airport, cargo terminal"));
        r.put("direction", "KG".equals(route[2]) ? "IMPORT" : "KG".equals(route[1]) ? "TRANSIT" : "EXPORT");
        r.put("transportMode", road ? "ROAD" : "AIR");
        r.put("detectionMethod", List.of("XRAY", "DOG", "RISK_PROFILE", "DOCUMENT_CHECK", "INTELLIGENCE")
                .get(random.nextInt(5)));
        r.put("purpose", "T");
        r.put("source", "W");
        ObjectNode way = r.putObject("route");
        way.put("origin", route[0]);
        if (route[1] != null) {
            way.putArray("transit").add(route[1]);
        }
        way.put("destination", route[2]);
        ArrayNode specimens = r.putArray("specimens");
        ObjectNode line = specimens.addObject();
        line.put("description", kind.description());
        line.put("scientificName", kind.scientificName());
        line.put("term", kind.term());
        line.put("quantity", quantity);
        if (kind.unit() != null) {
            line.put("unit", kind.unit());
        }
        line.put("live", kind.live());
        if (i % 6 == 0) {
            // Some consignments hold a second species.
            Kind other = KINDS.get((KINDS.indexOf(kind) + 3) % KINDS.size());
            ObjectNode second = specimens.addObject();
            second.put("description", other.description());
            second.put("scientificName", other.scientificName());
            second.put("term", other.term());
            second.put("quantity", other.min());
            if (other.unit() != null) {
                second.put("unit", other.unit());
            }
            second.put("live", other.live());
        }
        String number = cases.openCase(mapper.treeToValue(r, Registration.class), officer);

        // How long each stage took, scaled into the time since the seizure.
        List<Duration> spent = new ArrayList<>();
        int expertise = 1 + random.nextInt(9);
        int release = 1 + random.nextInt(3);
        int legal = 8 + random.nextInt(30);
        int disposal = 4 + random.nextInt(15);
        double scale = Math.min(1, (daysAgo - 1) / (double) (expertise + legal + disposal + 2));
        expertise = Math.max(1, (int) (expertise * scale));
        legal = Math.max(1, (int) (legal * scale));
        disposal = Math.max(1, (int) (disposal * scale));
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime expertiseDone = seizedAt.plusDays(expertise);
        OffsetDateTime legalDone = expertiseDone.plusDays(legal);

        if (kind.live() || specimens.size() > 1 && specimens.get(1).path("live").asBoolean()) {
            complete(number, "RecordLiveSpecimenCare", officer, care(seizedAt.plusHours(5)));
        }
        switch (path) {
            case EXPERTISE -> {
                if (daysAgo > 12 || i % 3 == 0) {
                    // Left with the expert past the deadline.
                    workflow.setDue(workflow.openTaskId(number, "IdentifySpecies").orElseThrow(),
                            OffsetDateTime.now(clock).minusDays(1 + random.nextInt(5)));
                    cases.markOverdue(cases.ref(number).id(), "EXPERTISE_OVERDUE");
                }
            }
            case MORE_INFORMATION -> {
                complete(number, "IdentifySpecies", DemoCases.EXPERT, """
                        {"conclusion": "MORE_INFORMATION_NEEDED", "question": "Please send photographs of the specimens."}""");
                spent.add(Duration.ofDays(expertise));
            }
            case RELEASED -> {
                complete(number, "IdentifySpecies", DemoCases.EXPERT,
                        "{\"conclusion\": \"NO_VIOLATION\", \"opinion\": \"Papers in order\"}");
                complete(number, "ReleaseConsignment", officer, "{\"note\": \"Released to the carrier\"}");
                spent.add(Duration.ofDays(expertise));
                spent.add(Duration.ofDays(Math.min(release, Math.max(1, daysAgo - expertise - 1))));
            }
            case CRIMINAL -> {
                violation(number);
                complete(number, "QualifyOffence", DemoCases.LAWYER,
                        "{\"qualification\": \"CRIMINAL\", \"legalBasis\": \"Criminal Code, smuggling of wildlife\"}");
                complete(number, "ReferToInvestigation", DemoCases.LAWYER, """
                        {"agency": "State Committee for National Security", "referredOn": "%s", "reference": "GKNB-%d"}"""
                        .formatted(earliest(expertiseDone.plusDays(2), now.minusDays(1)).toLocalDate(), 100 + i));
                spent.add(Duration.ofDays(expertise));
            }
            case PENALTY -> {
                violation(number);
                administrative(number, i, earliest(expertiseDone.plusDays(1), now).toLocalDate());
                spent.add(Duration.ofDays(expertise));
                if (i % 4 == 0) {
                    // The fine not paid in time.
                    workflow.setDue(workflow.openTaskId(number, "RecordPayment").orElseThrow(),
                            OffsetDateTime.now(clock).minusDays(2));
                    cases.markOverdue(cases.ref(number).id(), "PAYMENT_OVERDUE");
                }
            }
            case DISPOSAL, CLOSED -> {
                violation(number);
                administrative(number, i, earliest(expertiseDone.plusDays(1), legalDone).toLocalDate());
                complete(number, "RecordPayment", DemoCases.LAWYER, """
                        {"paidOn": "%s", "amount": {"amount": 20000, "currency": "KGS"}}"""
                        .formatted(legalDone.toLocalDate()));
                spent.add(Duration.ofDays(expertise));
                spent.add(Duration.ofDays(legal));
                if (path == Path.CLOSED) {
                    String method = kind.live() ? "RESCUE_CENTRE" : "DESTRUCTION";
                    StringBuilder disposals = new StringBuilder();
                    StringBuilder custody = new StringBuilder();
                    OffsetDateTime handed = legalDone.plusDays(disposal);
                    for (int s = 0; s < specimens.size(); s++) {
                        boolean live = specimens.get(s).path("live").asBoolean();
                        disposals.append(s == 0 ? "" : ",").append("{\"specimenIndex\": %d, \"method\": \"%s\"}"
                                .formatted(s, live ? "RESCUE_CENTRE" : method));
                        custody.append(s == 0 ? "" : ",").append("""
                                {"specimenIndex": %d, "quantity": %s, "from": "Customs store", "to": "%s",
                                 "handedOverBy": "Customs officer", "receivedBy": "Commission chair", "at": "%s"}"""
                                .formatted(s, specimens.get(s).path("quantity").asText(),
                                        live ? "Bishkek wildlife rescue centre" : "Destruction commission", handed));
                    }
                    complete(number, "DecideDisposal", DemoCases.EXPERT,
                            "{\"disposals\": [" + disposals + "]}");
                    complete(number, "RecordDisposal", officer, """
                            {"completedOn": "%s", "note": "Done before a commission", "custody": [%s]}"""
                            .formatted(handed.toLocalDate(), custody));
                    spent.add(Duration.ofDays(disposal));
                }
            }
            default -> throw new IllegalStateException(path.name());
        }
        cases.backdateStages(number, spent);
    }

    private static OffsetDateTime earliest(OffsetDateTime a, OffsetDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    private void violation(String number) throws Exception {
        complete(number, "IdentifySpecies", DemoCases.EXPERT,
                "{\"conclusion\": \"VIOLATION\", \"opinion\": \"No valid CITES permit\"}");
    }

    /** Qualified and fined, the penalty recorded on {@code recordedOn}. */
    private void administrative(String number, int i, java.time.LocalDate recordedOn) throws Exception {
        complete(number, "QualifyOffence", DemoCases.LAWYER,
                "{\"qualification\": \"ADMINISTRATIVE\", \"legalBasis\": \"Code of Offences\"}");
        complete(number, "RecordPenalty", DemoCases.LAWYER, """
                {"protocolNumber": "P-%d", "fine": {"amount": 20000, "currency": "KGS"}, "confiscation": true,
                 "recordedOn": "%s"}""".formatted(1000 + i, recordedOn));
    }

    private static String care(OffsetDateTime at) {
        return """
                {"facility": "Bishkek wildlife rescue centre", "keeper": "Dr. A. Usenova", "placedAt": "%s"}"""
                .formatted(at);
    }

    private void complete(String caseNumber, String taskKey, WildcaseUser user, String body) throws Exception {
        String taskId = workflow.openTasks(caseNumber).stream().filter(t -> t.taskKey().equals(taskKey))
                .findFirst().orElseThrow(() -> new IllegalStateException("No " + taskKey + " in " + caseNumber))
                .taskId();
        tasks.complete(taskId, TaskBody.json(mapper, body), user);
    }
}
