package org.wildcase.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date between two days, both included. JSON takes any year ({@code +99999-01-01}); the bounds keep dates to the
 * years a case can be about. Null is valid: whether a date is required is another annotation's business. Timestamps
 * need none: those of facts may not lie in the future nor before the seizure, which bounds them already.
 */
@Documented
@Constraint(validatedBy = DateWithin.OfDate.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface DateWithin {

    /** From 1900: birth dates and old documents still lie within. */
    String EARLIEST = "1900-01-01";
    /** The Convention's entry into force: nothing a CITES case records happened before. */
    String CONVENTION = "1975-07-01";
    String LATEST = "2100-12-31";

    /** The first allowed day, ISO 8601. */
    String from() default EARLIEST;

    /** The last allowed day, ISO 8601. */
    String to() default LATEST;

    String message() default "must lie between {from} and {to}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class OfDate implements ConstraintValidator<DateWithin, LocalDate> {
        private LocalDate from;
        private LocalDate to;

        @Override
        public void initialize(DateWithin bounds) {
            from = LocalDate.parse(bounds.from());
            to = LocalDate.parse(bounds.to());
        }

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || !value.isBefore(from) && !value.isAfter(to);
        }
    }
}
