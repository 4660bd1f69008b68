package org.wildcase.casework;

import java.util.List;

import org.wildcase.evidence.CaseEvidence;

import org.wildcase.custody.SpecimenCustody;
import org.wildcase.expertise.SpeciesExpertise;
import org.wildcase.legal.LegalHandling;
import org.wildcase.seizure.CaseView;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The whole case file, as {@code GET /api/cases/{caseNumber}} returns it: the seizure's part (registration, findings,
 * stage, open tasks, history) with each module's typed part beside it. Composed here, on top, so that no domain
 * module needs another's records; the case file view and the case PDF read the same record.
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "CaseFile")
public record CaseFile(@JsonUnwrapped CaseView seizure, SpeciesExpertise.View expertise, LegalHandling.View legal,
        List<SpecimenCustody.DisposalView> disposals, List<SpecimenCustody.CustodyView> custody,
        List<SpecimenCustody.CareView> care, List<CaseEvidence.Attachment> attachments, List<Exhibit> exhibits) {

    /**
     * A specimen line as an exhibit: {@code <case number>/E<line number>} (lines counted from 1), who holds it now
     * (the last hand-over's recipient, or the seizing unit) and how much of it.
     */
    @io.swagger.v3.oas.annotations.media.Schema(name = "Exhibit")
    public record Exhibit(String number, int specimenIndex, String holder, java.math.BigDecimal quantity) {
    }
}
