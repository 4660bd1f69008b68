package org.wildcase.reconciliation;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.wildcase.permit.RegisteredPermit;
import org.wildcase.species.SpeciesCatalogue;
import org.wildcase.species.TradeCodes;

/**
 * The reconciliation rules: per record and per permit line, in memory, so a run costs one pass over the records
 * and no query per record.
 */
@Component
public class Reconciler {

    private final TradeCodes codes;
    private final SpeciesCatalogue species;

    Reconciler(TradeCodes codes, SpeciesCatalogue species) {
        this.codes = codes;
        this.species = species;
    }

    /**
     * The permits a run needs, loaded in bulk: those the records cite, by number; for each of them the declaration
     * numbers that cited it in earlier runs; and the export permits and re-export certificates issued in the period.
     */
    public record Register(Map<String, RegisteredPermit> byNumber, Map<String, Set<String>> earlierDeclarations,
            List<RegisteredPermit> issuedInPeriod) {
    }

    /** The discrepancies in record order, and the permits issued in the period that no record cites (information). */
    public record Outcome(List<Discrepancy> discrepancies, List<UnusedPermit> unusedPermits) {
    }

    public Outcome reconcile(List<ExportRecord> records, Register register) {
        throw new UnsupportedOperationException("being built on branch recon-core");
    }
}
