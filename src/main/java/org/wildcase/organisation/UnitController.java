package org.wildcase.organisation;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The customs units with their names, for clients that offer a unit to choose. Read by anyone signed in. */
@RestController
@RequestMapping("/api/units")
@Tag(name = "Units", description = "Customs units and their names in English, Russian and Kyrgyz")
class UnitController {

    private final OrganisationNames names;

    UnitController(OrganisationNames names) {
        this.names = names;
    }

    @GetMapping
    @Operation(summary = "List the customs units")
    List<OrganisationNames.Entry> list() {
        return names.units();
    }
}
