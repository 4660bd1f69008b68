package org.wildcase.casework;

/** Someone completed a task: its key, and the case or reconciliation run it belonged to. */
public record TaskCompleted(String taskKey, String reference) {
}
