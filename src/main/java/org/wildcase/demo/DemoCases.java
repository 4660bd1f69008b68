package org.wildcase.demo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.wildcase.security.DemoSettings;
import org.wildcase.security.Roles;
import org.wildcase.security.WildcaseUser;
import org.wildcase.api.TaskBody;
import org.wildcase.casework.CaseTasks;
import org.wildcase.seizure.Registration;
import org.wildcase.seizure.SeizureCases;
import org.wildcase.workflow.CaseWorkflow;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A handful of demo cases in different stages, taken there through the same services the API uses, so that a new
 * user of the embedded default sees a living system. Loaded once, into an empty case register.
 */
@Component
class DemoCases {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    static final WildcaseUser BISHKEK = new WildcaseUser("officer.bishkek", Set.of(Roles.CUSTOMS_OFFICER), "BIS");
    static final WildcaseUser OSH = new WildcaseUser("officer.osh", Set.of(Roles.CUSTOMS_OFFICER), "OSH");
    static final WildcaseUser EXPERT = new WildcaseUser("expert", Set.of(Roles.CITES_EXPERT), null);
    static final WildcaseUser LAWYER = new WildcaseUser("lawyer", Set.of(Roles.LEGAL_OFFICER), null);
    static final WildcaseUser MANAGER = new WildcaseUser("manager", Set.of(Roles.MANAGER), null);

    private final SeizureCases cases;
    private final CaseTasks tasks;
    private final CaseWorkflow workflow;
    private final ObjectMapper mapper;
    private final DemoSettings demo;
    private final Environment env;
    private final Clock clock;
    private final DemoHistory past;

