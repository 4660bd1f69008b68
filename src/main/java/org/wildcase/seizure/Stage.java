package org.wildcase.seizure;

/** Where a case stands in the flow; a released, closed or withdrawn case is DONE. */
public enum Stage {
    EXPERTISE, AWAITING_INFORMATION, RELEASE, LEGAL, DISPOSAL, DONE
}
