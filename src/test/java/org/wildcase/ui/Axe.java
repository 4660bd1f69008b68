package org.wildcase.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Deque's axe-core, the accessibility engine of the browser's developer tools, run on the page a journey is on. The
 * script comes from the npm registry as its published package (npm pack, no build) into target/, once per checkout,
 * and is given to the page by the test driver, not by the application. Locally a machine without npm skips the
 * check; on CI (CI=true) it fails, as for the browser.
 */
final class Axe {

    static final String VERSION = "4.10.3";
    private static final Path DIR = Path.of("target", "axe-core-" + VERSION);
    private static String script;

    private Axe() {
    }

    /**
     * The serious and critical violations axe finds on the page now, one line each: rule, impact, the elements
     * (CSS selectors through shadow roots) and axe's help text.
     */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(JavascriptExecutor page) {
        page.executeScript(script());
        Object result = page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(r => done(r.violations
                      .filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                          + v.nodes.slice(0, 5).map(n => JSON.stringify(n.target)).join(', '))))
                  .catch(e => done(['axe failed: ' + e]));""");
        return (List<String>) result;
    }

    private static synchronized String script() {
        if (script == null) {
            try {
                Path file = DIR.resolve("package").resolve("axe.min.js");
                if (!Files.exists(file)) {
                    fetch();
                }
                script = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("axe-core " + VERSION + " could not be fetched from npm", e);
            }
        }
        return script;
    }

    private static void fetch() throws IOException, InterruptedException {
        boolean npm = new ProcessBuilder("npm", "--version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        if (!npm && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI needs npm to fetch axe-core for the accessibility checks");
        }
        Assumptions.assumeTrue(npm, "npm is not installed: no accessibility check");
        Files.createDirectories(DIR);
        run(DIR, "npm", "pack", "axe-core@" + VERSION, "--silent");
        run(DIR, "tar", "-xzf", "axe-core-" + VERSION + ".tgz");
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("fetch.log").toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " failed: "
                    + Files.readString(dir.resolve("fetch.log")));
        }
    }

    /** For a report: which page had what. */
    static String report(Map<String, List<String>> byPage) {
        StringBuilder out = new StringBuilder();
        byPage.forEach((page, found) -> {
            if (!found.isEmpty()) {
                out.append(page).append(":\n");
                found.forEach(v -> out.append("  ").append(v).append('\n'));
            }
        });
        return out.toString();
    }
}
