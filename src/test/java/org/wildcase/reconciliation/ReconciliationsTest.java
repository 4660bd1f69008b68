package org.wildcase.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.wildcase.reconciliation.RunFixture.BISHKEK;
import static org.wildcase.reconciliation.RunFixture.EXPERT;
import static org.wildcase.reconciliation.RunFixture.FROM;
import static org.wildcase.reconciliation.RunFixture.MANAGER;
import static org.wildcase.reconciliation.RunFixture.OSH;
import static org.wildcase.reconciliation.RunFixture.PERMITS;
import static org.wildcase.reconciliation.RunFixture.TO;
import static org.wildcase.reconciliation.RunFixture.csv;
import static org.wildcase.reconciliation.RunFixture.stream;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.wildcase.WildcaseTest;
import org.wildcase.api.ConflictException;
import org.wildcase.api.FieldError;
import org.wildcase.api.InvalidInputException;
import org.wildcase.api.NotFoundException;
import org.wildcase.check.Direction;
import org.wildcase.permit.DocumentType;
import org.wildcase.permit.PermitRegister;
import org.wildcase.permit.PermitRegistration;
import org.wildcase.reconciliation.Reconciliations.Decision;
import org.wildcase.reconciliation.Reconciliations.DecisionKind;
import org.wildcase.reconciliation.Reconciliations.DiscrepancyFilter;
import org.wildcase.reconciliation.Reconciliations.DiscrepancyView;
import org.wildcase.reconciliation.Reconciliations.RunStatus;
import org.wildcase.reconciliation.Reconciliations.RunSummary;
import org.wildcase.seizure.CaseStatus;
import org.wildcase.seizure.CaseView;
import org.wildcase.seizure.Registration;
import org.wildcase.seizure.SeizureCases;
import org.wildcase.seizure.Stage;

/**
 * Runs as the service keeps them: an import stores everything or (a bad file) nothing, customs officers see their
 * unit's runs, and a permit officer's decisions are validated, all or nothing, and may open a seizure case.
 */
@WildcaseTest
class ReconciliationsTest {

    @Autowired
    Reconciliations reconciliations;

    @Autowired
    PermitRegister register;

    @Autowired
    SeizureCases cases;

    @Autowired
    JdbcClient jdbc;

    final RunFixture fixture = new RunFixture();
    final int year = LocalDate.now(ZoneId.of("Asia/Bishkek")).getYear();

    RunSummary importBadRun() {
        return reconciliations.importRecords("records.csv", stream(csv(fixture.good(fixture.permit(register)),
                fixture.twoBad())), FROM, TO, BISHKEK);
    }

    List<DiscrepancyView> discrepancies(String run) {
        return reconciliations.discrepancies(run, DiscrepancyFilter.ALL, PERMITS, PageRequest.of(0, 50)).getContent();
    }

