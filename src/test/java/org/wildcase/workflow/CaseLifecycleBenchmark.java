package org.wildcase.workflow;

import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.wildcase.WildcaseApplication;
import org.wildcase.legal.LegalHandling;
import org.wildcase.security.Roles;
import org.wildcase.security.WildcaseUser;
import org.wildcase.casework.CaseTasks;
import org.wildcase.seizure.Registration;
import org.wildcase.seizure.SeizureCases;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How much our own work costs next to the engine's. Takes N cases through every path of the flow via the service
 * layer (registration with pre-check, each task's domain data, history), then drives the same BPMN through the same
 * paths on a bare engine with no-op delegates, on the same database, with full history and no job executor, and
 * prints cases per second for both and their ratio. Run with {@code ./mvnw -Pbench verify} (N with -Dbench.cases).
 */
public final class CaseLifecycleBenchmark {

    static final WildcaseUser BISHKEK = new WildcaseUser("officer.bishkek", Set.of(Roles.CUSTOMS_OFFICER), "BIS");
    static final WildcaseUser EXPERT = new WildcaseUser("expert", Set.of(Roles.CITES_EXPERT), null);
    static final WildcaseUser LAWYER = new WildcaseUser("lawyer", Set.of(Roles.LEGAL_OFFICER), null);
    static final WildcaseUser MANAGER = new WildcaseUser("manager", Set.of(Roles.MANAGER), null);

    /** The paths of the flow, in the order the benchmark cycles through them. */
    enum Path { RELEASE, MORE_INFORMATION, ADMINISTRATIVE, CRIMINAL, LIVE_RELEASE, WITHDRAWN }

    private CaseLifecycleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.getInteger("bench.cases", 1000);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(WildcaseApplication.class).run(
                "--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=512", "--wildcase.demo.data=false",
                "--camunda.bpm.job-execution.enabled=false", "--server.port=0",
                "--logging.level.root=WARN", "--camunda.bpm.history-level=full")) {
            Ours ours = new Ours(app);
            Bare bare = new Bare(app.getBean(DataSource.class));
            // Warm both up, then measure: ours, bare, ours again, bare again; keep the better run of each.
            ours.run(Math.max(30, n / 5));
            bare.run(Math.max(30, n / 5));
            double oursRate = ours.run(n);
            double bareRate = bare.run(n);
            oursRate = Math.max(oursRate, ours.run(n));
            bareRate = Math.max(bareRate, bare.run(n));
            System.out.printf("%n%-42s %10s%n", "case lifecycle (" + n + " cases, all paths)", "cases/s");
            System.out.printf("%-42s %10.1f%n", "Wildcase (service layer, domain data)", oursRate);
            System.out.printf("%-42s %10.1f%n", "bare engine, same BPMN, no-op delegates", bareRate);
            System.out.printf("%-42s %10.2f%n%n", "ratio (goal: at least 0.5)", oursRate / bareRate);
            bare.engine.close();
        }
    }

    /** Our whole stack below the REST layer. */
    static final class Ours {
        final SeizureCases cases;
        final CaseTasks tasks;
        final CaseWorkflow workflow;
        final LegalHandling legal;
        final ObjectMapper mapper;

        Ours(ConfigurableApplicationContext app) {
            cases = app.getBean(SeizureCases.class);
            tasks = app.getBean(CaseTasks.class);
            workflow = app.getBean(CaseWorkflow.class);
            legal = app.getBean(LegalHandling.class);
            mapper = app.getBean(ObjectMapper.class);
        }

        double run(int n) throws Exception {
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                one(Path.values()[i % Path.values().length]);
            }
            return n / ((System.nanoTime() - start) / 1e9);
        }

        void one(Path path) throws Exception {
            boolean live = path == Path.LIVE_RELEASE;
            ObjectNode body = (ObjectNode) mapper.readTree("""
                    {"location": "Manas airport", "direction": "EXPORT", "transportMode": "AIR", "purpose": "T",
                     "source": "W", "route": {"origin": "KG", "destination": "AE"},
                     "specimens": [{"description": "Falcons", "scientificName": "Falco cherrug", "term": "%s",
                                    "quantity": 4, "live": %s}],
                     "documents": [{"type": "EXPORT_PERMIT", "number": "KG-2026-0042", "issuingCountry": "KG"}]}"""
                    .formatted(live ? "LIV" : "BOD", live));
            body.put("seizedAt", OffsetDateTime.now(ZoneOffset.ofHours(6)).minusDays(1).toString());
            // Later facts may not lie before the seizure: they are dated today.
            String today = java.time.LocalDate.now(ZoneOffset.ofHours(6)).toString();
            String n = cases.openCase(mapper.treeToValue(body, Registration.class), BISHKEK);
            switch (path) {
                case RELEASE -> {
                    complete(n, "IdentifySpecies", EXPERT, "{\"conclusion\": \"NO_VIOLATION\"}");
                    complete(n, "ReleaseConsignment", BISHKEK, "{}");
                }
                case MORE_INFORMATION -> {
                    complete(n, "IdentifySpecies", EXPERT,
                            "{\"conclusion\": \"MORE_INFORMATION_NEEDED\", \"question\": \"Rings?\"}");
                    complete(n, "ProvideInformation", BISHKEK, "{\"answer\": \"None\"}");
                    complete(n, "IdentifySpecies", EXPERT, "{\"conclusion\": \"NO_VIOLATION\"}");
                    complete(n, "ReleaseConsignment", BISHKEK, "{}");
                }
                case ADMINISTRATIVE -> {
                    complete(n, "IdentifySpecies", EXPERT, "{\"conclusion\": \"VIOLATION\"}");
                    complete(n, "QualifyOffence", LAWYER,
                            "{\"qualification\": \"ADMINISTRATIVE\", \"legalBasis\": \"Art. 1\"}");
                    complete(n, "RecordPenalty", LAWYER,
                            "{\"protocolNumber\": \"P\", \"fine\": {\"amount\": 1, \"currency\": \"KGS\"}, "
                                    + "\"recordedOn\": \"" + today + "\"}");
                    complete(n, "RecordPayment", LAWYER,
                            "{\"paidOn\": \"" + today + "\", \"amount\": {\"amount\": 1, \"currency\": \"KGS\"}}");
                    disposal(n);
                }
                case CRIMINAL -> {
                    complete(n, "IdentifySpecies", EXPERT, "{\"conclusion\": \"VIOLATION\"}");
                    complete(n, "QualifyOffence", LAWYER, "{\"qualification\": \"CRIMINAL\", \"legalBasis\": \"Art. 2\"}");
                    complete(n, "ReferToInvestigation", LAWYER, "{\"agency\": \"Police\", \"referredOn\": \"" + today + "\"}");
                    legal.recordOutcome(n, mapper.readValue("{\"outcome\": \"CONVICTED\", \"decidedAt\": \"" + today + "\"}",
                            LegalHandling.InvestigationOutcome.class), LAWYER);
                    disposal(n);
                }
                case LIVE_RELEASE -> {
                    complete(n, "RecordLiveSpecimenCare", BISHKEK,
                            "{\"facility\": \"Centre\", \"keeper\": \"K\", \"placedAt\": \"" + OffsetDateTime.now(ZoneOffset.ofHours(6)) + "\"}");
                    complete(n, "IdentifySpecies", EXPERT, "{\"conclusion\": \"NO_VIOLATION\"}");
                    complete(n, "ReleaseConsignment", BISHKEK, "{}");
                }
                case WITHDRAWN -> cases.withdraw(n, "Registered twice", MANAGER);
            }
        }

        void disposal(String n) throws Exception {
            complete(n, "DecideDisposal", EXPERT, "{\"disposals\": [{\"specimenIndex\": 0, \"method\": \"DESTRUCTION\"}]}");
            complete(n, "RecordDisposal", BISHKEK, "{\"completedOn\": \"" + java.time.LocalDate.now(ZoneOffset.ofHours(6)) + "\"}");
        }

        /** Request bodies arrive parsed in the application (Spring MVC parses them); parse each text once here. */
        final Map<String, com.fasterxml.jackson.databind.JsonNode> parsed = new HashMap<>();

        void complete(String n, String taskKey, WildcaseUser user, String body) throws Exception {
            String id = workflow.openTaskId(n, taskKey)
                    .orElseThrow(() -> new IllegalStateException(taskKey + " not open in " + n));
            com.fasterxml.jackson.databind.JsonNode node = parsed.get(body);
            if (node == null) {
                node = mapper.readTree(body);
                parsed.put(body, node);
            }
            tasks.complete(id, org.wildcase.api.TaskBody.json(mapper, node), user);
        }
    }

    /** The same model on an engine of its own with nothing behind the delegates. */
    static final class Bare {
        final ProcessEngine engine;
        final RuntimeService runtime;
        final TaskService tasks;
        int sequence;

        Bare(DataSource dataSource) throws Exception {
            Map<Object, Object> beans = new HashMap<>();
            JavaDelegate noop = execution -> { };
            beans.put("preCheckDelegate", noop);
            beans.put("markOverdueDelegate", noop);
            beans.put("deadlines", new FixedDeadlines());
            StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
            config.setProcessEngineName("bare-benchmark-engine");
            config.setDataSource(dataSource);
            config.setDatabaseSchemaUpdate("true");
            config.setHistory("full");
            config.setJobExecutorActivate(false);
            config.setBeans(beans);
            engine = config.buildProcessEngine();
            try (InputStream model = CaseLifecycleBenchmark.class.getClassLoader()
                    .getResourceAsStream("bpmn/seizure-case.bpmn")) {
                engine.getRepositoryService().createDeployment().addInputStream("seizure-case.bpmn", model).deploy();
            }
            runtime = engine.getRuntimeService();
            tasks = engine.getTaskService();
        }

        double run(int n) {
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                one(Path.values()[i % Path.values().length]);
            }
            return n / ((System.nanoTime() - start) / 1e9);
        }

        void one(Path path) {
            String key = "BARE-" + (++sequence);
            runtime.startProcessInstanceByKey("SeizureCase", key, Map.of(ProcessVariables.CASE_ID, 0L,
                    ProcessVariables.ANY_LIVE, path == Path.LIVE_RELEASE));
            switch (path) {
                case RELEASE -> {
                    complete(key, "IdentifySpecies", Map.of(ProcessVariables.CONCLUSION, "NO_VIOLATION"));
                    complete(key, "ReleaseConsignment", Map.of());
                }
                case MORE_INFORMATION -> {
                    complete(key, "IdentifySpecies", Map.of(ProcessVariables.CONCLUSION, "MORE_INFORMATION_NEEDED"));
                    complete(key, "ProvideInformation", Map.of());
                    complete(key, "IdentifySpecies", Map.of(ProcessVariables.CONCLUSION, "NO_VIOLATION"));
                    complete(key, "ReleaseConsignment", Map.of());
                }
                case ADMINISTRATIVE -> {
                    complete(key, "IdentifySpecies", Map.of(ProcessVariables.CONCLUSION, "VIOLATION"));
                    complete(key, "QualifyOffence", Map.of(ProcessVariables.QUALIFICATION, "ADMINISTRATIVE"));
                    complete(key, "RecordPenalty", Map.of());
                    complete(key, "RecordPayment", Map.of());
                    complete(key, "DecideDisposal", Map.of());
                    complete(key, "RecordDisposal", Map.of());
                }
                case CRIMINAL -> {
                    complete(key, "IdentifySpecies", Map.of(ProcessVariables.CONCLUSION, "VIOLATION"));
                    complete(key, "QualifyOffence", Map.of(ProcessVariables.QUALIFICATION, "CRIMINAL"));
                    complete(key, "ReferToInvestigation", Map.of());
                    runtime.createMessageCorrelation("InvestigationOutcome").processInstanceBusinessKey(key).correlate();
                    complete(key, "DecideDisposal", Map.of());
                    complete(key, "RecordDisposal", Map.of());
                }
                case LIVE_RELEASE -> {
                    complete(key, "RecordLiveSpecimenCare", Map.of());
                    complete(key, "IdentifySpecies", Map.of(ProcessVariables.CONCLUSION, "NO_VIOLATION"));
                    complete(key, "ReleaseConsignment", Map.of());
                }
                case WITHDRAWN -> runtime.createMessageCorrelation("CaseWithdrawn").processInstanceBusinessKey(key)
                        .correlate();
            }
        }

        void complete(String key, String taskKey, Map<String, Object> flags) {
            List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey(taskKey).list();
            tasks.claim(open.get(0).getId(), "bench");
            tasks.complete(open.get(0).getId(), flags);
        }
    }

    /** Deadlines without a calendar: the bare engine's timers only need a date. */
    public static final class FixedDeadlines {
        public Date expertiseDue(Object execution) {
            return new Date(System.currentTimeMillis() + 3L * 24 * 3600 * 1000);
        }

        public Date paymentDue(Object execution) {
            return new Date(System.currentTimeMillis() + 30L * 24 * 3600 * 1000);
        }

        public String investigationReminderCycle() {
            return "R/P30D";
        }

        public String welfareCheckCycle() {
            return "R/P3D";
        }
    }
}
