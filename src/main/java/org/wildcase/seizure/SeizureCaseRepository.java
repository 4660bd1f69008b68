package org.wildcase.seizure;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface SeizureCaseRepository extends JpaRepository<SeizureCase, Long>, JpaSpecificationExecutor<SeizureCase> {

    // JPQL rather than derived queries: Hibernate caches the plan of a query string, not of a criteria query.
    @Query("select c from SeizureCase c where c.caseNumber = :caseNumber")
    Optional<SeizureCase> findByCaseNumber(String caseNumber);

    @Query("select c from SeizureCase c where c.processInstanceId = :processInstanceId")
    Optional<SeizureCase> findByProcessInstanceId(String processInstanceId);
}
