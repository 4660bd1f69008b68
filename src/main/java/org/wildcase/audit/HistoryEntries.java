package org.wildcase.audit;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Read only: entries are appended by CaseHistory's insert, and never updated or deleted. */
interface HistoryEntries extends Repository<HistoryEntry, Long> {

    @Query("select h from HistoryEntry h where h.caseId = :caseId order by h.id")
    List<HistoryEntry> findByCaseIdOrderByIdAsc(Long caseId);
}
