package org.wildcase.species;

/** A CITES Appendix, or not listed at all. Ordered from strictest to none. */
public enum Appendix {
    I, II, III, NOT_LISTED;

    /** Whether this appendix asks for more than {@code other}: I is stricter than II, II than III. */
    public boolean stricterThan(Appendix other) {
        return ordinal() < other.ordinal();
    }
}
