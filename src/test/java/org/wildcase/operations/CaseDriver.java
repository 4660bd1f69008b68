package org.wildcase.operations;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Takes cases through the flow over the REST API as the demo users do, one task at a time: to a chosen point (a
 * case in every stage), and from wherever a case stands to its end.
 */
public final class CaseDriver {

    /** Where a case is left: the tasks completed after registration, in order, and what the case then waits for. */
    public enum Point {
        EXPERTISE, AWAITING_INFORMATION, RELEASE, QUALIFY_OFFENCE, RECORD_PENALTY, RECORD_PAYMENT,
        REFER_TO_INVESTIGATION, AWAITING_OUTCOME, DECIDE_DISPOSAL, RECORD_DISPOSAL
    }

    private final ApiClient api;

    public CaseDriver(ApiClient api) {
        this.api = api;
    }

    /** One case left at each point, by case number. */
    public Map<Point, String> caseInEveryStage() throws IOException, InterruptedException {
        Map<Point, String> cases = new LinkedHashMap<>();
        for (Point point : Point.values()) {
            cases.put(point, caseAt(point));
        }
        return cases;
    }

    public String caseAt(Point point) throws IOException, InterruptedException {
        String number = register("backup " + point);
        switch (point) {
            case EXPERTISE -> {
            }
            case AWAITING_INFORMATION -> complete(number, "IdentifySpecies", "expert", """
                    {"conclusion": "MORE_INFORMATION_NEEDED", "opinion": "Photos are unclear",
                     "question": "Send the CITES tags of the skins"}""");
            case RELEASE -> complete(number, "IdentifySpecies", "expert", """
                    {"conclusion": "NO_VIOLATION", "opinion": "Captive-bred, papers in order"}""");
            default -> {
                complete(number, "IdentifySpecies", "expert", """
                        {"conclusion": "VIOLATION", "opinion": "Snow leopard skin without a permit"}""");
                legal(number, point);
            }
        }
        return number;
    }

    private void legal(String number, Point point) throws IOException, InterruptedException {
        if (point == Point.QUALIFY_OFFENCE) {
            return;
        }
        boolean criminal = point == Point.REFER_TO_INVESTIGATION || point == Point.AWAITING_OUTCOME;
        complete(number, "QualifyOffence", "lawyer", criminal
                ? "{\"qualification\": \"CRIMINAL\", \"legalBasis\": \"Criminal Code, art. 283\"}"
                : "{\"qualification\": \"ADMINISTRATIVE\", \"legalBasis\": \"Code of Offences, art. 301\"}");
        if (point == Point.RECORD_PENALTY || point == Point.REFER_TO_INVESTIGATION) {
            return;
        }
        if (criminal) {
            complete(number, "ReferToInvestigation", "lawyer", body("ReferToInvestigation"));
            return;
        }
        complete(number, "RecordPenalty", "lawyer", body("RecordPenalty"));
        if (point == Point.RECORD_PAYMENT) {
            return;
        }
        complete(number, "RecordPayment", "lawyer", body("RecordPayment"));
        if (point == Point.DECIDE_DISPOSAL) {
            return;
        }
        complete(number, "DecideDisposal", "expert", body("DecideDisposal"));
    }

    public String register(String location) throws IOException, InterruptedException {
        ApiClient.Reply r = api.post("officer.bishkek", "/api/cases", CaseLoad.registration(location));
        require(r, 201, "register " + location);
        return r.text("caseNumber");
    }

