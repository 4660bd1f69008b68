package org.wildcase.expertise;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExpertiseRounds extends JpaRepository<ExpertiseRound, Long> {

    @Query("select r from ExpertiseRound r where r.caseId = :caseId order by r.roundNo")
    List<ExpertiseRound> findByCaseIdOrderByRoundNo(Long caseId);
}
