package org.wildcase.seizure;

/**
 * A case was registered (by a customs officer, or opened from a reconciliation discrepancy) and stands at its first
 * stage. Published inside the registering transaction, before its flow starts.
 */
public record SeizureCaseOpened(String caseNumber, String unit, Stage stage) {
}
