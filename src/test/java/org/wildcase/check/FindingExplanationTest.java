package org.wildcase.check;

import org.wildcase.api.Phrase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wildcase.check.SpecimenBuilder.specimen;

import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A finding's explanation is kept as words of the translation files, so each reader reads it in their language;
 * the API's message is its English wording, and the stored form gives the same phrase back.
 */
class FindingExplanationTest {

    private static String in(Locale locale, Phrase phrase) {
        ResourceBundleMessageSource words = new ResourceBundleMessageSource();
        words.setBasename("vaadin-i18n/translations");
        words.setDefaultEncoding("UTF-8");
        words.setFallbackToSystemLocale(false);
        return phrase.in((key, args) -> words.getMessage(key, args, locale));
    }

    @Test
    void an_unknown_species_is_explained_in_english_for_the_api_and_in_russian_and_kyrgyz_for_their_readers() {
        Finding f = ShipmentBuilder.export().specimen("Fooia barensis").findings().get(0);

        assertThat(f.message()).startsWith("'Fooia barensis' is not in species list ")
                .endsWith("; the expert must identify it.");
        assertThat(in(Locale.ENGLISH, f.explanation())).isEqualTo(f.message());
        assertThat(in(Locale.forLanguageTag("ru"), f.explanation())).startsWith("«Fooia barensis» нет в списке видов");
        assertThat(in(Locale.forLanguageTag("ky"), f.explanation())).contains("Fooia barensis")
                .doesNotContain("species list");
    }

    @Test
    void a_missing_permit_is_explained_with_the_document_needed_in_the_readers_words() {
        List<Finding> findings = ShipmentBuilder.export().specimen(specimen("Falco cherrug").term("LIV")).findings();
        Finding missing = findings.stream().filter(f -> f.code() == FindingCode.EXPORT_PERMIT_MISSING).findFirst()
                .orElseThrow();

        assertThat(missing.message()).isEqualTo("Falco cherrug needs an export permit (Appendix II), and none covers it.");
        assertThat(in(Locale.forLanguageTag("ru"), missing.explanation()))
                .isEqualTo("Для Falco cherrug нужен документ: разрешение на экспорт (Приложение II); ни один его не покрывает.");
    }

    @Test
    void the_stored_form_gives_back_the_same_phrase_also_with_nested_phrases_and_reserved_characters() {
        Phrase phrase = Phrase.of("explain.SPECIES_NOT_ON_PERMIT", "Panthera (uncia) | x\\y @z",
                Phrase.of("explain.numbered", Phrase.of("documentType.EXPORT_PERMIT"), "KG-1"));

        assertThat(Phrase.fromStored(phrase.stored())).isEqualTo(phrase);
        assertThat(Phrase.fromStored(null)).isNull();
        assertThat(Phrase.fromStored(Phrase.of("explain.none").stored())).isEqualTo(Phrase.of("explain.none"));
    }

    @Test
    void every_explanation_key_the_rules_use_exists_in_english() throws Exception {
        Properties english = new Properties();
        try (var in = getClass().getClassLoader().getResourceAsStream("vaadin-i18n/translations.properties")) {
            english.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        java.util.regex.Pattern used = java.util.regex.Pattern.compile("\"(explain\\.[A-Za-z_.]+)\"");
        java.util.Set<String> missing = new java.util.TreeSet<>();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/java/org/wildcase/check"))) {
            for (var file : files.toList()) {
                var m = used.matcher(java.nio.file.Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    if (!key.endsWith(".") && !english.containsKey(key)) {
                        missing.add(key + " in " + file.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
