package org.wildcase.seizure;

/**
 * A module's part of the case file (expertise, legal, disposals, custody). Modules implement it, so the case
 * file shows their data without the seizure module depending on them.
 */
public interface CaseFileSection {

    /** The field of the case file this section fills: "expertise", "legal", "disposals", "custody" or "care". */
    String field();

    Object of(long caseId);
}
