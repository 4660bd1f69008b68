package org.wildcase.workflow;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes of our own on the engine's task table: in the order the inbox lists tasks (due date, then creation), so
 * a page of the task list is read in order instead of sorting every open task; and by task key and assignee, so
 * counting the list reads one index range. It is made after the engine has
 * created or updated its schema (a Flyway migration may run before the engine's tables exist); {@code IF NOT
 * EXISTS} makes it once, and a second node starting at the same moment only logs that it lost the race.
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

    /** The task list's order. */
    static final String INBOX = "CREATE INDEX IF NOT EXISTS WILDCASE_TASK_INBOX ON ACT_RU_TASK "
            + "(DUE_DATE_, CREATE_TIME_, ID_)";

    /** Counting a role's unassigned tasks by their keys, and a person's own: read from the index alone. */
    static final String OFFERED = "CREATE INDEX IF NOT EXISTS WILDCASE_TASK_OFFERED ON ACT_RU_TASK "
            + "(TASK_DEF_KEY_, ASSIGNEE_, PROC_DEF_ID_)";

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
                .getProcessEngineConfiguration();
        try (Connection c = configuration.getDataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(INBOX);
            s.execute(OFFERED);
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            log.warn("The task list's indexes on ACT_RU_TASK were not made (another node may be making it): {}",
                    e.getMessage());
        }
    }
}
