package org.wildcase.seizure;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.wildcase.api.FieldRules;
import org.wildcase.check.PermitChecks;
import org.wildcase.permit.PermitRegister;
import org.wildcase.permit.PermitStatus;
import org.wildcase.permit.RegisteredPermit;
import org.wildcase.security.WildcaseUser;


import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;

/**
 * The customs officer releases the consignment: every valid home-register document it presented is marked used,
 * with the quantities shipped per line (one document, one consignment), and the case ends RELEASED.
 */
@Component
public class ReleaseConsignment {

    /** The body of ReleaseConsignment (api.md). The note is kept in the case's history only, so it is as long as a history line leaves room for. */
    public record Body(@Size(max = MAX_NOTE) String note) {
    }

    static final int MAX_NOTE = 1000;
    /** The documents used are named in the register too; the history line names as many as fit. */
    private static final int MAX_DOCUMENTS_NAMED = 800;

    private final SeizureCaseRepository cases;
    private final PermitRegister register;
    private final PermitChecks checks;
    private final Validator validator;

    ReleaseConsignment(SeizureCaseRepository cases, PermitRegister register,
            PermitChecks checks, Validator validator) {
        this.cases = cases;
        this.register = register;
        this.checks = checks;
        this.validator = validator;
    }

    /** Marks the documents used and ends the case RELEASED; {@code b} may be null (no note). */
    @org.springframework.transaction.annotation.Transactional
    public CaseStep release(CaseRef ref, WildcaseUser user, Body b) {
        b = b == null ? new Body(null) : b;
        FieldRules.require(validator, b);
        SeizureCase c = cases.findById(ref.id()).orElseThrow();
        List<String> used = new ArrayList<>();
        for (SeizureCase.PresentedDocument d : c.documents) {
            if (d.number == null) {
                continue;
            }
            RegisteredPermit permit = register.find(d.number).orElse(null);
            if (permit == null || permit.status() != PermitStatus.VALID) {
                continue;
            }
            register.recordShipment(permit.number(), c.caseNumber,
                    checks.shippedAgainst(CaseMapping.shipment(c), d.index, permit));
            used.add(permit.number());
        }
        String named = String.join(", ", used);
        if (named.length() > MAX_DOCUMENTS_NAMED) {
            named = named.substring(0, MAX_DOCUMENTS_NAMED) + "…";
        }
        boolean noted = b.note() != null && !b.note().isBlank();
        String note = noted ? b.note().trim() : "";
        CaseStep step = used.isEmpty()
                ? (noted ? CaseStep.of("history.released.note", note) : CaseStep.of("history.released"))
                : (noted ? CaseStep.of("history.released.documents.note", named, note)
                        : CaseStep.of("history.released.documents", named));
        return step.ending(CaseStatus.RELEASED);
    }
}
