package org.wildcase.permit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.wildcase.species.Purpose;
import org.wildcase.species.Source;

import org.wildcase.api.DateWithin;
import org.wildcase.api.FieldRules;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A permit or certificate the authority issued, as recorded in the register ({@code POST /api/permits}). The bounds
 * are the register's columns (V1); no CITES document is issued before the Convention entered into force.
 */
public record PermitRegistration(
        @NotBlank @Size(max = 100) String number,
        @NotNull DocumentType type,
        @NotNull @DateWithin(from = DateWithin.CONVENTION) LocalDate issuedOn,
        @DateWithin(from = DateWithin.CONVENTION) LocalDate validFrom,
        @DateWithin(from = DateWithin.CONVENTION) LocalDate validUntil,
        @Size(max = 300) String holder,
        @Size(max = 2) String country,
        @Size(max = 100) String securityStamp,
        Purpose purpose,
        @NotEmpty @Size(max = 200) List<@Valid @NotNull Line> lines) {

    /** What the permit allows, per species and term; a blank unit counts specimens. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "PermitLine")
    public record Line(
            @NotBlank @Size(max = 200) String scientificName,
            @NotBlank @Size(max = 3) String term,
            @NotNull @Positive @DecimalMax(FieldRules.MAX_QUANTITY)
            @Digits(integer = FieldRules.QUANTITY_INTEGER_DIGITS, fraction = FieldRules.QUANTITY_FRACTION_DIGITS)
            BigDecimal quantity,
            @Size(max = 3) String unit,
            Source source) {
    }
}
