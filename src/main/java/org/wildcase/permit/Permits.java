package org.wildcase.permit;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Permits extends JpaRepository<Permit, Long>, JpaSpecificationExecutor<Permit> {

    @Query("select distinct p from Permit p left join fetch p.lines where p.number = :number")
    Optional<Permit> findByNumber(String number);

    boolean existsByNumber(String number);

    /** Lines are fetched in batches (hibernate.default_batch_fetch_size), not per permit. */
    Page<Permit> findAllByOrderByIdDesc(Pageable pageable);
}
