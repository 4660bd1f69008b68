package org.wildcase.operations;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Crash trials: the real application under concurrent load, killed with SIGKILL at a random moment, started again
 * on the same data, and every reply it acknowledged checked against what it stored. Each restart is the start of
 * the next trial, so later trials also check the promises of earlier ones.
 */
final class CrashTrials {

    /** The result line the issue asks for, plus what makes it believable (how much was promised and raced). */
    record Outcome(String store, int trials, Set<String> lost, Set<String> duplicated, Set<String> inconsistent,
            List<String> serverErrors, List<String> unexpected, int acks, int registered, int completed, int races,
            int cases) {

        String line() {
            return ("%s: %d trials, %d lost, %d duplicated, %d inconsistent (%d acknowledged replies: %d registrations,"
                    + " %d completions and withdrawals; %d races of completion and withdrawal; %d cases stored;"
                    + " %d server errors)").formatted(store, trials, lost.size(), duplicated.size(),
                            inconsistent.size(), acks, registered, completed, races, cases, serverErrors.size());
        }

        boolean clean() {
            return lost.isEmpty() && duplicated.isEmpty() && inconsistent.isEmpty() && serverErrors.isEmpty()
                    && unexpected.isEmpty();
        }
    }

    private CrashTrials() {
    }

    /** Every API reply before readiness must be the starting gate's: 503, problem+json, Retry-After. */
    static List<String> notStartingReplies(AppProcess app) {
        return app.earlyReplies().stream().filter(r -> r.status() != 503
                || !r.contentType().startsWith("application/problem+json") || r.retryAfter() == null)
                .map(r -> "before readiness the API answered " + r.status() + " " + r.contentType() + " "
                        + CaseLoad.shorten(r.body())).toList();
    }

    static Outcome run(String store, int trials, Path workDir, Map<String, String> properties,
            Map<String, String> environment) throws IOException, InterruptedException {
        String run = "crash-" + Long.toString(System.nanoTime(), 36);
        Queue<CaseLoad.Ack> acks = CaseLoad.journal();
        Queue<String> serverErrors = new ConcurrentLinkedQueue<>();
        Queue<String> unexpected = new ConcurrentLinkedQueue<>();
        Set<String> lost = new LinkedHashSet<>();
        Set<String> duplicated = new LinkedHashSet<>();
        Set<String> inconsistent = new LinkedHashSet<>();
        int races = 0;
        int cases = 0;
        try (AppProcess app = new AppProcess("app-" + store, workDir, properties, environment)) {
            ApiClient api = new ApiClient(app::uri);
            StoredWork stored = new StoredWork(api);
            app.start();
            for (int trial = 1; trial <= trials; trial++) {
                CaseLoad load = new CaseLoad(api, run, acks, serverErrors, unexpected);
                load.start();
                // Kill at a random moment once the load has had promises acknowledged (a cold JVM on a slow
                // machine may take seconds for its first reply), so that every trial has something to break.
                long began = System.currentTimeMillis();
                if (!load.awaitProgress(2, 1, 120_000)) {
                    unexpected.add("trial " + trial + ": the load had only " + load.progress()
                            + " acknowledged after 120 s");
                }
                Thread.sleep(ThreadLocalRandom.current().nextLong(0, 3000));
                long loadFor = System.currentTimeMillis() - began;
                app.kill();
                load.stop();
                races += load.races();
                app.start();
                StoredWork.Findings found = stored.check(List.copyOf(acks), run);
                stored.forget();
                lost.addAll(found.lost());
                duplicated.addAll(found.duplicated());
                inconsistent.addAll(found.inconsistent());
                cases = found.cases();
                System.out.printf("%s trial %d: killed after %d ms; %d acknowledged so far, %d cases; %d lost, "
                        + "%d duplicated, %d inconsistent%n", store, trial, loadFor, found.acks(), found.cases(),
                        found.lost().size(), found.duplicated().size(), found.inconsistent().size());
            }
            unexpected.addAll(notStartingReplies(app));
            int exit = app.stop();
            if (exit != 0 && exit != 143) {
                unexpected.add("a graceful stop exited with " + exit);
            }
            String log = app.logText();
            for (String complaint : List.of("Database is already closed", "Failed to release JPA EntityManager")) {
                if (log.contains(complaint)) {
                    unexpected.add("the graceful stop logged '" + complaint + "'");
                }
            }
        }
        int registered = (int) acks.stream().filter(a -> a instanceof CaseLoad.Registered).count();
        return new Outcome(store, trials, lost, duplicated, inconsistent, new ArrayList<>(serverErrors),
                new ArrayList<>(unexpected), acks.size(), registered, acks.size() - registered, races, cases);
    }
}
