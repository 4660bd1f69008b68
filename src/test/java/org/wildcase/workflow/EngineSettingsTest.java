package org.wildcase.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wildcase.WildcaseTest;

/** The engine runs as configured for operations: retries apart, incidents after them, history kept five years. */
@WildcaseTest
class EngineSettingsTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void a_failed_job_is_retried_three_times_five_minutes_apart_and_history_is_kept_five_years() {
        ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine
                .getProcessEngineConfiguration();
        assertThat(config.getFailedJobRetryTimeCycle()).isEqualTo("R3/PT5M");
        assertThat(config.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00+0600");
        assertThat(config.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00+0600");
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().list()).isNotEmpty()
                .extracting(ProcessDefinition::getHistoryTimeToLive).containsOnly(1827);
    }
}
