package org.wildcase.species;

/** CITES purpose-of-transaction codes (Res. Conf. 12.3): T commercial, P personal, ... */
public enum Purpose {
    T, Z, G, Q, S, H, P, M, E, N, B, L
}
