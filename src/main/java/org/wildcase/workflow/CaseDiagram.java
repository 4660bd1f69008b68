package org.wildcase.workflow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;

/**
 * A case's process drawn as SVG from the model's diagram data (BPMN DI), with the steps it is at highlighted and the
 * steps it has passed marked. Rendered on the server because no npm front-end build (and so no bpmn-js) is available
 * here; the UI inlines the markup. It does not check who may see the case: callers do that before asking.
 */
@Service
public class CaseDiagram {

    /**
     * How a shape is marked, with the colours the drawing uses, so a legend can show the same swatches. The CSS class
     * of each shape is {@link #cssClass()}.
     */
    public enum Mark {
        ACTIVE("active", "#e8710a", "#fff1e0"),
        DONE("done", "#2e7d32", "#edf7ee"),
        IDLE("idle", "#8c939d", "#ffffff");

        private final String cssClass;
        private final String stroke;
        private final String fill;

        Mark(String cssClass, String stroke, String fill) {
            this.cssClass = cssClass;
            this.stroke = stroke;
            this.fill = fill;
        }

        public String cssClass() {
            return cssClass;
        }

        public String stroke() {
            return stroke;
        }

        public String fill() {
            return fill;
        }
    }

    private final RuntimeService runtime;
    private final HistoryService history;
    private final RepositoryService repository;
    /** Parsing a model is the expensive part, and a deployed definition never changes. */
    private final Map<String, DiagramLayout> layouts = new ConcurrentHashMap<>();

    CaseDiagram(RuntimeService runtime, HistoryService history, RepositoryService repository) {
        this.runtime = runtime;
        this.history = history;
        this.repository = repository;
    }

    /**
     * The SVG of the case's process, running or ended; empty when no process has this case number. Each shape and
     * flow is a group with {@code data-element-id} (the BPMN id) and the class {@code active}, {@code done} or
     * {@code idle}.
     */
    public Optional<String> svg(String caseNumber) {
        return svg(caseNumber, null);
    }

    /**
     * As {@link #svg(String)}, with the labels in a reader's words: {@code words} is a translation lookup (a Vaadin
     * component's {@code getTranslation}), asked for {@code diagram.<BPMN id>} and {@code diagram.label}.
     */
    public Optional<String> svg(String caseNumber, java.util.function.BiFunction<String, Object[], String> words) {
        if (caseNumber == null || caseNumber.isBlank()) {
            return Optional.empty();
        }
        // The history holds running and ended instances alike, so one query finds either.
        List<HistoricProcessInstance> found = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(TaskKeys.PROCESS).processInstanceBusinessKey(caseNumber)
                .orderByProcessInstanceStartTime().desc().listPage(0, 1);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        HistoricProcessInstance instance = found.get(0);
        Set<String> active = instance.getEndTime() == null ? activeActivities(instance.getId()) : Set.of();
        Set<String> done = history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .finished().list().stream().map(HistoricActivityInstance::getActivityId)
                .collect(Collectors.toSet());
        DiagramLayout layout = layouts.computeIfAbsent(instance.getProcessDefinitionId(),
                id -> DiagramLayout.of(repository.getBpmnModelInstance(id)));
        return Optional.of(layout.svg(caseNumber, id -> active.contains(id) ? Mark.ACTIVE
                : done.contains(id) ? Mark.DONE : Mark.IDLE, words));
    }

    private Set<String> activeActivities(String processInstanceId) {
        try {
            return Set.copyOf(runtime.getActiveActivityIds(processInstanceId));
        } catch (ProcessEngineException e) {
            // It ended between the two queries: nothing is active any more.
            return Set.of();
        }
    }
}
