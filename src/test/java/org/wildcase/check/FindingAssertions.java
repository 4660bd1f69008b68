package org.wildcase.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;

/** Findings as (code, severity, specimenIndex, documentIndex) tuples, so a test states all four at once. */
final class FindingAssertions {

    private FindingAssertions() {
    }

    static Tuple finding(FindingCode code, Severity severity, Integer specimenIndex, Integer documentIndex) {
        return Assertions.tuple(code, severity, specimenIndex, documentIndex);
    }

    static ListAssert<Tuple> assertThatFindings(List<Finding> findings) {
        return assertThat(findings.stream()
                .map(f -> Assertions.tuple(f.code(), f.severity(), f.specimenIndex(), f.documentIndex()))
                .toList());
    }

    /** Only the findings with one of these codes. */
    static List<Finding> withCode(List<Finding> findings, FindingCode... codes) {
        List<FindingCode> wanted = Arrays.asList(codes);
        return findings.stream().filter(f -> wanted.contains(f.code())).toList();
    }

    static List<FindingCode> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }
}
