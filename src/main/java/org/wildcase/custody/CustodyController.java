package org.wildcase.custody;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wildcase.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The custody chain of a case's exhibits over REST (api.md "Evidence"). */
@RestController
@RequestMapping("/api/cases/{caseNumber}/custody")
@Tag(name = "Evidence")
class CustodyController {

    private final SpecimenCustody custody;
    private final CurrentUser currentUser;

    CustodyController(SpecimenCustody custody, CurrentUser currentUser) {
        this.custody = custody;
        this.currentUser = currentUser;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a hand-over of an exhibit while the case is open (customs officer of the unit, "
            + "expert)")
    SpecimenCustody.CustodyRecord record(@PathVariable String caseNumber,
            @RequestBody(required = false) SpecimenCustody.HandOver body) {
        return custody.recordCustody(caseNumber, body, currentUser.require());
    }

    @GetMapping
    @Operation(summary = "Every hand-over of the case with its exhibit number, oldest first")
    List<SpecimenCustody.CustodyRecord> list(@PathVariable String caseNumber) {
        return custody.custodyRecords(caseNumber, currentUser.require());
    }
}
