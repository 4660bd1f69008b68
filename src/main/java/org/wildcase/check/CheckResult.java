package org.wildcase.check;

import java.util.List;

/** The findings of one check, and the species list version they were judged against. */
public record CheckResult(List<Finding> findings, String speciesListVersion) {
}
