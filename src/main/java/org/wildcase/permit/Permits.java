package org.wildcase.permit;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface Permits extends JpaRepository<Permit, Long> {

    @EntityGraph(attributePaths = "lines")
    Optional<Permit> findByNumber(String number);

    boolean existsByNumber(String number);

    /** Lines are fetched in batches (hibernate.default_batch_fetch_size), not per permit. */
    Page<Permit> findAllByOrderByIdDesc(Pageable pageable);
}
