package org.wildcase.check;

import org.wildcase.api.Phrase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects findings in a stable order: by specimen line, then document, then code. */
final class Findings {

    private final List<Finding> findings = new ArrayList<>();

    /**
     * The English words of the translation files, for the API's {@code message}: Spring's message source over the
     * same files the UI reads, made here because the rules also run without a Spring context (tests, benchmarks).
     */
    private static final org.springframework.context.support.ResourceBundleMessageSource WORDS = words();

    private static org.springframework.context.support.ResourceBundleMessageSource words() {
        var source = new org.springframework.context.support.ResourceBundleMessageSource();
        source.setBasename("vaadin-i18n/translations");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    static String english(Phrase phrase) {
        return phrase.in((key, args) -> WORDS.getMessage(key, args, java.util.Locale.ENGLISH));
    }

    void add(FindingCode code, Integer specimenIndex, Integer documentIndex, Phrase explanation) {
        add(code, code.severity(), specimenIndex, documentIndex, explanation);
    }

    void add(FindingCode code, Severity severity, Integer specimenIndex, Integer documentIndex, Phrase explanation) {
        findings.add(new Finding(code, severity, specimenIndex, documentIndex, english(explanation), explanation));
    }

    /** A finding about a document, named on every specimen line the document covers. */
    void addForDocument(FindingCode code, ShipmentContext.Doc doc, Phrase message) {
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
