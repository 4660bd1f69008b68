package org.wildcase.permit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.wildcase.species.Purpose;
import org.wildcase.species.Source;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A permit or certificate the authority issued, as recorded in the register ({@code POST /api/permits}). */
public record PermitRegistration(
        @NotBlank @Size(max = 100) String number,
        @NotNull DocumentType type,
        @NotNull LocalDate issuedOn,
        LocalDate validFrom,
        LocalDate validUntil,
        @Size(max = 300) String holder,
        @Size(max = 2) String country,
        @Size(max = 100) String securityStamp,
        Purpose purpose,
        @NotEmpty List<@Valid @NotNull Line> lines) {

    /** What the permit allows, per species and term; a blank unit counts specimens. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "PermitLine")
    public record Line(
            @NotBlank @Size(max = 200) String scientificName,
            @NotBlank String term,
            @NotNull @Positive BigDecimal quantity,
            String unit,
            Source source) {
    }
}
