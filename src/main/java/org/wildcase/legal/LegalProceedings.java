package org.wildcase.legal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LegalProceedings extends JpaRepository<LegalProceeding, Long> {

    @Query("select p from LegalProceeding p where p.caseId = :caseId")
    Optional<LegalProceeding> findByCaseId(Long caseId);
}
