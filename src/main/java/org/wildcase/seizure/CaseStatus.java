package org.wildcase.seizure;

public enum CaseStatus {
    OPEN, RELEASED, CLOSED, WITHDRAWN
}
