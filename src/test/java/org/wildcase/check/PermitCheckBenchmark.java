package org.wildcase.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.wildcase.permit.DocumentType;
import org.wildcase.permit.PermitStatus;
import org.wildcase.permit.RegisteredPermit;
import org.wildcase.species.CitesSettings;
import org.wildcase.species.Purpose;
import org.wildcase.species.Source;
import org.wildcase.species.SpeciesCatalogue;
import org.wildcase.species.SpeciesList;
import org.wildcase.species.TradeCodes;

/**
 * How long the CITES rules take for one shipment, as its specimen lines and documents grow. The pre-check runs on
 * every registration, inside the request, so it must stay well under a millisecond for ordinary shipments.
 * Run with {@code ./mvnw -Pbench verify}; it prints microseconds per check for each size.
 */
public final class PermitCheckBenchmark {

    private static final String[] SPECIES = {"Falco cherrug", "Ovis ammon polii", "Saiga tatarica", "Ursus arctos",
        "Acipenser ruthenus", "Testudo horsfieldii", "Capra sibirica", "Moschus moschiferus", "Panthera uncia",
        "Unknown species"};

    private PermitCheckBenchmark() {
    }

    public static void main(String[] args) {
        TradeCodes codes = new TradeCodes();
        SpeciesList species = SpeciesCatalogue.parse("bench", SpeciesCatalogue.readDefault(), codes);
        CitesSettings settings = CitesSettings.defaults();
        System.out.printf("%-28s %12s %14s%n", "shipment", "checks", "µs per check");
        for (int lines : new int[] {1, 10, 100, 1000}) {
            int documents = Math.max(1, lines / 10);
            Map<String, RegisteredPermit> register = new HashMap<>();
            Shipment shipment = shipment(lines, documents, register);
            long budgetNanos = 2_000_000_000L;
            run(shipment, species, codes, settings, register, budgetNanos / 2); // warm-up
            long[] result = run(shipment, species, codes, settings, register, budgetNanos);
            System.out.printf("%-28s %12d %14.1f%n", lines + " lines, " + documents + " documents", result[0],
                    result[1] / 1000.0 / result[0]);
        }
    }

    private static long[] run(Shipment shipment, SpeciesList species, TradeCodes codes, CitesSettings settings,
            Map<String, RegisteredPermit> register, long budgetNanos) {
        long start = System.nanoTime();
        long count = 0;
        int findings = 0;
        while (System.nanoTime() - start < budgetNanos) {
            CheckResult r = PermitChecks.apply(shipment, species, codes, settings,
                    n -> Optional.ofNullable(register.get(n)));
            findings += r.findings().size();
            count++;
        }
        if (findings < 0) {
            throw new IllegalStateException();
        }
        return new long[] {count, System.nanoTime() - start};
    }

    private static Shipment shipment(int lines, int documents, Map<String, RegisteredPermit> register) {
        List<Shipment.Specimen> specimens = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            specimens.add(new Shipment.Specimen("line " + i, SPECIES[i % SPECIES.length], i % 3 == 0 ? "LIV" : "SKI",
                    BigDecimal.valueOf(1 + i % 7), null, i % 3 == 0, Source.W, i % 4 == 0 ? "CN" : "KG"));
        }
        List<Shipment.Document> docs = new ArrayList<>();
        for (int d = 0; d < documents; d++) {
            String number = "KG-BENCH-" + d;
            List<Integer> covers = new ArrayList<>();
            List<RegisteredPermit.Line> permitLines = new ArrayList<>();
            for (int i = d; i < lines; i += documents) {
                covers.add(i);
                permitLines.add(new RegisteredPermit.Line(permitLines.size(), SPECIES[i % SPECIES.length], "LIV",
                        BigDecimal.valueOf(5), null, Source.W, null));
            }
            register.put(number, new RegisteredPermit(number, DocumentType.EXPORT_PERMIT, LocalDate.of(2026, 10, 1),
                    null, LocalDate.of(2027, 3, 31), "Holder", "KG", "S" + d, Purpose.T, PermitStatus.VALID,
                    permitLines, null, null, null, null));
            docs.add(new Shipment.Document(DocumentType.EXPORT_PERMIT, number, "KG", true, "S" + d,
                    null, null, null, Purpose.T, covers));
        }
        return new Shipment(Direction.EXPORT, OffsetDateTime.of(2026, 11, 20, 9, 30, 0, 0, ZoneOffset.ofHours(6)),
                null, new Shipment.Route("KG", List.of("KZ"), "AE"), Purpose.T, Source.W, specimens, docs);
    }
}
