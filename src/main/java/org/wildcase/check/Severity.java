package org.wildcase.check;

public enum Severity {
    VIOLATION, SUSPICION, INFO
}
