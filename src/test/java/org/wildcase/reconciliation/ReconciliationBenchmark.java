package org.wildcase.reconciliation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.wildcase.permit.DocumentType;
import org.wildcase.permit.PermitStatus;
import org.wildcase.permit.RegisteredPermit;
import org.wildcase.species.Purpose;
import org.wildcase.species.SpeciesCatalogue;
import org.wildcase.species.SpeciesList;
import org.wildcase.species.TaxonRank;
import org.wildcase.species.TradeCodes;

/**
 * How the cost of a reconciliation run grows with the records: 20,000 permits, and for each size a CSV file of N
 * export records (most clean, about 2 % of declarations for each kind of discrepancy). Times reading the file
 * through {@link ExportRecordFile#read} and {@link Reconciler#reconcile} apart, after a warm-up, and prints a table.
 * Loading the cited permits from the database is the service's part and not timed here.
 * Run with {@code ./mvnw -Pbench verify} (sizes with -Dbench.records=10000,100000,1000000).
 */
public final class ReconciliationBenchmark {

    static final int PERMITS = 20_000;
    static final LocalDate FROM = LocalDate.of(2026, 10, 1);
    static final LocalDate TO = LocalDate.of(2026, 10, 31);
    static final ZoneId HOME = ZoneId.of("Asia/Bishkek");
    private static final String[] TERMS = {"LIV", "SKI", "TRO", "BOD"};
    private static final String[] COUNTRIES = {"AE", "CN", "KZ", "RU", "TR", "DE", "QA", "SA"};
    /** Never on a permit line: cited for SPECIES_NOT_ON_PERMIT. */
    private static final String FOREIGN_SPECIES = "Panthera uncia";

    /** What a generated declaration is meant to show. */
    enum Kind { CLEAN, NO_NUMBER, NOT_IN_REGISTER, CANCELLED, EXPIRED, NOT_YET_VALID, SPECIES, QUANTITY, SEVERAL }

    private ReconciliationBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int[] sizes = Arrays.stream(System.getProperty("bench.records", "10000,100000,1000000").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).mapToInt(Integer::parseInt).toArray();
        TradeCodes codes = new TradeCodes();
        SpeciesList species = SpeciesCatalogue.parse("bench", SpeciesCatalogue.readDefault(), codes);
        ExportRecordFile file = new ExportRecordFile(codes,
                Clock.fixed(Instant.parse("2026-11-27T06:00:00Z"), ZoneOffset.UTC), HOME);
        Reconciler reconciler = new Reconciler(codes, () -> species, HOME);
        Permits permits = new Permits(species);

