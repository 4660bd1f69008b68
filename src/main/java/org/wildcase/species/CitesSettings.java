package org.wildcase.species;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code wildcase.cites.*}: the home country that directions are seen from, its time zone for judging validity,
 * and stricter domestic measures (Art. XIV) that an authority can add without a code change.
 */
@ConfigurationProperties(prefix = "wildcase.cites")
public record CitesSettings(
        @DefaultValue("KG") String homeCountry,
        @DefaultValue("Asia/Bishkek") ZoneId timeZone,
        List<StricterMeasure> stricterMeasures) {

    /** Treat {@code taxon} (a name, genus or family of the list) as listed in {@code appendix} at home. */
    public record StricterMeasure(String taxon, Appendix appendix, String note) {
    }

    public CitesSettings {
        stricterMeasures = stricterMeasures == null ? List.of() : List.copyOf(stricterMeasures);
    }

    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(timeZone));
    }

    public static CitesSettings defaults() {
        return new CitesSettings("KG", ZoneId.of("Asia/Bishkek"), List.of());
    }
}
