package org.wildcase.custody;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Decisions extends JpaRepository<CustodyEntities.Decision, Long> {

    List<CustodyEntities.Decision> findByCaseIdOrderBySpecimenIndex(Long caseId);
}
