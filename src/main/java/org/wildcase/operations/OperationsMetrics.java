package org.wildcase.operations;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.wildcase.security.Roles;
import org.wildcase.expertise.ExpertiseConcluded;
import org.wildcase.seizure.CaseClosed;
import org.wildcase.seizure.SeizureCaseOpened;
import org.wildcase.casework.TaskCompleted;
import org.wildcase.workflow.EngineIncidents;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The figures an operator watches, besides Micrometer's own (HTTP latency per endpoint, JVM, pool): cases
 * registered, closed (by how they ended), expertise concluded (by conclusion) and tasks completed (counted when their transaction commits, so a refused request counts nothing),
 * open and overdue tasks per role, and the engine's incidents and failing jobs. Gauges ask the database at each
 * scrape, so two nodes report the same figures.
 */
@Component
class OperationsMetrics implements MeterBinder {

    private final EngineIncidents engine;
    private MeterRegistry registry;

    OperationsMetrics(EngineIncidents engine) {
        this.engine = engine;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        for (String role : Roles.PEOPLE) {
            Gauge.builder("wildcase.tasks.open", engine, e -> e.openTasks(role)).tag("role", role)
                    .description("Open tasks offered to a role").register(registry);
            Gauge.builder("wildcase.tasks.overdue", engine, e -> e.overdueTasks(role)).tag("role", role)
                    .description("Open tasks past their due date").register(registry);
        }
        Gauge.builder("wildcase.engine.incidents", engine, EngineIncidents::incidentCount)
                .description("Jobs that failed after their retries and wait for an admin").register(registry);
        Gauge.builder("wildcase.engine.jobs.failing", engine, EngineIncidents::failingJobs)
                .description("Jobs that failed and will be retried").register(registry);
    }

    @TransactionalEventListener
    void caseOpened(SeizureCaseOpened opened) {
        if (registry != null) {
            Counter.builder("wildcase.cases.registered").tag("unit", opened.unit())
                    .description("Cases registered").register(registry).increment();
        }
    }

    @TransactionalEventListener
    void caseClosed(CaseClosed closed) {
        if (registry != null) {
            Counter.builder("wildcase.cases.closed").tag("unit", closed.unit()).tag("status", closed.status().name())
                    .description("Cases ended, by how they ended").register(registry).increment();
        }
    }

    @TransactionalEventListener
    void expertiseConcluded(ExpertiseConcluded concluded) {
        if (registry != null) {
            Counter.builder("wildcase.expertise.concluded").tag("conclusion", concluded.conclusion().name())
                    .description("Expertise rounds concluded, by conclusion").register(registry).increment();
        }
    }

    @TransactionalEventListener
    void taskCompleted(TaskCompleted completed) {
        if (registry != null) {
            Counter.builder("wildcase.tasks.completed").tag("task_key", completed.taskKey())
                    .description("Tasks completed").register(registry).increment();
        }
    }
}
