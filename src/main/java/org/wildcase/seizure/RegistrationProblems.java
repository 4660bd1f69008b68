package org.wildcase.seizure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.wildcase.api.FieldError;
import org.wildcase.api.FieldRules;
import org.wildcase.check.PermitChecks;

import jakarta.validation.Validator;
import jakarta.validation.groups.Default;

/**
 * Every problem of a registration at once, sorted by field: the shipment's own rules, bean validation, and codes.
 * A permit check needs only direction, seizure time and specimens; a case needs the whole registration.
 */
@Component
class RegistrationProblems {

    private final PermitChecks checks;
    private final Validator validator;
    private final Clock clock;

    RegistrationProblems(PermitChecks checks, Validator validator, Clock clock) {
        this.checks = checks;
        this.validator = validator;
        this.clock = clock;
    }

    /** Throws a 400 naming every invalid field, or returns when the registration may be checked. */
    void requireValidForCheck(Registration r) {
        fail(common(r, Default.class));
    }

    /** Throws a 400 naming every invalid field, or returns when the registration may open a case. */
    void requireValidForCase(Registration r) {
        requireValidForCase(r, true);
    }

    /**
     * As {@link #requireValidForCase(Registration)}; {@code transportModeRequired} false for a case opened from an
     * export record, which names no transport mode.
     */
    void requireValidForCase(Registration r, boolean transportModeRequired) {
        List<FieldError> errors = transportModeRequired
                ? common(r, Default.class, Registration.ForCase.class, Registration.ByOfficer.class)
                : common(r, Default.class, Registration.ForCase.class);
        // Bean Validation's @PastOrPresent would judge by the system clock; this judges by the application's.
        if (r.parties() != null) {
            for (int i = 0; i < r.parties().size(); i++) {
                Registration.Party p = r.parties().get(i);
                if (p != null && p.dateOfBirth() != null && p.dateOfBirth().isAfter(LocalDate.now(clock))) {
                    errors.add(FieldRules.future("parties[" + i + "].dateOfBirth"));
                }
            }
        }
        fail(errors);
    }

    /** The annotations' errors first, so that a value breaking them and a rule below is named once, by them. */
    private List<FieldError> common(Registration r, Class<?>... groups) {
        List<FieldError> errors = new ArrayList<>(FieldRules.of(validator, r, groups));
        errors.addAll(checks.problems(r.toShipment()));
        errors.addAll(r.codeProblems());
        return errors;
    }

    private static void fail(List<FieldError> errors) {
        FieldRules.fail(FieldRules.merge(errors, List.of()));
    }
}