        Path dir = Files.createTempDirectory("reconciliation-bench");
        try {
            Path warmUp = dir.resolve("warm-up.csv");
            generate(warmUp, 20_000, permits, new Random(7));
            for (int i = 0; i < 5; i++) {
                run(file, reconciler, permits, warmUp);
            }
            System.out.printf("Reconciliation of export records against %,d permits (period %s – %s)%n", PERMITS,
                    FROM, TO);
            System.out.printf("%12s %10s %14s %14s %14s %14s %10s%n", "records", "read ms", "reconcile ms",
                    "discrepancies", "unused permits", "records/s", "heap MB");
            List<String> breakdowns = new ArrayList<>();
            for (int n : sizes) {
                Path csv = dir.resolve("records-" + n + ".csv");
                generate(csv, n, permits, new Random(42));
                int repeats = n <= 100_000 ? 3 : 1;
                Result best = null;
                for (int i = 0; i < repeats; i++) {
                    Result r = run(file, reconciler, permits, csv);
                    if (best == null || r.readNanos + r.reconcileNanos < best.readNanos + best.reconcileNanos) {
                        best = r;
                    }
                }
                double seconds = (best.readNanos + best.reconcileNanos) / 1e9;
                System.out.printf("%,12d %,10.0f %,14.0f %,14d %,14d %,14.0f %,10d%n", n, best.readNanos / 1e6,
                        best.reconcileNanos / 1e6, best.discrepancies, best.unused, n / seconds,
                        best.heapBytes / (1024 * 1024));
                breakdowns.add(String.format("%,d records (%.1f MB file): %s", n, Files.size(csv) / 1e6,
                        best.byCode));
                Files.delete(csv);
            }
            System.out.println("records/s counts reading and reconciling; heap is what the JVM holds after a GC,");
            System.out.println("with the records and the outcome still referenced. Discrepancies by code:");
            breakdowns.forEach(b -> System.out.println("  " + b));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private record Result(long readNanos, long reconcileNanos, int discrepancies, int unused, long heapBytes,
            Map<DiscrepancyCode, Integer> byCode) {
    }

    private static Result run(ExportRecordFile file, Reconciler reconciler, Permits permits, Path csv)
            throws IOException {
        long start = System.nanoTime();
        List<ExportRecord> records;
        try (InputStream in = Files.newInputStream(csv)) {
            records = file.read(csv.getFileName().toString(), in, FROM, TO);
        }
        long read = System.nanoTime();
        // The service loads these in bulk from the register; here they come from memory, outside the timing.
        Reconciler.Register register = permits.registerFor(records);
        long loaded = System.nanoTime();
        Reconciler.Outcome outcome = reconciler.reconcile(records, register);
        long done = System.nanoTime();
        Map<DiscrepancyCode, Integer> byCode = new EnumMap<>(DiscrepancyCode.class);
        outcome.discrepancies().forEach(d -> byCode.merge(d.code(), 1, Integer::sum));
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heap = rt.totalMemory() - rt.freeMemory();
        // Keep the records and the outcome alive until the heap was measured.
        if (records.size() + outcome.discrepancies().size() < 0) {
            throw new IllegalStateException();
        }
        return new Result(read - start, done - loaded, outcome.discrepancies().size(),
                outcome.unusedPermits().size(), heap, byCode);
    }

    /**
     * Writes N records as declarations of one permit each. Declarations grow with N (a 1M-record period has about
     * 15,000 declarations of some 67 lines) so that 20,000 permits are enough for the clean ones.
     */
    private static void generate(Path csv, int n, Permits permits, Random random) throws IOException {
        int linesPerDeclaration = Math.max(2, (n + 14_999) / 15_000);
        int clean = 0;
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write(String.join(",", ExportRecordFile.COLUMNS));
            out.write('\n');
            int written = 0;
            for (int d = 0; written < n; d++) {
                Kind kind = kind(random);
                RegisteredPermit permit = switch (kind) {
                    case CANCELLED -> permits.cancelled.get(random.nextInt(permits.cancelled.size()));
                    case EXPIRED -> permits.expired.get(random.nextInt(permits.expired.size()));
                    case NOT_YET_VALID -> permits.notYetValid.get(random.nextInt(permits.notYetValid.size()));
                    case SEVERAL -> permits.clean.get(random.nextInt(Math.max(1, Math.min(clean,
                            permits.clean.size()))));
                    default -> permits.clean.get(clean++ % permits.clean.size());
                };
                String number = switch (kind) {
                    case NO_NUMBER -> "";
                    case NOT_IN_REGISTER -> "KG-2026-X" + d;
                    default -> permit.number();
                };
                // A clean declaration follows its permit's issue; one that is not yet valid comes before it.
                LocalDate earliest = permit.issuedOn().isAfter(FROM) ? permit.issuedOn() : FROM;
                LocalDate date = kind == Kind.NOT_YET_VALID ? FROM.plusDays(1 + random.nextInt(10))
                        : earliest.plusDays(random.nextInt((int) (TO.toEpochDay() - earliest.toEpochDay()) + 1));
                String declaration = "41700/" + date.toString().replace("-", "").substring(2) + "/" + (100_000 + d);
                String exporter = "Exporter " + random.nextInt(500) + " LLC";
                String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
                int lines = Math.min(n - written, 1 + random.nextInt(2 * linesPerDeclaration - 1));
                for (int i = 0; i < lines; i++) {
                    RegisteredPermit.Line line = permit.lines().get(i % permit.lines().size());
                    String name = kind == Kind.SPECIES && i == 0 ? FOREIGN_SPECIES : line.scientificName();
                    String quantity;
                    String unit;
                    if ("KIL".equals(line.unit())) {
                        // Caviar is declared in grams against permits in kilograms: the sum converts.
                        quantity = kind == Kind.QUANTITY && i == 0 ? "200000" : "250";
                        unit = "GRM";
                    } else {
                        quantity = kind == Kind.QUANTITY && i == 0 ? "1000" : String.valueOf(1 + random.nextInt(2));
                        unit = "";
                    }
                    out.write(declaration + "," + date + "," + exporter + "," + number + "," + name + ","
                            + line.term() + "," + quantity + "," + unit + "," + country + "\n");
                    written++;
                }
            }
        }
    }

    private static Kind kind(Random random) {
        int r = random.nextInt(100);
        Kind[] problems = Kind.values();
        // Kinds 1..8 take 2 % each; the rest is clean.
        return r < 2 * (problems.length - 1) ? problems[1 + r / 2] : Kind.CLEAN;
    }

