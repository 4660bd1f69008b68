package org.wildcase.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The real application in a JVM of its own, as an operator runs it: its own working directory (where the embedded
 * default keeps {@code ./data/}), a port, properties and environment. It can be killed with SIGKILL, stopped with
 * SIGTERM, and started again on the same directory. The classpath is the test's own, without the test classes.
 */
final class AppProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("app.start.timeout", 240));

    private final Path workDir;
    private final Map<String, String> properties;
    private final Map<String, String> environment;
    private final String name;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private int port;
    private Process process;
    private int starts;
    private final List<EarlyReply> early = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** A reply to an API call made while the application was starting, before it said it was ready. */
    record EarlyReply(int status, String contentType, String retryAfter, String body) {
    }

    AppProcess(String name, Path workDir, Map<String, String> properties, Map<String, String> environment) {
        this.name = name;
        this.workDir = workDir;
        this.properties = new LinkedHashMap<>(properties);
        this.environment = environment;
    }

    /** Starts the JVM on a free port and waits until the application says it is ready. */
    AppProcess start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is running");
        }
        port = freePort();
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx768m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Djava.awt.headless=true", "-cp", applicationClasspath(),
                "org.wildcase.WildcaseApplication", "--server.port=" + port));
        properties.forEach((k, v) -> command.add("--" + k + "=" + v));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve(name + ".log").toFile()));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(workDir);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        starts++;
        awaitReady();
        return this;
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log());
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
                // Listening but not ready: what does the API answer meanwhile?
                HttpResponse<String> api = http.send(HttpRequest.newBuilder(uri("/api/species?q=falco"))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                "expert:demo".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                HttpResponse<String> again = http.send(HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (again.statusCode() != 200) {
                    // Only replies that certainly came before readiness count.
                    early.add(new EarlyReply(api.statusCode(), api.headers().firstValue("Content-Type").orElse(""),
                            api.headers().firstValue("Retry-After").orElse(null), api.body()));
                }
                sleep(50);
                continue;
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        kill();
        throw new IllegalStateException(name + " was not ready within " + START_TIMEOUT + "; see " + log());
    }

    /** SIGKILL: the process gets no chance to flush, close or say goodbye. */
    void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitForExit();
        }
    }

    /** SIGTERM: a graceful stop, as systemd or Docker would ask for one. Returns the exit code. */
    int stop() {
        if (process == null) {
            return -1;
        }
        process.destroy();
        return waitForExit();
    }

    private int waitForExit() {
        try {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The API's replies while the application was starting, over all its starts. */
    List<EarlyReply> earlyReplies() {
        return List.copyOf(early);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    int port() {
        return port;
    }

    int starts() {
        return starts;
    }

    Path log() {
        return workDir.resolve(name + ".log");
    }

    String logText() {
        try {
            return Files.readString(log());
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        kill();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The classpath this test runs with, less the test classes (their test configurations would be scanned as
     * the application's own). Surefire may hand it over as a manifest-only jar; its Class-Path is then the list.
     */
    static String applicationClasspath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (entry.endsWith(".jar") && entry.contains("surefire")) {
                entries.addAll(manifestClasspath(Path.of(entry)));
            } else {
                entries.add(entry);
            }
        }
        return entries.stream().filter(e -> !e.replace('\\', '/').contains("/test-classes"))
                .filter(e -> !e.contains("surefire")).distinct()
                .collect(Collectors.joining(java.io.File.pathSeparator));
    }

    private static List<String> manifestClasspath(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath == null) {
                return List.of(jar.toString());
            }
            return Stream.of(classPath.trim().split("\\s+")).map(AppProcess::toPath).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String toPath(String url) {
        try {
            return Path.of(new URL(jar(url)).toURI()).toString();
        } catch (Exception e) {
            return url;
        }
    }

    private static String jar(String url) {
        return url.startsWith("file:") ? url : "file:" + url;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
