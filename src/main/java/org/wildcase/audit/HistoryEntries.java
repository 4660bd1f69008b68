package org.wildcase.audit;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Append and read only: the repository offers no update or delete. */
interface HistoryEntries extends Repository<HistoryEntry, Long> {

    HistoryEntry save(HistoryEntry entry);

    @Query("select h from HistoryEntry h where h.caseId = :caseId order by h.id")
    List<HistoryEntry> findByCaseIdOrderByIdAsc(Long caseId);
}
