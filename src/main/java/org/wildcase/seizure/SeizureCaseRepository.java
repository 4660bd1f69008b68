package org.wildcase.seizure;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface SeizureCaseRepository extends JpaRepository<SeizureCase, Long>, JpaSpecificationExecutor<SeizureCase> {

    Optional<SeizureCase> findByCaseNumber(String caseNumber);
}
