package org.wildcase.check;

/** Seen from the home country: EXPORT leaves it, IMPORT enters it, REEXPORT leaves it after an import, TRANSIT crosses it. */
public enum Direction {
    EXPORT, IMPORT, REEXPORT, TRANSIT
}
