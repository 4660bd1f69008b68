package org.wildcase.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.wildcase.api.Phrase;

/**
 * The case history on its own: a JPA slice with the real migrations on an in-memory database, no engine, no web,
 * no other module. A line is kept as English text for the API and as words of the translation files for readers.
 */
@DataJpaTest
@Import(CaseHistory.class)
@ImportAutoConfiguration(MessageSourceAutoConfiguration.class)
@TestPropertySource(properties = {"spring.messages.basename=vaadin-i18n/translations",
        "spring.messages.fallback-to-system-locale=false"})
class CaseHistorySliceTest {

    @Autowired
    CaseHistory history;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    long caseId;

    /** A case row for the history to belong to (the foreign key), with only what the table requires. */
    @BeforeEach
    void aCase() {
        jdbc.sql("""
                insert into seizure_case (case_number, unit, status, stage, reached_legal, overdue, seized_at, location,
                    direction, transport_mode, share_with_iccwc, registered_by, registered_at, version)
                values ('BIS-2026-09999', 'BIS', 'OPEN', 'EXPERTISE', false, false, :at, 'Manas', 'EXPORT', 'AIR',
                    false, 'officer.bishkek', :at, 0)""").param("at", OffsetDateTime.now()).update();
        caseId = jdbc.sql("select id from seizure_case where case_number = 'BIS-2026-09999'").query(Long.class)
                .single();
    }

    @Test
    void a_line_is_english_for_the_api_and_in_the_readers_words_for_a_reader() {
        history.record(caseId, "officer.bishkek", Phrase.of("history.opened", Phrase.of("history.registered"), 2, 1));

        List<CaseHistory.Entry> lines = history.of(caseId);

        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.what()).isEqualTo("Case registered with 2 specimen line(s) and 1 document(s)");
            assertThat(line.who()).isEqualTo("officer.bishkek");
            assertThat(line.at()).isBeforeOrEqualTo(OffsetDateTime.now());
            assertThat(line.said((key, args) -> messages.getMessage(key, args, Locale.forLanguageTag("ru"))))
                    .isEqualTo("Дело зарегистрировано: строк образцов — 2, документов — 1");
        });
    }

    @Test
    void a_line_too_long_to_keep_as_words_is_kept_in_english_only_and_cut_to_its_column() {
        String note = "x".repeat(5000);
        history.record(caseId, null, Phrase.of("history.released.note", note));

        CaseHistory.Entry line = history.of(caseId).get(0);

        assertThat(line.who()).isEqualTo(CaseHistory.SYSTEM);
        assertThat(line.phrase()).isNull();
        assertThat(line.what()).hasSize(CaseHistory.MAX_WHAT).startsWith("Consignment released. xxx").endsWith("…");
        assertThat(line.said((key, args) -> "never asked")).isEqualTo(line.what());
    }
}
