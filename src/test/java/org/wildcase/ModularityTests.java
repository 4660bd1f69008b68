package org.wildcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module graph as Spring Modulith reads it: no cycles, no module reaching into another's internals, only the
 * dependencies each module's package-info allows. The picture in the README is drawn from the same graph.
 */
class ModularityTests {

    /** Used by nearly every module; left out of the README's picture so the layers stay readable. */
    static final Set<String> FOUNDATION = Set.of("api", "security", "ui");

    private final ApplicationModules modules = ApplicationModules.of(WildcaseApplication.class);

    @Test
    void the_modules_keep_their_boundaries() {
        modules.verify();
    }

    @Test
    void the_module_canvases_are_written() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(Path.of("target/spring-modulith-docs/module-casework.adoc")).exists();
    }

    @Test
    void the_readme_shows_the_module_graph_as_it_is() throws Exception {
        String graph = mermaid();
        Files.writeString(Path.of("target/modules.mmd"), graph);
        assertThat(Files.readString(Path.of("README.md")))
                .as("README's module picture is the graph of the code; the current one is in target/modules.mmd")
                .contains(graph);
    }

    /** Every module and its direct dependencies (on the foundation left out), as a Mermaid flowchart. */
    private String mermaid() {
        StringBuilder out = new StringBuilder("```mermaid\nflowchart TD\n");
        modules.stream().sorted(Comparator.comparing(ApplicationModule::getName))
                .filter(m -> !FOUNDATION.contains(m.getName())).forEach(m -> {
                    String targets = m.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getName)
                            .filter(n -> !FOUNDATION.contains(n) && !n.equals(m.getName())).sorted().distinct()
                            .collect(Collectors.joining(" & "));
                    out.append("    ").append(m.getName());
                    if (!targets.isEmpty()) {
                        out.append(" --> ").append(targets);
                    }
                    out.append('\n');
                });
        return out.append("```\n").toString();
    }
}
