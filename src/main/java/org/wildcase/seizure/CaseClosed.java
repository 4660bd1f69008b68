package org.wildcase.seizure;

/** A case ended: closed with its outcome or withdrawn by a manager. It has no stage and no open task left. */
public record CaseClosed(String caseNumber, String unit, CaseStatus status) {
}
