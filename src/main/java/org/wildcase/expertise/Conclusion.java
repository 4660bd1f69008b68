package org.wildcase.expertise;

/** The expert's conclusion on a case. */
public enum Conclusion { NO_VIOLATION, VIOLATION, MORE_INFORMATION_NEEDED }
