package org.wildcase.custody;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Cares extends JpaRepository<CustodyEntities.Care, Long> {

    List<CustodyEntities.Care> findByCaseIdOrderById(Long caseId);
}
