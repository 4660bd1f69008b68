package org.wildcase.reconciliation;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.wildcase.security.WildcaseUser;
import org.wildcase.seizure.Registration;

/**
 * Reconciliation runs: import a period's export records, read a run's discrepancies, decide them. Permit officers
 * and managers see every run; a customs officer sees the runs imported in their unit.
 */
@Service
public class Reconciliations {

    public enum RunStatus { UNDER_REVIEW, COMPLETED }

    public enum DecisionKind { ACCEPTED, CASE_OPENED }

    /** A run; {@code reviewTaskId} is the open ReviewDiscrepancies task, null when none is open. */
    public record RunSummary(String number, LocalDate periodFrom, LocalDate periodTo, String fileName,
            String importedBy, String unit, OffsetDateTime importedAt, int records, int discrepancies, int undecided,
            int unusedPermits, RunStatus status, String reviewTaskId) {
    }

    /** A discrepancy with its decision; the decision fields are null while it is undecided. */
    public record DiscrepancyView(String id, DiscrepancyCode code, ExportRecord record, String permitNumber,
            Integer permitLine, String message, DecisionKind decision, String reason, String unit, String caseNumber,
            String decidedBy, OffsetDateTime decidedAt) {
    }

    public record DiscrepancyFilter(DiscrepancyCode code, Boolean undecided) {
        public static final DiscrepancyFilter ALL = new DiscrepancyFilter(null, null);
    }

    /** One decision of the ReviewDiscrepancies body in api.md; {@code transportMode} is an optional addition. */
    public record Decision(String discrepancyId, DecisionKind decision, String reason, String unit,
            Registration.TransportMode transportMode) {
    }

    /** Imports a file (400 with {@code lines[N].column} errors, nothing stored) and reconciles it; the run as stored. */
    public RunSummary importRecords(String fileName, InputStream content, LocalDate from, LocalDate to,
            WildcaseUser user) {
        throw new UnsupportedOperationException("being built on branch recon-flow");
    }

    public Page<RunSummary> runs(WildcaseUser user, Pageable page) {
        throw new UnsupportedOperationException("being built on branch recon-flow");
    }

    /** A run the user may see; 404 otherwise. */
    public RunSummary run(String number, WildcaseUser user) {
        throw new UnsupportedOperationException("being built on branch recon-flow");
    }

    public Page<DiscrepancyView> discrepancies(String number, DiscrepancyFilter filter, WildcaseUser user,
            Pageable page) {
        throw new UnsupportedOperationException("being built on branch recon-flow");
    }

    public List<UnusedPermit> unusedPermits(String number, WildcaseUser user) {
        throw new UnsupportedOperationException("being built on branch recon-flow");
    }

    /**
     * Records decisions by completing the run's open ReviewDiscrepancies task (400 with {@code decisions[i].field}
     * errors and nothing stored; 409 when no task is open or another person holds it; 403 for a role other than
     * cites-permit-officer). A new review task follows while discrepancies stay undecided.
     */
    public RunSummary decide(String number, List<Decision> decisions, WildcaseUser user) {
        throw new UnsupportedOperationException("being built on branch recon-flow");
    }

    /** The customs units a case may be opened in. */
    public List<String> customsUnits() {
        throw new UnsupportedOperationException("being built on branch recon-flow");
    }
}
