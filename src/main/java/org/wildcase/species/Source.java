package org.wildcase.species;

/** CITES source codes (Res. Conf. 12.3): W wild, D Appendix-I captive-bred for commercial purposes, O pre-Convention... */
public enum Source {
    W, R, D, A, C, F, U, I, O, X, Y
}
