package org.wildcase.custody;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Completions extends JpaRepository<CustodyEntities.Completion, Long> {

    Optional<CustodyEntities.Completion> findByCaseId(Long caseId);
}
