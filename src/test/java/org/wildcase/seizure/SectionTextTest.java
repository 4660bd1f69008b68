package org.wildcase.seizure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Section values as people read them; money first, which showed as "5E+4 KGS". */
class SectionTextTest {

    static SectionText in(Locale locale) {
        return new SectionText(new SectionText.Words() {
            @Override
            public String field(String name) {
                return name;
            }

            @Override
            public String label(String key, String otherwise) {
                return otherwise;
            }

            @Override
            public String dateTime(OffsetDateTime at) {
                return at.toString();
            }

            @Override
            public String date(LocalDate day) {
                return day.toString();
            }

            @Override
            public Locale locale() {
                return locale;
            }
        });
    }

    @Test
    void a_fine_of_50000_reads_as_the_language_writes_it_not_in_scientific_notation() throws Exception {
        // 50000 after stripTrailingZeros() is 5E+4; that is how it was stored and shown.
        var fine = new ObjectMapper().valueToTree(new Registration.Money(
                new java.math.BigDecimal("50000").stripTrailingZeros(), "KGS"));
        assertThat(in(Locale.ENGLISH).text("fine", fine)).isEqualTo("50,000 KGS");
        assertThat(in(Locale.forLanguageTag("ru")).text("fine", fine).replace('\u00a0', ' ')
                .replace('\u202f', ' ')).isEqualTo("50 000 KGS");
        var cents = new ObjectMapper().valueToTree(new Registration.Money(new java.math.BigDecimal("1250.5"), "USD"));
        assertThat(in(Locale.ENGLISH).text("amount", cents)).isEqualTo("1,250.5 USD");
    }
}
