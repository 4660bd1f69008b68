package org.wildcase.reconciliation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A decision's fields as its kind asks (api.md, ReviewDiscrepancies): accepting a discrepancy needs a reason; opening
 * a case needs the unit to open it in; only a case takes a unit and a transport mode. Each broken rule names its
 * field. Whether the unit exists is the service's to say (it needs the organisation's units).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AsItsKindAsks.Check.class)
@interface AsItsKindAsks {

    String message() default "does not fit its decision";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<AsItsKindAsks, Reconciliations.Decision> {

        @Override
        public boolean isValid(Reconciliations.Decision d, ConstraintValidatorContext context) {
            if (d == null || d.decision() == null) {
                return true; // nothing to fit (a missing decision is named by its own annotation)
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            boolean opensCase = d.decision() == Reconciliations.DecisionKind.CASE_OPENED;
            if (d.decision() == Reconciliations.DecisionKind.ACCEPTED && blank(d.reason())) {
                valid = broken(context, "reason", Reconciliations.REQUIRED);
            }
            if (opensCase && blank(d.unit())) {
                valid = broken(context, "unit", Reconciliations.REQUIRED);
            }
            if (!opensCase && !blank(d.unit())) {
                valid = broken(context, "unit", Reconciliations.ONLY_FOR_CASE_OPENED);
            }
            if (!opensCase && d.transportMode() != null) {
                valid = broken(context, "transportMode", Reconciliations.ONLY_FOR_CASE_OPENED);
            }
            return valid;
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }

        private static boolean broken(ConstraintValidatorContext context, String field, String message) {
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
