package org.wildcase.legal;

/** How a violation is handled: an administrative offence, or a crime referred to an investigative body. */
public enum Qualification { ADMINISTRATIVE, CRIMINAL }
