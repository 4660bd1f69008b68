package org.wildcase.operations;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Six concurrent clients working cases as people do: two customs officers registering seizures (Bishkek and Osh),
 * two experts concluding expertise, a legal officer qualifying offences, and a manager withdrawing cases, half of
 * the time at the very moment an expert completes the same case's task. Every acknowledged reply is journalled
 * with the text that makes its effect recognisable, so that what is stored can be checked against it later.
 */
public final class CaseLoad {

    /** What a 200 or 201 promised. Each carries a marker text unique to the request. */
    sealed interface Ack permits Registered, Identified, Qualified, Withdrawn {
        String caseNumber();
    }

    record Registered(String caseNumber, String unit, String location) implements Ack {
    }

    record Identified(String caseNumber, String taskId, String opinion) implements Ack {
    }

    record Qualified(String caseNumber, String taskId, String legalBasis) implements Ack {
    }

    record Withdrawn(String caseNumber, String reason) implements Ack {
    }

    private final ApiClient api;
    private final String run;
    private final Queue<Ack> acks;
    private final Queue<String> serverErrors;
    private final Queue<String> unexpected;
    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicInteger races = new AtomicInteger();
    private final AtomicInteger registered = new AtomicInteger();
    private final AtomicInteger completed = new AtomicInteger();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final ExecutorService clients = Executors.newFixedThreadPool(6);
    private final ExecutorService racers = Executors.newFixedThreadPool(2);

    CaseLoad(ApiClient api, String run, Queue<Ack> acks, Queue<String> serverErrors, Queue<String> unexpected) {
        this.api = api;
        this.run = run;
        this.acks = acks;
        this.serverErrors = serverErrors;
        this.unexpected = unexpected;
    }

    static Queue<Ack> journal() {
        return new ConcurrentLinkedQueue<>();
    }

    void start() {
        clients.submit(() -> loop(() -> register("officer.bishkek", "BIS")));
        clients.submit(() -> loop(() -> register("officer.osh", "OSH")));
        clients.submit(() -> loop(this::identify));
        clients.submit(() -> loop(this::identify));
        clients.submit(() -> loop(this::qualify));
        clients.submit(() -> loop(this::withdrawOrRace));
    }

