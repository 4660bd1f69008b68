package org.wildcase.seizure;

/** A case moved on to another stage of its flow (read from where the process waits, see {@link Stage#at}). */
public record CaseStageReached(String caseNumber, String unit, Stage from, Stage stage) {
}
