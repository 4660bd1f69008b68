package org.wildcase.legal;

/** What an investigation of a criminal case ended in. */
public enum InvestigationResult { CONVICTED, ACQUITTED, DISMISSED, SETTLED }
