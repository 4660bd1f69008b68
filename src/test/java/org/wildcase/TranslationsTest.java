package org.wildcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** English and Russian are complete; Kyrgyz may lack keys but never has stray ones; every key used exists. */
class TranslationsTest {

    static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream("vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void english_and_russian_have_the_same_keys() throws Exception {
        assertThat(new TreeSet<>(load("translations_ru.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("translations.properties").stringPropertyNames()));
    }

    @Test
    void kyrgyz_has_no_key_english_lacks() throws Exception {
        assertThat(load("translations.properties").stringPropertyNames())
                .containsAll(load("translations_ky.properties").stringPropertyNames());
    }

    @Test
    void every_key_the_code_uses_is_translated() throws Exception {
        Set<String> english = load("translations.properties").stringPropertyNames();
        Pattern used = Pattern.compile("getTranslation\\(\"([a-zA-Z0-9_.-]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = used.matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group(1);
                    // A key ending in a dot is a prefix completed at run time ("role." + role id).
                    boolean known = key.endsWith(".") ? english.stream().anyMatch(k -> k.startsWith(key))
                            : english.contains(key);
                    if (!known) {
                        missing.add(m.group(1) + " in " + f.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
