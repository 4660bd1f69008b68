package org.wildcase.seizure;

/** A case was registered (by a customs officer, or opened from a reconciliation discrepancy). */
public record SeizureCaseOpened(String caseNumber, String unit) {
}
