package org.wildcase.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects findings in a stable order: by specimen line, then document, then code. */
final class Findings {

    private final List<Finding> findings = new ArrayList<>();

    void add(FindingCode code, Integer specimenIndex, Integer documentIndex, String message) {
        add(code, code.severity(), specimenIndex, documentIndex, message);
    }

    void add(FindingCode code, Severity severity, Integer specimenIndex, Integer documentIndex, String message) {
        findings.add(new Finding(code, severity, specimenIndex, documentIndex, message));
    }

    /** A finding about a document, named on every specimen line the document covers. */
    void addForDocument(FindingCode code, ShipmentContext.Doc doc, String message) {
        doc.covers.forEach(line -> add(code, line, doc.index, message));
    }

    List<Finding> sorted() {
        return findings.stream()
                .sorted(Comparator.comparing(Finding::specimenIndex, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Finding::documentIndex, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Finding::code))
                .toList();
    }
}