    DiscrepancyView withCode(String run, DiscrepancyCode code) {
        return discrepancies(run).stream().filter(d -> d.code() == code).findFirst().orElseThrow();
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    static List<String> fields(InvalidInputException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void an_import_stores_the_run_its_records_discrepancies_and_the_permits_no_record_used() {
        String unused = "KG-" + fixture.id + "-U";
        register.record(new PermitRegistration(unused, DocumentType.EXPORT_PERMIT, LocalDate.of(2026, 10, 5), null,
                null, "Ala-Too Botanicals", "KG", null, null, List.of(new PermitRegistration.Line(
                        "Cistanche deserticola", "ROO", new BigDecimal("10"), "KIL", null))), "permits");

        RunSummary run = importBadRun();

        assertThat(run.number()).matches("REC-" + year + "-\\d{5}");
        assertThat(run.unit()).isEqualTo("BIS");
        assertThat(run.importedBy()).isEqualTo("officer.bishkek");
        assertThat(run.fileName()).isEqualTo("records.csv");
        assertThat(run.periodFrom()).isEqualTo(FROM);
        assertThat(run.periodTo()).isEqualTo(TO);
        assertThat(run.records()).isEqualTo(3);
        assertThat(run.discrepancies()).isEqualTo(2);
        assertThat(run.undecided()).isEqualTo(2);
        assertThat(run.status()).isEqualTo(RunStatus.UNDER_REVIEW);
        assertThat(run.reviewTaskId()).isNotNull();
        assertThat(jdbc.sql("select count(*) from export_record r join reconciliation_run x on x.id = r.run_id "
                + "where x.run_number = :n").param("n", run.number()).query(Long.class).single()).isEqualTo(3);

        List<DiscrepancyView> found = discrepancies(run.number());
        assertThat(found).extracting(DiscrepancyView::code).containsExactly(
                DiscrepancyCode.RECORD_WITHOUT_PERMIT_NUMBER, DiscrepancyCode.PERMIT_NOT_IN_REGISTER);
        assertThat(found.get(1).record().line()).isEqualTo(4);
        assertThat(found.get(1).record().declarationNumber()).isEqualTo("D3-" + fixture.id);
        assertThat(found.get(1).record().quantity()).isEqualByComparingTo("2");
        assertThat(found.get(1).permitNumber()).isEqualTo("KG-" + fixture.id + "-NONE");
        assertThat(found).allSatisfy(d -> assertThat(d.decision()).isNull());
        assertThat(reconciliations.unusedPermits(run.number(), BISHKEK)).extracting(UnusedPermit::number)
                .contains(unused).doesNotContain("KG-" + fixture.id + "-P");
        assertThat(run.unusedPermits()).isGreaterThanOrEqualTo(1);
        assertThat(reconciliations.discrepancies(run.number(), new DiscrepancyFilter(
                DiscrepancyCode.PERMIT_NOT_IN_REGISTER, true), BISHKEK, PageRequest.of(0, 10)).getTotalElements())
                .isEqualTo(1);
    }

    @Test
    void a_bad_file_stores_nothing_and_names_each_bad_row() {
        long runs = count("reconciliation_run");
        long records = count("export_record");

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> reconciliations.importRecords("records.csv", stream(csv(fixture.twoBad(),
                        "D9-" + fixture.id + ",2026-10-12,X,P,Falco cherrug,LIV,many,,AE\n")), FROM, TO, PERMITS));

        assertThat(fields(e)).containsExactly("lines[4].quantity");
        assertThat(count("reconciliation_run")).isEqualTo(runs);
        assertThat(count("export_record")).isEqualTo(records);
    }

    @Test
    void a_period_ending_before_it_starts_is_refused() {
        assertThat(fields(catchThrowableOfType(InvalidInputException.class, () -> reconciliations.importRecords(
                "records.csv", stream(csv(fixture.twoBad())), TO, FROM, PERMITS)))).containsExactly("periodTo");
    }

    @Test
    void only_customs_and_permit_officers_import() {
        assertThatThrownBy(() -> reconciliations.importRecords("records.csv", stream(csv(fixture.twoBad())), FROM,
                TO, EXPERT)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reconciliations.importRecords("records.csv", stream(csv(fixture.twoBad())), FROM,
                TO, MANAGER)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_customs_officer_sees_the_runs_of_their_unit_only() {
        RunSummary run = importBadRun();

        assertThat(reconciliations.run(run.number(), BISHKEK).number()).isEqualTo(run.number());
        assertThat(reconciliations.run(run.number(), MANAGER).number()).isEqualTo(run.number());
        assertThatThrownBy(() -> reconciliations.run(run.number(), OSH)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reconciliations.discrepancies(run.number(), DiscrepancyFilter.ALL, OSH,
                PageRequest.of(0, 10))).isInstanceOf(NotFoundException.class);
        assertThat(reconciliations.runs(OSH, PageRequest.of(0, 500)).getContent()).extracting(RunSummary::number)
                .doesNotContain(run.number());
        assertThat(reconciliations.runs(PERMITS, PageRequest.of(0, 500)).getContent())
                .extracting(RunSummary::number).contains(run.number());
        assertThatThrownBy(() -> reconciliations.run(run.number(), EXPERT)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void invalid_decisions_are_all_named_and_nothing_is_stored() {
        RunSummary run = importBadRun();
        List<DiscrepancyView> found = discrepancies(run.number());
        String a = found.get(0).id();
        String b = found.get(1).id();

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> reconciliations.decide(
                run.number(), List.of(
                        new Decision(a, DecisionKind.ACCEPTED, null, null, null),
                        new Decision(b, DecisionKind.ACCEPTED, "fine", "BIS", null),
                        new Decision(b, DecisionKind.CASE_OPENED, null, null, null),
                        new Decision("999999999", DecisionKind.CASE_OPENED, null, "XYZ", null),
                        new Decision(null, null, null, null, null),
                        new Decision(a, DecisionKind.ACCEPTED, "x".repeat(2001), null, null)),
                PERMITS));

        assertThat(e.errors()).extracting(FieldError::field, FieldError::message).contains(
                org.assertj.core.groups.Tuple.tuple("decisions[0].reason", "is required"),
                org.assertj.core.groups.Tuple.tuple("decisions[1].unit", "only for CASE_OPENED"),
                org.assertj.core.groups.Tuple.tuple("decisions[2].discrepancyId", "is decided twice in this request"),
                org.assertj.core.groups.Tuple.tuple("decisions[2].unit", "is required"),
                org.assertj.core.groups.Tuple.tuple("decisions[3].discrepancyId", "is not a discrepancy of this run"),
                org.assertj.core.groups.Tuple.tuple("decisions[3].unit", "is not a customs unit"),
                org.assertj.core.groups.Tuple.tuple("decisions[4].discrepancyId", "is required"),
                org.assertj.core.groups.Tuple.tuple("decisions[4].decision", "is required"),
                org.assertj.core.groups.Tuple.tuple("decisions[5].reason",
                        "is too long: at most 2000 characters"));
        assertThat(fields(catchThrowableOfType(InvalidInputException.class,
                () -> reconciliations.decide(run.number(), List.of(), PERMITS)))).containsExactly("decisions");
        RunSummary after = reconciliations.run(run.number(), PERMITS);
        assertThat(after.undecided()).isEqualTo(2);
        assertThat(after.reviewTaskId()).isEqualTo(run.reviewTaskId());
    }

    @Test
    void a_discrepancy_of_another_run_is_not_one_of_this_run() {
        RunSummary run = importBadRun();
        RunSummary other = reconciliations.importRecords("other.csv", stream(csv(new RunFixture().twoBad())), FROM,
                TO, PERMITS);

        assertThat(fields(catchThrowableOfType(InvalidInputException.class, () -> reconciliations.decide(
                run.number(), List.of(new Decision(discrepancies(other.number()).get(0).id(), DecisionKind.ACCEPTED,
                        "ok", null, null)), PERMITS)))).containsExactly("decisions[0].discrepancyId");
    }

    @Test
    void a_decided_discrepancy_cannot_be_decided_again() {
        RunSummary run = importBadRun();
        DiscrepancyView first = discrepancies(run.number()).get(0);
        reconciliations.decide(run.number(), List.of(new Decision(first.id(), DecisionKind.ACCEPTED, "known", null,
                null)), PERMITS);

        assertThatThrownBy(() -> reconciliations.decide(run.number(), List.of(new Decision(first.id(),
                DecisionKind.ACCEPTED, "again", null, null)), PERMITS)).isInstanceOf(ConflictException.class);
        DiscrepancyView decided = discrepancies(run.number()).get(0);
        assertThat(decided.decision()).isEqualTo(DecisionKind.ACCEPTED);
        assertThat(decided.reason()).isEqualTo("known");
        assertThat(decided.decidedBy()).isEqualTo("permits");
        assertThat(decided.decidedAt()).isNotNull();
    }

    @Test
    void a_completed_run_takes_no_more_decisions() {
        RunSummary run = importBadRun();
        List<DiscrepancyView> found = discrepancies(run.number());
        reconciliations.decide(run.number(), found.stream().map(d -> new Decision(d.id(), DecisionKind.ACCEPTED,
                "known", null, null)).toList(), PERMITS);

        assertThat(reconciliations.run(run.number(), PERMITS).status()).isEqualTo(RunStatus.COMPLETED);
        assertThatThrownBy(() -> reconciliations.decide(run.number(), List.of(new Decision(found.get(0).id(),
                DecisionKind.ACCEPTED, "again", null, null)), PERMITS)).isInstanceOf(ConflictException.class);
    }

    @Test
    void only_permit_officers_decide() {
        RunSummary run = importBadRun();
        List<Decision> decisions = List.of(new Decision(discrepancies(run.number()).get(0).id(),
                DecisionKind.ACCEPTED, "known", null, null));

        assertThatThrownBy(() -> reconciliations.decide(run.number(), decisions, BISHKEK))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reconciliations.decide(run.number(), decisions, MANAGER))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void permit_officer_opens_a_case_from_a_discrepancy_in_the_unit_chosen() {
        RunSummary run = importBadRun();
        DiscrepancyView notInRegister = withCode(run.number(), DiscrepancyCode.PERMIT_NOT_IN_REGISTER);

        reconciliations.decide(run.number(), List.of(new Decision(notInRegister.id(), DecisionKind.CASE_OPENED, null,
                "BIS", null)), PERMITS);

        DiscrepancyView decided = withCode(run.number(), DiscrepancyCode.PERMIT_NOT_IN_REGISTER);
        assertThat(decided.decision()).isEqualTo(DecisionKind.CASE_OPENED);
        assertThat(decided.unit()).isEqualTo("BIS");
        assertThat(decided.caseNumber()).matches("BIS-" + year + "-\\d{5}");

        CaseView c = cases.view(decided.caseNumber(), BISHKEK);
        assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(c.stage()).isEqualTo(Stage.EXPERTISE);
        assertThat(c.openTasks()).extracting(CaseView.OpenTask::taskKey).containsExactly("IdentifySpecies");
        assertThat(c.registeredBy()).isEqualTo("permits");
        assertThat(c.direction()).isEqualTo(Direction.EXPORT);
        assertThat(c.transportMode()).isNull();
        assertThat(c.detectionMethod()).isEqualTo(Registration.DetectionMethod.DOCUMENT_CHECK);
        assertThat(c.shippedOn()).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(c.seizedAt().toInstant()).isEqualTo(LocalDate.of(2026, 10, 12).atStartOfDay(
                ZoneId.of("Asia/Bishkek")).toInstant());
        assertThat(c.location()).isEqualTo("Export declaration D3-" + fixture.id + " (reconciliation "
                + run.number() + ")");
        assertThat(c.reasonForSeizure()).isEqualTo(notInRegister.message());
        assertThat(c.route().origin()).isEqualTo("KG");
        assertThat(c.route().destination()).isEqualTo("CN");
        assertThat(c.specimens()).singleElement().satisfies(s -> {
            assertThat(s.scientificName()).isEqualTo("Saiga tatarica");
            assertThat(s.term()).isEqualTo("HOR");
            assertThat(s.quantity()).isEqualByComparingTo("2");
        });
        assertThat(c.documents()).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo(DocumentType.EXPORT_PERMIT);
            assertThat(d.number()).isEqualTo("KG-" + fixture.id + "-NONE");
            assertThat(d.issuingCountry()).isEqualTo("KG");
        });
        assertThat(c.parties()).singleElement().satisfies(p -> {
            assertThat(p.role()).isEqualTo(Registration.PartyRole.CONSIGNOR);
            assertThat(p.name()).isEqualTo("Steppe Trading");
        });
        assertThat(c.notes()).contains("line 4", "PERMIT_NOT_IN_REGISTER");
        assertThat(c.findings()).isNotEmpty();
        assertThat(c.history()).anySatisfy(h -> {
            assertThat(h.who()).isEqualTo("permits");
            assertThat(h.what()).startsWith("Case opened from reconciliation " + run.number()
                    + ", discrepancy PERMIT_NOT_IN_REGISTER (declaration D3-" + fixture.id + ", line 4)");
        });
        assertThatThrownBy(() -> cases.view(decided.caseNumber(), OSH)).isInstanceOf(NotFoundException.class);
        assertThat(reconciliations.run(run.number(), PERMITS).undecided()).isEqualTo(1);
    }

    @Test
    void a_case_takes_the_transport_mode_the_permit_officer_gives() {
        RunSummary run = importBadRun();
        DiscrepancyView d = withCode(run.number(), DiscrepancyCode.RECORD_WITHOUT_PERMIT_NUMBER);

        reconciliations.decide(run.number(), List.of(new Decision(d.id(), DecisionKind.CASE_OPENED, "Falcons again",
                "OSH", Registration.TransportMode.AIR)), PERMITS);

        DiscrepancyView decided = withCode(run.number(), DiscrepancyCode.RECORD_WITHOUT_PERMIT_NUMBER);
        assertThat(decided.caseNumber()).startsWith("OSH-");
        assertThat(decided.reason()).isEqualTo("Falcons again");
        CaseView c = cases.view(decided.caseNumber(), OSH);
        assertThat(c.transportMode()).isEqualTo(Registration.TransportMode.AIR);
        assertThat(c.documents()).isEmpty();
    }

    @Test
    void the_customs_units_are_those_of_the_organisation() {
        assertThat(reconciliations.customsUnits()).contains("BIS", "OSH").doesNotContain("CUSTOMS");
    }
}
