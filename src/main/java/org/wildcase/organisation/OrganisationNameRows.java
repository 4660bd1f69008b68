package org.wildcase.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationNameRows extends JpaRepository<OrganisationName, String> {
}