    /** 20,000 permits of 1–3 lines from the shipped list, about 2 % cancelled, 2 % expired, 2 % not yet valid. */
    static final class Permits {

        final Map<String, RegisteredPermit> all = new HashMap<>();
        final List<RegisteredPermit> clean = new ArrayList<>();
        final List<RegisteredPermit> cancelled = new ArrayList<>();
        final List<RegisteredPermit> expired = new ArrayList<>();
        final List<RegisteredPermit> notYetValid = new ArrayList<>();
        final List<RegisteredPermit> issuedInPeriod = new ArrayList<>();

        Permits(SpeciesList species) {
            List<String> names = species.taxa().stream()
                    .filter(t -> t.rank() == TaxonRank.SPECIES || t.rank() == TaxonRank.SUBSPECIES)
                    .map(t -> t.scientificName()).filter(n -> !n.equals(FOREIGN_SPECIES)).toList();
            Random random = new Random(1);
            for (int i = 0; i < PERMITS; i++) {
                String number = String.format("KG-2026-%05d", i + 1);
                int kind = i % 50;
                LocalDate issued = kind == 2 ? LocalDate.of(2026, 4, 1)
                        : kind == 3 ? LocalDate.of(2026, 10, 15) : LocalDate.of(2026, 8, 1).plusDays(i % 90);
                LocalDate validFrom = kind == 3 ? LocalDate.of(2026, 10, 20) : null;
                LocalDate validUntil = kind == 2 ? LocalDate.of(2026, 9, 30) : issued.plusMonths(6);
                List<RegisteredPermit.Line> lines = new ArrayList<>();
                int count = 1 + random.nextInt(3);
                Set<String> used = new HashSet<>();
                for (int l = 0; l < count; l++) {
                    String name = names.get(random.nextInt(names.size()));
                    if (!used.add(name)) {
                        continue;
                    }
                    boolean caviar = name.startsWith("Acipenser") || name.startsWith("Huso");
                    lines.add(new RegisteredPermit.Line(lines.size(), name,
                            caviar ? "CAV" : TERMS[random.nextInt(TERMS.length)],
                            caviar ? new BigDecimal("50") : BigDecimal.valueOf(200), caviar ? "KIL" : null, null,
                            null));
                }
                RegisteredPermit p = new RegisteredPermit(number,
                        i % 10 == 9 ? DocumentType.REEXPORT_CERTIFICATE : DocumentType.EXPORT_PERMIT, issued,
                        validFrom, validUntil, "Holder " + (i % 700), "KG", "S-" + i, Purpose.T,
                        kind == 1 ? PermitStatus.CANCELLED : PermitStatus.VALID, List.copyOf(lines), null, null,
                        kind == 1 ? OffsetDateTime.of(2026, 9, 20, 10, 0, 0, 0, ZoneOffset.UTC) : null,
                        kind == 1 ? "Revoked" : null);
                all.put(number, p);
                switch (kind) {
                    case 1 -> cancelled.add(p);
                    case 2 -> expired.add(p);
                    case 3 -> notYetValid.add(p);
                    default -> clean.add(p);
                }
                if (!issued.isBefore(FROM) && !issued.isAfter(TO)) {
                    issuedInPeriod.add(p);
                }
            }
            // Some permits issued in the period that nobody cites, for the unused-permit report.
            for (int i = 0; i < 200; i++) {
                RegisteredPermit p = new RegisteredPermit(String.format("KG-2026-U%04d", i),
                        DocumentType.EXPORT_PERMIT, FROM.plusDays(i % 31), null, FROM.plusDays(i % 31).plusMonths(6),
                        "Holder U" + i, "KG", "SU-" + i, Purpose.T, PermitStatus.VALID, List.of(), null, null, null,
                        null);
                all.put(p.number(), p);
                issuedInPeriod.add(p);
            }
        }

        /** What the service would load: the cited permits, no earlier runs, the permits issued in the period. */
        Reconciler.Register registerFor(List<ExportRecord> records) {
            Map<String, RegisteredPermit> cited = new HashMap<>();
            for (ExportRecord r : records) {
                if (r.permitNumber() != null) {
                    RegisteredPermit p = all.get(r.permitNumber());
                    if (p != null) {
                        cited.put(p.number(), p);
                    }
                }
            }
            return new Reconciler.Register(cited, Map.of(), issuedInPeriod);
        }
    }
}
