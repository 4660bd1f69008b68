package org.wildcase.custody;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface HandOvers extends JpaRepository<CustodyEntities.HandOver, Long> {

    List<CustodyEntities.HandOver> findByCaseIdOrderById(Long caseId);
}