    /** Works a case to its end from wherever it stands; returns the case's final status. */
    public String finish(String number) throws IOException, InterruptedException {
        for (int step = 0; step < 20; step++) {
            JsonNode file = file(number);
            if (!"OPEN".equals(file.path("status").asText())) {
                return file.path("status").asText();
            }
            List<String> keys = new ArrayList<>();
            file.path("openTasks").forEach(t -> keys.add(t.path("taskKey").asText()));
            if (keys.isEmpty()) {
                // The only wait without a task: the investigative body's outcome.
                require(api.post("lawyer", "/api/cases/" + number + "/investigation-outcome", """
                        {"outcome": "CONVICTED", "reference": "Court 2-1/26", "decidedAt": "%s",
                         "note": "Fine and confiscation"}""".formatted(today())), 200, "outcome of " + number);
                continue;
            }
            String key = keys.get(0);
            complete(number, key, user(key), key.equals("IdentifySpecies")
                    ? "{\"conclusion\": \"NO_VIOLATION\", \"opinion\": \"Released after the answer\"}" : body(key));
        }
        throw new IllegalStateException(number + " did not end");
    }

    public JsonNode file(String number) throws IOException, InterruptedException {
        ApiClient.Reply r = api.get("manager", "/api/cases/" + number);
        require(r, 200, "case " + number);
        return r.body();
    }

    public void complete(String number, String taskKey, String user, String body) throws IOException,
            InterruptedException {
        require(api.post(user, "/api/tasks/" + taskId(number, taskKey) + "/complete", body), 200,
                taskKey + " of " + number);
    }

    /** The id of the case's open task of this key. */
    public String taskId(String number, String taskKey) throws IOException, InterruptedException {
        for (JsonNode t : file(number).path("openTasks")) {
            if (taskKey.equals(t.path("taskKey").asText())) {
                return t.path("taskId").asText();
            }
        }
        throw new IllegalStateException(number + " has no open " + taskKey);
    }

    public static String user(String taskKey) {
        return switch (taskKey) {
            case "IdentifySpecies", "DecideDisposal", "RecordLiveSpecimenCare" -> "expert";
            case "QualifyOffence", "RecordPenalty", "RecordPayment", "ReferToInvestigation" -> "lawyer";
            default -> "officer.bishkek";
        };
    }

    public static String body(String taskKey) {
        return switch (taskKey) {
            case "ProvideInformation" -> "{\"answer\": \"Tags attached, numbers KG-77 to KG-80\"}";
            case "ReleaseConsignment" -> "{\"note\": \"Released to the exporter\"}";
            case "QualifyOffence" -> "{\"qualification\": \"ADMINISTRATIVE\", \"legalBasis\": \"Code of Offences, "
                    + "art. 301\"}";
            case "RecordLiveSpecimenCare" -> "{\"facility\": \"Bishkek rescue centre\", \"keeper\": \"A. Keeper\", "
                    + "\"placedAt\": \"" + OffsetDateTime.now().minusMinutes(10) + "\"}";
            case "RecordPenalty" -> "{\"protocolNumber\": \"AP-2026-117\", \"fine\": {\"amount\": 50000, "
                    + "\"currency\": \"KGS\"}, \"confiscation\": true, \"paymentDue\": \"" + today().plusDays(30)
                    + "\"}";
            case "RecordPayment" -> "{\"paidOn\": \"" + today() + "\", \"amount\": {\"amount\": 50000, "
                    + "\"currency\": \"KGS\"}}";
            case "ReferToInvestigation" -> "{\"agency\": \"Investigative Service\", \"referredOn\": \"" + today()
                    + "\", \"reference\": \"CR-2026-42\"}";
            case "DecideDisposal" -> "{\"disposals\": [{\"specimenIndex\": 0, \"method\": \"EVIDENCE_STORAGE\", "
                    + "\"destination\": \"Customs evidence store, Bishkek\"}]}";
            case "RecordDisposal" -> "{\"completedOn\": \"" + today() + "\", \"note\": \"Stored as evidence\"}";
            default -> throw new IllegalArgumentException("No body for " + taskKey);
        };
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Bishkek"));
    }

    private static void require(ApiClient.Reply r, int status, String what) {
        if (r.status() != status) {
            throw new IllegalStateException(what + ": " + r.status() + " " + r.text());
        }
    }
}
