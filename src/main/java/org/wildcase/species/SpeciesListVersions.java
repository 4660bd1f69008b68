package org.wildcase.species;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SpeciesListVersions extends JpaRepository<SpeciesListVersion, Long> {

    Optional<SpeciesListVersion> findFirstByActiveTrueOrderByIdDesc();

    List<SpeciesListVersion> findAllByOrderByIdDesc();

    List<SpeciesListVersion> findByActiveTrue();
}
