package org.wildcase.expertise;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An expertise that ends with MORE_INFORMATION_NEEDED asks the customs officer something: its question is required
 * then, and named as the field that is missing.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AsksWhatItNeeds.Check.class)
@interface AsksWhatItNeeds {

    String message() default "is required when more information is needed";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<AsksWhatItNeeds, SpeciesExpertise.IdentifySpecies> {

        @Override
        public boolean isValid(SpeciesExpertise.IdentifySpecies body, ConstraintValidatorContext context) {
            if (body == null || body.conclusion() != Conclusion.MORE_INFORMATION_NEEDED
                    || body.question() != null && !body.question().isBlank()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("question").addConstraintViolation();
            return false;
        }
    }
}
