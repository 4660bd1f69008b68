package org.wildcase.workflow;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * How long the engine keeps the history of an ended case or run before its nightly cleanup removes it: from
 * configuration ({@code wildcase.history.retention-days}, five years by default, since CITES asks that records be
 * kept at least that long), applied at start-up to every deployed version of the models. The cleanup runs in the
 * window {@code camunda.bpm.generic-properties.properties.historyCleanupBatchWindow*} sets. The case data in the
 * modules' own tables is never removed by it.
 */
@Component
class HistoryRetention {

    private static final Logger log = LoggerFactory.getLogger(HistoryRetention.class);

    private final RepositoryService repository;
    private final int days;

    HistoryRetention(RepositoryService repository, @Value("${wildcase.history.retention-days:1827}") int days) {
        if (days < 1) {
            throw new IllegalArgumentException("wildcase.history.retention-days must be at least 1, not " + days);
        }
        this.repository = repository;
        this.days = days;
    }

    @EventListener(ApplicationStartedEvent.class)
    void apply() {
        int changed = 0;
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
            if (definition.getHistoryTimeToLive() == null || definition.getHistoryTimeToLive() != days) {
                repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
                changed++;
            }
        }
        if (changed > 0) {
            log.info("History of ended processes is kept {} days ({} process definition(s) updated)", days, changed);
        }
    }
}
