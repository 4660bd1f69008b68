package org.wildcase.legal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface LegalProceedings extends JpaRepository<LegalProceeding, Long> {

    Optional<LegalProceeding> findByCaseId(Long caseId);
}