    DemoCases(SeizureCases cases, CaseTasks tasks, CaseWorkflow workflow, ObjectMapper mapper, DemoSettings demo,
            Environment env, Clock clock, DemoHistory past) {
        this.past = past;
        this.cases = cases;
        this.tasks = tasks;
        this.workflow = workflow;
        this.mapper = mapper;
        this.demo = demo;
        this.env = env;
        this.clock = clock;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(200)
    void loadOnce() throws Exception {
        if (!demo.data() || env.acceptsProfiles(Profiles.of("keycloak", "prod"))
                || cases.list(new SeizureCases.CaseFilter(null, null, null, null, null), MANAGER,
                        PageRequest.of(0, 1)).getTotalElements() > 0) {
            return;
        }
        // 1. Live saker falcons at Manas airport, with the expert, the birds placed in care.
        String falcons = open(BISHKEK, 2, """
                {"location": "Manas International Airport, cargo terminal", "direction": "EXPORT",
                 "transportMode": "AIR", "conveyance": "FZ 1234", "transportDocument": "AWB 176-12345675",
                 "declaredGoods": "Live pigeons", "hsCode": "010639", "detectionMethod": "XRAY",
                 "reasonForSeizure": "Falcons declared as pigeons", "concealment": "Birds in sports bags",
                 "route": {"origin": "KG", "transit": ["KZ"], "destination": "AE"}, "purpose": "T", "source": "W",
                 "estimatedValue": {"amount": 40000, "currency": "USD"},
                 "parties": [{"role": "SUSPECT", "name": "A. Person", "nationality": "AE", "identityDocumentType": "PASSPORT",
                              "identityDocument": "P1234567", "dateOfBirth": "1990-01-01"}],
                 "specimens": [{"description": "Live falcons", "scientificName": "Falco cherrug", "term": "LIV", "quantity": 4,
                                "live": true, "estimatedValue": {"amount": 40000, "currency": "USD"}}],
                 "riskIndicators": ["HIGH_RISK_ROUTE", "MISDECLARED_COMMODITY"]}""");
        complete(falcons, "RecordLiveSpecimenCare", BISHKEK, """
                {"facility": "Bishkek wildlife rescue centre", "keeper": "Dr. A. Usenova", "placedAt": "%s"}"""
                .formatted(daysAgo(1)));

        // 2. Saiga horns by road through Osh: a violation with the legal officer.
        String saiga = open(OSH, 6, """
                {"location": "Dostuk border crossing", "direction": "EXPORT", "transportMode": "ROAD",
                 "conveyance": "Truck 01 KG 123 ABC", "declaredGoods": "Dried herbs", "detectionMethod": "DOG",
                 "reasonForSeizure": "Undeclared saiga horns", "concealment": "False floor",
                 "route": {"origin": "KG", "destination": "CN"}, "purpose": "T", "source": "W",
                 "specimens": [{"description": "Saiga horns", "scientificName": "Saiga tatarica", "term": "HOR",
                                "quantity": 38}],
                 "riskIndicators": ["CONCEALMENT"]}""");
        complete(saiga, "IdentifySpecies", EXPERT, """
                {"identifications": [{"specimenIndex": 0, "scientificName": "Saiga tatarica", "quantity": 38}],
                 "conclusion": "VIOLATION", "opinion": "Wild saiga horns under a zero export quota"}""");

        // 3. An argali trophy: the expert asked customs for more information.
        String argali = open(BISHKEK, 4, """
                {"location": "Bishkek post office", "direction": "EXPORT", "transportMode": "POST",
                 "declaredGoods": "Souvenirs", "detectionMethod": "DOCUMENT_CHECK", "route": {"origin": "KG", "destination": "DE"},
                 "purpose": "H", "source": "W",
                 "specimens": [{"description": "Horned trophy", "scientificName": "Ovis ammon", "term": "TRO", "quantity": 1}],
                 "documents": [{"type": "EXPORT_PERMIT", "number": "KG-2026-0051", "issuingCountry": "KG", "original": false}]}""");
        complete(argali, "IdentifySpecies", EXPERT, """
                {"conclusion": "MORE_INFORMATION_NEEDED", "question": "Please send photographs of the horn base and the hunting licence."}""");

        // 4. Tortoises with a valid import permit: released.
        String tortoises = open(OSH, 12, """
                {"location": "Osh International Airport", "direction": "IMPORT", "transportMode": "PASSENGER",
                 "detectionMethod": "RANDOM", "route": {"origin": "UZ", "destination": "KG"}, "purpose": "P", "source": "C",
                 "specimens": [{"description": "Tortoises", "scientificName": "Testudo horsfieldii", "term": "LIV",
                                "quantity": 2, "live": true}],
                 "documents": [{"type": "EXPORT_PERMIT", "number": "UZ-2026-311", "issuingCountry": "UZ", "original": true,
                                "issuedOn": "%s"}]}""".formatted(OffsetDateTime.now(clock).minusDays(20).toLocalDate()));
        complete(tortoises, "IdentifySpecies", EXPERT, "{\"conclusion\": \"NO_VIOLATION\", \"opinion\": \"Captive-bred, papers in order\"}");
        complete(tortoises, "ReleaseConsignment", OSH, "{\"note\": \"Released to the passenger\"}");

        // 5. A snow leopard skin: criminal referral, the outcome awaited.
        String leopard = open(BISHKEK, 20, """
                {"location": "Torugart border crossing", "direction": "EXPORT", "transportMode": "ROAD",
                 "detectionMethod": "INTELLIGENCE", "route": {"origin": "KG", "destination": "CN"}, "purpose": "T", "source": "W",
                 "specimens": [{"description": "Snow leopard skin", "scientificName": "Panthera uncia", "term": "SKI", "quantity": 1,
                                "estimatedValue": {"amount": 15000, "currency": "USD"}}],
                 "riskIndicators": ["INTELLIGENCE_ALERT"]}""");
        complete(leopard, "IdentifySpecies", EXPERT, "{\"conclusion\": \"VIOLATION\", \"opinion\": \"Appendix I, no permit\"}");
        complete(leopard, "QualifyOffence", LAWYER, "{\"qualification\": \"CRIMINAL\", \"legalBasis\": \"Criminal Code, smuggling of wildlife\"}");
        complete(leopard, "ReferToInvestigation", LAWYER, """
                {"agency": "State Committee for National Security", "referredOn": "%s", "reference": "GKNB-2026-77"}"""
                .formatted(OffsetDateTime.now(clock).minusDays(15).toLocalDate()));

        // 6. Caviar: fined, paid, disposed of, closed.
        String caviar = open(OSH, 30, """
                {"location": "Osh bus station", "direction": "IMPORT", "transportMode": "PASSENGER",
                 "detectionMethod": "RISK_PROFILE", "route": {"origin": "RU", "destination": "KG"}, "purpose": "P", "source": "W",
                 "specimens": [{"description": "Black caviar in tins", "scientificName": "Huso huso", "term": "CAV",
                                "quantity": 2, "unit": "KIL"}]}""");
        complete(caviar, "IdentifySpecies", EXPERT, "{\"conclusion\": \"VIOLATION\"}");
        complete(caviar, "QualifyOffence", LAWYER, "{\"qualification\": \"ADMINISTRATIVE\", \"legalBasis\": \"Code of Offences\"}");
        complete(caviar, "RecordPenalty", LAWYER, """
                {"protocolNumber": "OSH-P-2026-118", "fine": {"amount": 20000, "currency": "KGS"}, "confiscation": true,
                 "recordedOn": "%s"}""".formatted(OffsetDateTime.now(clock).minusDays(12).toLocalDate()));
        complete(caviar, "RecordPayment", LAWYER, """
                {"paidOn": "%s", "amount": {"amount": 20000, "currency": "KGS"}}"""
                .formatted(OffsetDateTime.now(clock).minusDays(10).toLocalDate()));
        complete(caviar, "DecideDisposal", EXPERT, "{\"disposals\": [{\"specimenIndex\": 0, \"method\": \"DESTRUCTION\"}]}");
        complete(caviar, "RecordDisposal", OSH, """
                {"completedOn": "%s", "note": "Destroyed before a commission",
                 "custody": [{"specimenIndex": 0, "quantity": 2, "from": "Customs OSH store", "to": "Destruction commission",
                              "handedOverBy": "Officer Osh", "receivedBy": "Commission chair", "at": "%s"}]}"""
                .formatted(OffsetDateTime.now(clock).minusDays(3).toLocalDate(), daysAgo(3)));
        // 7. Ivory carvings left with the expertise past its due date: an overdue task for the managers' overview.
        String ivory = open(BISHKEK, 7, """
                {"location": "Manas International Airport, passenger hall", "direction": "IMPORT",
                 "transportMode": "PASSENGER", "declaredGoods": "Souvenirs", "detectionMethod": "XRAY",
                 "reasonForSeizure": "Carved ivory in hand luggage", "route": {"origin": "TH", "destination": "KG"},
                 "purpose": "P", "source": "W",
                 "specimens": [{"description": "Ivory carvings", "scientificName": "Loxodonta africana", "term": "CAR",
                                "quantity": 3}]}""");
        String late = workflow.openTaskId(ivory, "IdentifySpecies").orElseThrow();
        workflow.setDue(late, OffsetDateTime.now(clock).minusDays(2));
        cases.markOverdue(cases.ref(ivory).id(), "EXPERTISE_OVERDUE");
        // The flow ran in a second: lay the stage periods out over the days since each seizure, for the statistics.
        cases.backdateStages(saiga, List.of(java.time.Duration.ofDays(2)));
        cases.backdateStages(argali, List.of(java.time.Duration.ofDays(1)));
        cases.backdateStages(tortoises, List.of(java.time.Duration.ofDays(3), java.time.Duration.ofDays(1)));
        cases.backdateStages(leopard, List.of(java.time.Duration.ofDays(4)));
        cases.backdateStages(caviar, List.of(java.time.Duration.ofDays(3), java.time.Duration.ofDays(15),
                java.time.Duration.ofDays(9)));
        long started = System.nanoTime();
        int older = past.load();
        log.info("Loaded 7 demo cases, and {} past ones for the statistics in {} ms", older,
                (System.nanoTime() - started) / 1_000_000);
    }

    private String open(WildcaseUser officer, int daysAgo, String json) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode node = (com.fasterxml.jackson.databind.node.ObjectNode)
                mapper.readTree(json);
        node.put("seizedAt", daysAgo(daysAgo));
        Registration registration = mapper.treeToValue(node, Registration.class);
        return cases.openCase(registration, officer);
    }

    private void complete(String caseNumber, String taskKey, WildcaseUser user, String body) throws Exception {
        String taskId = workflow.openTasks(caseNumber).stream().filter(t -> t.taskKey().equals(taskKey))
                .findFirst().orElseThrow().taskId();
        tasks.complete(taskId, TaskBody.json(mapper, body), user);
    }

    private String daysAgo(int days) {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.ofHours(6)).minusDays(days).toString();
    }

}
