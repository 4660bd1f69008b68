package org.wildcase.expertise;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExpertiseRounds extends JpaRepository<ExpertiseRound, Long> {

    List<ExpertiseRound> findByCaseIdOrderByRoundNo(Long caseId);
}
