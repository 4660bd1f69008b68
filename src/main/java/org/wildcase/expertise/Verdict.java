package org.wildcase.expertise;

/** The expert's verdict on a presented document. */
public enum Verdict { AUTHENTIC, SUSPECTED_FAKE, INVALID }
