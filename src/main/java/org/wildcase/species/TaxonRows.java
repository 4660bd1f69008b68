package org.wildcase.species;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TaxonRows extends JpaRepository<TaxonRow, Long> {

    List<TaxonRow> findByVersionIdOrderByLineNumber(Long versionId);
}
