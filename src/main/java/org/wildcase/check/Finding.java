package org.wildcase.check;

/** One finding on a specimen line and/or a document (indexes into the request's lists). */
public record Finding(FindingCode code, Severity severity, Integer specimenIndex, Integer documentIndex,
        String message) {
}
