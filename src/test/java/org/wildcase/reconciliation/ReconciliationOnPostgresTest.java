package org.wildcase.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wildcase.reconciliation.RunFixture.BISHKEK;
import static org.wildcase.reconciliation.RunFixture.FROM;
import static org.wildcase.reconciliation.RunFixture.PERMITS;
import static org.wildcase.reconciliation.RunFixture.TO;
import static org.wildcase.reconciliation.RunFixture.csv;
import static org.wildcase.reconciliation.RunFixture.stream;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.wildcase.EmbeddedPostgresDatabase;
import org.wildcase.permit.PermitRegister;
import org.wildcase.reconciliation.Reconciliations.Decision;
import org.wildcase.reconciliation.Reconciliations.DecisionKind;
import org.wildcase.reconciliation.Reconciliations.DiscrepancyFilter;
import org.wildcase.reconciliation.Reconciliations.DiscrepancyView;
import org.wildcase.reconciliation.Reconciliations.RunStatus;
import org.wildcase.reconciliation.Reconciliations.RunSummary;
import org.wildcase.seizure.CaseView;
import org.wildcase.seizure.SeizureCases;
import org.wildcase.seizure.Stage;

/**
 * V4 on a real PostgreSQL (embedded binaries), with the {@code postgres} profile: an import in JDBC batches, the
 * bulk reads of the register, and decisions that open a case without a transport mode.
 */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("postgres")
@Import(EmbeddedPostgresDatabase.class)
class ReconciliationOnPostgresTest {

    @Autowired
    Reconciliations reconciliations;

    @Autowired
    PermitRegister register;

    @Autowired
    SeizureCases cases;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_run_is_imported_reconciled_and_decided_on_postgresql() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
        assertThat(jdbc.sql("select is_nullable from information_schema.columns where table_name = 'seizure_case' "
                + "and column_name = 'transport_mode'").query(String.class).single()).isEqualTo("YES");
        RunFixture fixture = new RunFixture();
        String permit = fixture.permit(register);

        RunSummary run = reconciliations.importRecords("records.csv", stream(csv(fixture.good(permit),
                fixture.twoBad())), FROM, TO, BISHKEK);

        assertThat(run.records()).isEqualTo(3);
        assertThat(run.discrepancies()).isEqualTo(2);
        assertThat(register.findAll(List.of(permit, "nothing"))).containsOnlyKeys(permit);
        assertThat(register.findAll(List.of(permit)).get(permit).lines()).hasSize(1);
        assertThat(register.issuedBetween(FROM.minusMonths(1), TO)).extracting(p -> p.number()).contains(permit);
        List<DiscrepancyView> found = reconciliations.discrepancies(run.number(), DiscrepancyFilter.ALL, PERMITS,
                PageRequest.of(0, 10)).getContent();
        assertThat(found.get(1).record().date()).isEqualTo(java.time.LocalDate.of(2026, 10, 12));

        RunSummary done = reconciliations.decide(run.number(), List.of(
                new Decision(found.get(0).id(), DecisionKind.ACCEPTED, "Known exporter", null, null),
                new Decision(found.get(1).id(), DecisionKind.CASE_OPENED, null, "BIS", null)), PERMITS);

        assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(done.reviewTaskId()).isNull();
        String caseNumber = reconciliations.discrepancies(run.number(), new DiscrepancyFilter(null, false), PERMITS,
                PageRequest.of(0, 10)).getContent().stream().filter(d -> d.caseNumber() != null).findFirst()
                .orElseThrow().caseNumber();
        CaseView c = cases.view(caseNumber, BISHKEK);
        assertThat(c.stage()).isEqualTo(Stage.EXPERTISE);
        assertThat(c.transportMode()).isNull();
        assertThat(reconciliations.runs(BISHKEK, PageRequest.of(0, 10)).getContent())
                .extracting(RunSummary::number).contains(run.number());
    }
}
