package org.wildcase.species;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The species list in force, its versions and its import. The active list is cached in memory and reloaded
 * when another version becomes active (also on another node, since the active version is read from the database).
 */
@Service
public class SpeciesCatalogue {

    private static final Logger log = LoggerFactory.getLogger(SpeciesCatalogue.class);
    static final String DEFAULT_LIST = "data/cites-species-central-asia.csv";

    /** What an admin sees of a stored version. */
    public record VersionInfo(String label, String sourceName, OffsetDateTime importedAt, String importedBy,
            int taxonCount, boolean active) {
    }

    private final SpeciesListVersions versions;
    private final TaxonRows rows;
    private final SpeciesCsv csv;
    private final TransactionTemplate tx;
    private final Clock clock;

    /** Another node's import is noticed within this time; this node's own import at once. */
    static final long RECHECK_NANOS = 5_000_000_000L;

    private volatile Long cachedVersionId;
    private volatile SpeciesList cached;
    private volatile long checkedAt;

    private final org.wildcase.audit.AuditTrail audit;

    SpeciesCatalogue(SpeciesListVersions versions, TaxonRows rows, TradeCodes codes,
            org.springframework.transaction.PlatformTransactionManager txManager, Clock clock,
            org.wildcase.audit.AuditTrail audit) {
        this.audit = audit;
        this.versions = versions;
        this.rows = rows;
        this.csv = new SpeciesCsv(codes);
        this.tx = new TransactionTemplate(txManager);
        this.clock = clock;
    }

    /** Loads the shipped list on the very first start, before anything (demo data included) checks a shipment. */
    @EventListener(ApplicationStartedEvent.class)
    @org.springframework.core.annotation.Order(0)
    void loadDefaultListOnFirstStart() {
        if (versions.count() == 0) {
            VersionInfo v = importList("cites-species-central-asia.csv (shipped default)", readDefault(), "system");
            log.info("Loaded the default species list as version {} ({} taxa)", v.label(), v.taxonCount());
        }
    }

    /** The list in force now. */
    public SpeciesList current() {
        SpeciesList list = cached;
        if (list != null && System.nanoTime() - checkedAt < RECHECK_NANOS) {
            return list;
        }
        SpeciesListVersion active = tx.execute(s -> versions.findFirstByActiveTrueOrderByIdDesc().orElse(null));
        if (active == null) {
            throw new IllegalStateException("No species list has been loaded");
        }
        if (!active.id().equals(cachedVersionId)) {
            synchronized (this) {
                if (!active.id().equals(cachedVersionId)) {
                    List<Taxon> taxa = tx.execute(s -> rows.findByVersionIdOrderByLineNumber(active.id()).stream()
                            .map(TaxonRow::toTaxon).toList());
                    cached = new SpeciesList(active.label(), taxa);
                    cachedVersionId = active.id();
                }
            }
        }
        checkedAt = System.nanoTime();
        return cached;
    }

    public List<Taxon> search(String query) {
        return current().search(query);
    }

    /**
     * Imports a new version from CSV in the shipped format. Every bad row is reported with its line number, and a
     * file with any bad row stores nothing.
     */
    @Transactional
    public VersionInfo importList(String sourceName, byte[] content, String importedBy) {
        List<SpeciesCsv.Row> parsed = csv.parse(content);
        versions.findByActiveTrue().forEach(SpeciesListVersion::retire);
        String label = "v" + (versions.count() + 1);
        SpeciesListVersion version = versions.save(new SpeciesListVersion(label,
                sourceName == null || sourceName.isBlank() ? "upload" : sourceName, OffsetDateTime.now(clock),
                importedBy, parsed.size()));
        rows.saveAll(parsed.stream().map(r -> new TaxonRow(version.id(), r.line(), r.taxon())).toList());
        audit.record(importedBy, "SPECIES_LIST_IMPORTED", null, org.wildcase.audit.AuditTrail.detail("version", label,
                "source", version.sourceName(), "taxa", parsed.size()));
        log.info("{} imported species list {} with {} taxa", importedBy, label, parsed.size());
        checkedAt = 0; // the next read looks at the database again
        return info(version);
    }

    @Transactional(readOnly = true)
    public List<VersionInfo> versions() {
        return versions.findAllByOrderByIdDesc().stream().map(SpeciesCatalogue::info).toList();
    }

    /** The shipped default list, in the import format, for download as a template. */
    public static byte[] readDefault() {
        try (InputStream in = SpeciesCatalogue.class.getClassLoader().getResourceAsStream(DEFAULT_LIST)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + DEFAULT_LIST);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds a list straight from CSV, without storing it: for tests and tools. */
    public static SpeciesList parse(String version, byte[] content, TradeCodes codes) {
        return new SpeciesList(version, new SpeciesCsv(codes).parse(content).stream().map(SpeciesCsv.Row::taxon)
                .toList());
    }

    private static VersionInfo info(SpeciesListVersion v) {
        return new VersionInfo(v.label(), v.sourceName(), v.importedAt(), v.importedBy(), v.taxonCount(), v.active());
    }
}
