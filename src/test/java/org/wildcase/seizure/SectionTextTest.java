package org.wildcase.seizure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;


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
        var fine = new Registration.Money(new java.math.BigDecimal("50000").stripTrailingZeros(), "KGS");
        assertThat(in(Locale.ENGLISH).text("fine", fine)).isEqualTo("50,000 KGS");
        assertThat(in(Locale.forLanguageTag("ru")).text("fine", fine).replace('\u00a0', ' ')
                .replace('\u202f', ' ')).isEqualTo("50 000 KGS");
        var cents = new Registration.Money(new java.math.BigDecimal("1250.5"), "USD");
        assertThat(in(Locale.ENGLISH).text("amount", cents)).isEqualTo("1,250.5 USD");
    }

    /** A record of a section, as the modules return them; the old JSON reading guessed dates from the text. */
    record Round(int round, String conclusion, LocalDate decidedOn, OffsetDateTime decidedAt, Integer specimenIndex,
            String opinion, java.util.List<String> reasons, Registration.Money fine, Boolean original) {
    }

    @Test
    void values_read_by_their_types_and_a_text_that_looks_like_a_date_stays_text() {
        Round r = new Round(2, "VIOLATION", LocalDate.of(2026, 11, 3), OffsetDateTime.parse("2026-11-03T10:15:00+06:00"),
                0, "2026-11-03 is when the birds were seen", java.util.List.of("COPY_NOT_ORIGINAL"), null, true);
        SectionText text = in(Locale.ENGLISH);

        assertThat(SectionText.fields(r)).extracting(java.util.Map.Entry::getKey).containsExactly("round",
                "conclusion", "decidedOn", "decidedAt", "specimenIndex", "opinion", "reasons", "fine", "original");
        assertThat(text.text("decidedOn", r.decidedOn())).isEqualTo("2026-11-03");
        assertThat(text.text("decidedAt", r.decidedAt())).isEqualTo("2026-11-03T10:15+06:00");
        assertThat(text.text("specimenIndex", r.specimenIndex())).as("lines count from 1").isEqualTo("1");
        assertThat(text.text("opinion", r.opinion())).isEqualTo("2026-11-03 is when the birds were seen");
        assertThat(text.text("original", r.original())).isEqualTo("yes");
        assertThat(SectionText.isNested(r)).isTrue();
        assertThat(SectionText.isNested(new Registration.Money(java.math.BigDecimal.ONE, "KGS"))).isFalse();
        assertThat(SectionText.isNested(java.util.List.of(r))).isTrue();
        assertThat(SectionText.fields("not a record")).isEmpty();
    }
}