    /** Stops the clients; requests in flight may still end, with or without a reply. */
    void stop() {
        stopped.set(true);
        clients.shutdownNow();
        racers.shutdownNow();
        try {
            clients.awaitTermination(70, TimeUnit.SECONDS);
            racers.awaitTermination(70, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    int races() {
        return races.get();
    }

    /**
     * Waits until this load has had registrations and completions acknowledged, so that a kill always has promises
     * to break however slowly a cold JVM warms up; false if that took longer than the limit.
     */
    boolean awaitProgress(int registrations, int completions, long limitMillis) {
        long end = System.currentTimeMillis() + limitMillis;
        while (registered.get() < registrations || completed.get() < completions) {
            if (System.currentTimeMillis() > end) {
                return false;
            }
            AppProcess.sleep(50);
        }
        return true;
    }

    String progress() {
        return registered.get() + " registrations and " + completed.get() + " completions or withdrawals";
    }

    private interface Step {
        void run() throws IOException, InterruptedException;
    }

    private void loop(Step step) {
        while (!stopped.get()) {
            try {
                step.run();
            } catch (IOException | InterruptedException gone) {
                // The server went away (killed) or the load was stopped: no reply, so nothing was promised.
                if (stopped.get() || Thread.currentThread().isInterrupted()) {
                    return;
                }
                AppProcess.sleep(20);
            } catch (RuntimeException e) {
                // Stopping interrupts the clients; a sleep or call that wraps the interrupt is the stop, not a fault.
                if (stopped.get() || e.getCause() instanceof InterruptedException) {
                    return;
                }
                unexpected.add("client failure: " + e);
            }
        }
    }

    private String marker(String what) {
        return run + " " + what + sequence.incrementAndGet();
    }

    private void register(String officer, String unit) throws IOException, InterruptedException {
        String location = marker("post ");
        ApiClient.Reply r = api.post(officer, "/api/cases", registration(location));
        if (r.status() == 201) {
            acks.add(new Registered(r.text("caseNumber"), unit, location));
            registered.incrementAndGet();
        } else {
            note("register", r, 503);
        }
    }

    public static String registration(String location) {
        return """
                {"seizedAt": "2026-11-20T09:30:00+06:00", "location": %s, "direction": "EXPORT",
                 "transportMode": "ROAD", "conveyance": "01KG123ABC", "purpose": "T", "source": "W",
                 "route": {"origin": "KG", "destination": "CN"},
                 "parties": [{"role": "SUSPECT", "name": "A. Courier", "nationality": "KG"}],
                 "specimens": [{"description": "Snow leopard skin", "scientificName": "Panthera uncia",
                                "term": "SKI", "quantity": 1, "live": false}],
                 "documents": [{"type": "EXPORT_PERMIT", "number": "KG-CRASH-0001", "issuingCountry": "KG",
                                "original": true}]}
                """.formatted(ApiClient.quote(location));
    }

    private void identify() throws IOException, InterruptedException {
        JsonNode task = someTask("expert", "IdentifySpecies");
        if (task == null) {
            AppProcess.sleep(30);
            return;
        }
        identify(task.path("taskId").asText(), task.path("caseNumber").asText());
    }

    private void identify(String taskId, String caseNumber) throws IOException, InterruptedException {
        String opinion = marker("opinion ");
        ApiClient.Reply r = api.post("expert", "/api/tasks/" + taskId + "/complete",
                "{\"conclusion\": \"VIOLATION\", \"opinion\": " + ApiClient.quote(opinion) + "}");
        if (r.status() == 200) {
            acks.add(new Identified(caseNumber, taskId, opinion));
            completed.incrementAndGet();
        } else {
            note("identify", r, 409, 404, 503);
        }
    }

    private void qualify() throws IOException, InterruptedException {
        JsonNode task = someTask("lawyer", "QualifyOffence");
        if (task == null) {
            AppProcess.sleep(30);
            return;
        }
        String basis = marker("basis ");
        String taskId = task.path("taskId").asText();
        ApiClient.Reply r = api.post("lawyer", "/api/tasks/" + taskId + "/complete",
                "{\"qualification\": \"ADMINISTRATIVE\", \"legalBasis\": " + ApiClient.quote(basis) + "}");
        if (r.status() == 200) {
            acks.add(new Qualified(task.path("caseNumber").asText(), taskId, basis));
            completed.incrementAndGet();
        } else {
            note("qualify", r, 409, 404, 503);
        }
    }

    private void withdrawOrRace() throws IOException, InterruptedException {
        if (ThreadLocalRandom.current().nextBoolean()) {
            race();
            return;
        }
        ApiClient.Reply list = api.get("manager", "/api/cases?status=OPEN&size=30");
        JsonNode content = list.body().path("content");
        if (list.status() != 200 || content.isEmpty()) {
            if (list.status() != 200) {
                note("open cases", list, 503);
            }
            AppProcess.sleep(30);
            return;
        }
        withdraw(content.get(ThreadLocalRandom.current().nextInt(content.size())).path("caseNumber").asText());
    }

    private void withdraw(String caseNumber) throws IOException, InterruptedException {
        String reason = marker("withdrawn ");
        ApiClient.Reply r = api.post("manager", "/api/cases/" + caseNumber + "/withdraw",
                "{\"reason\": " + ApiClient.quote(reason) + "}");
        if (r.status() == 200) {
            acks.add(new Withdrawn(caseNumber, reason));
            completed.incrementAndGet();
        } else {
            note("withdraw", r, 409, 503);
        }
    }

    /** The expert completes a case's task while the manager withdraws the case: one wins, neither fails. */
    private void race() throws IOException, InterruptedException {
        JsonNode task = someTask("expert", "IdentifySpecies");
        if (task == null) {
            AppProcess.sleep(30);
            return;
        }
        String taskId = task.path("taskId").asText();
        String caseNumber = task.path("caseNumber").asText();
        CountDownLatch go = new CountDownLatch(1);
        List<java.util.concurrent.Future<?>> both = new ArrayList<>();
        both.add(racers.submit(() -> {
            go.await();
            identify(taskId, caseNumber);
            return null;
        }));
        both.add(racers.submit(() -> {
            go.await();
            withdraw(caseNumber);
            return null;
        }));
        go.countDown();
        races.incrementAndGet();
        for (java.util.concurrent.Future<?> f : both) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** A task of this key from the user's list, picked at random so that clients rarely collide. */
    private JsonNode someTask(String user, String taskKey) throws IOException, InterruptedException {
        ApiClient.Reply r = api.get(user, "/api/tasks?taskKey=" + taskKey + "&size=20");
        if (r.status() != 200) {
            note("tasks", r, 503);
            return null;
        }
        JsonNode content = r.body().path("content");
        return content.isEmpty() ? null : content.get(ThreadLocalRandom.current().nextInt(content.size()));
    }

    /** A reply that promised nothing: a 5xx is a fault; anything not listed as expected is a defect of the test. */
    private void note(String what, ApiClient.Reply r, int... expected) {
        if (r.status() >= 500 && r.status() != 503) {
            serverErrors.add(what + ": " + r.status() + " " + shorten(r.text()));
            return;
        }
        for (int e : expected) {
            if (r.status() == e) {
                return;
            }
        }
        unexpected.add(what + ": " + r.status() + " " + shorten(r.text()));
    }

    static String shorten(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
