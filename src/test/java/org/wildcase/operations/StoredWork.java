package org.wildcase.operations;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks what a restarted application has stored against every acknowledged reply: a promise not kept is lost, a
 * case number that names another seizure is duplicated, and a case whose parts disagree (open with no task, ended
 * with tasks left, a concluded expertise still at expertise) is inconsistent.
 */
final class StoredWork {

    /** What the check found, each item described so that a failure explains itself. */
    record Findings(List<String> lost, List<String> duplicated, List<String> inconsistent, int acks, int cases) {
    }

    private final ApiClient api;
    private final Map<String, JsonNode> files = new HashMap<>();

    StoredWork(ApiClient api) {
        this.api = api;
    }

    Findings check(Collection<CaseLoad.Ack> acks, String run) throws IOException, InterruptedException {
        List<String> lost = new ArrayList<>();
        List<String> duplicated = new ArrayList<>();
        List<String> inconsistent = new ArrayList<>();

        Map<String, String> numberToLocation = new HashMap<>();
        for (CaseLoad.Ack ack : acks) {
            if (ack instanceof CaseLoad.Registered r) {
                String earlier = numberToLocation.putIfAbsent(r.caseNumber(), r.location());
                if (earlier != null) {
                duplicated.add(r.caseNumber() + " was returned for two registrations: '" + earlier + "' and '"
                        + r.location() + "'");
                }
            }
        }
        for (CaseLoad.Ack ack : acks) {
            JsonNode file = file(ack.caseNumber());
            if (file == null) {
                lost.add(ack + ": the case is gone");
                continue;
            }
            if (ack instanceof CaseLoad.Registered r) {
                if (!r.location().equals(file.path("location").asText())) {
                    duplicated.add(r + ": the number now names the case registered at '"
                            + file.path("location").asText() + "'");
                } else if (!r.unit().equals(file.path("unit").asText())) {
                    inconsistent.add(r + ": stored in unit " + file.path("unit").asText());
                }
            } else if (ack instanceof CaseLoad.Identified i) {
                if (!file.path("expertise").toString().contains(i.opinion())) {
                    lost.add(i + ": the expertise does not hold the opinion");
                }
                if (hasTask(file, i.taskId())) {
                    lost.add(i + ": the completed task is open again");
                }
            } else if (ack instanceof CaseLoad.Qualified q) {
                if (!q.legalBasis().equals(file.path("legal").path("legalBasis").asText())) {
                    lost.add(q + ": the legal basis is '" + file.path("legal").path("legalBasis").asText() + "'");
                }
                if (hasTask(file, q.taskId())) {
                    lost.add(q + ": the completed task is open again");
                }
            } else if (ack instanceof CaseLoad.Withdrawn w) {
                if (!"WITHDRAWN".equals(file.path("status").asText())
                        || !w.reason().equals(file.path("withdrawalReason").asText())) {
                    lost.add(w + ": the case is " + file.path("status").asText() + " with reason '"
                            + file.path("withdrawalReason").asText() + "'");
                }
            }
        }
        // Every case of this run, acknowledged or caught in flight by the kill, must make sense on its own.
        Set<String> ours = casesOf(run);
        for (String number : ours) {
            JsonNode file = file(number);
            if (file != null) {
                inconsistent.addAll(contradictions(file));
            }
        }
        return new Findings(lost, duplicated, inconsistent, acks.size(), ours.size());
    }

    /** Forgets the files read, so the next check reads what the next restart stored. */
    void forget() {
        files.clear();
    }

    static List<String> contradictions(JsonNode file) {
        List<String> found = new ArrayList<>();
        String number = file.path("caseNumber").asText();
        String status = file.path("status").asText();
        String stage = file.path("stage").asText();
        Set<String> keys = new HashSet<>();
        file.path("openTasks").forEach(t -> keys.add(t.path("taskKey").asText()));
        if ("OPEN".equals(status)) {
            if (keys.isEmpty()) {
                found.add(number + ": open at " + stage + " with no open task");
            }
            if ("EXPERTISE".equals(stage) && !keys.contains("IdentifySpecies")) {
                found.add(number + ": at expertise without IdentifySpecies, tasks " + keys);
            }
            if ("LEGAL".equals(stage) && keys.stream().noneMatch(k -> k.startsWith("Qualify")
                    || k.startsWith("Record") || k.startsWith("Refer"))) {
                found.add(number + ": at legal handling without a legal task, tasks " + keys);
            }
            if ("EXPERTISE".equals(stage) && file.path("expertise").toString().contains("VIOLATION")) {
                found.add(number + ": expertise concluded VIOLATION but the case is still at expertise");
            }
        } else {
            if (!keys.isEmpty()) {
                found.add(number + ": " + status + " with open tasks " + keys);
            }
            if (!"DONE".equals(stage)) {
                found.add(number + ": " + status + " at stage " + stage);
            }
        }
        if (!file.path("history").toString().contains("Case registered")) {
            found.add(number + ": no registration in its history");
        }
        return found;
    }

    private static boolean hasTask(JsonNode file, String taskId) {
        for (JsonNode t : file.path("openTasks")) {
            if (taskId.equals(t.path("taskId").asText())) {
                return true;
            }
        }
        return false;
    }

    private JsonNode file(String caseNumber) throws IOException, InterruptedException {
        if (files.containsKey(caseNumber)) {
            return files.get(caseNumber);
        }
        ApiClient.Reply r = api.get("manager", "/api/cases/" + caseNumber);
        if (r.status() != 200 && r.status() != 404) {
            throw new IllegalStateException("GET /api/cases/" + caseNumber + ": " + r.status() + " " + r.text());
        }
        JsonNode file = r.status() == 200 ? r.body() : null;
        files.put(caseNumber, file);
        return file;
    }

    /** The numbers of every stored case registered by this run (its locations carry the run's name). */
    private Set<String> casesOf(String run) throws IOException, InterruptedException {
        Set<String> numbers = new HashSet<>();
        for (int page = 0; ; page++) {
            ApiClient.Reply r = api.get("manager", "/api/cases?size=500&page=" + page + "&q="
                    + java.net.URLEncoder.encode(run, java.nio.charset.StandardCharsets.UTF_8));
            if (r.status() != 200) {
                throw new IllegalStateException("GET /api/cases: " + r.status() + " " + r.text());
            }
            JsonNode content = r.body().path("content");
            content.forEach(c -> numbers.add(c.path("caseNumber").asText()));
            if (content.size() < 500) {
                return numbers;
            }
        }
    }
}
