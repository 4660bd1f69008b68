package org.wildcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Map;
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
    void kyrgyz_has_the_same_keys_as_english() throws Exception {
        assertThat(new TreeSet<>(load("translations_ky.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("translations.properties").stringPropertyNames()));
    }

    @Test
    void every_translation_keeps_the_placeholders_of_the_english_text() throws Exception {
        Properties english = load("translations.properties");
        Pattern placeholder = Pattern.compile("\\{\\d+[^}]*}");
        Set<String> differing = new TreeSet<>();
        for (String other : new String[] {"translations_ru.properties", "translations_ky.properties"}) {
            Properties translated = load(other);
            for (String key : english.stringPropertyNames()) {
                Set<String> want = new TreeSet<>(placeholder.matcher(english.getProperty(key)).results()
                        .map(r -> r.group()).toList());
                Set<String> got = new TreeSet<>(placeholder.matcher(translated.getProperty(key, "")).results()
                        .map(r -> r.group()).toList());
                if (!want.equals(got)) {
                    differing.add(other + ": " + key + " " + want + " vs " + got);
                }
            }
        }
        assertThat(differing).isEmpty();
    }

    /**
     * A literal text given to a component in a view (a label, header, caption, notice) would stay English in every
     * language: texts come from the translation files. Allowed: the product's name and addresses (an anchor's href).
     */
    @Test
    void no_view_sets_a_literal_text() throws Exception {
        Pattern literal = Pattern.compile("(new (Span|H1|H2|H3|H4|H5|Paragraph|Button|ListItem|NativeLabel|Div|Text|"
                + "Details|Tab|RouterLink|Checkbox|TextField|TextArea|Select|ComboBox)\\(\"([^\"]*)\"|\\.(setText|setLabel|"
                + "setHeader|setPlaceholder|setHelperText|setEmptyStateText|setTitle|setAriaLabel|setHeaderTitle|"
                + "setConfirmText|setCancelText|setRejectText|setTooltipText|setEmptySelectionCaption|setErrorMessage)"
                + "\\(\"([^\"]*)\"|Notification\\.show\\(\"([^\"]*)\")");
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(f);
                if (!source.contains("import com.vaadin.flow.component.")) {
                    continue;
                }
                Matcher m = literal.matcher(source);
                while (m.find()) {
                    String text = m.group(3) != null ? m.group(3) : m.group(5) != null ? m.group(5) : m.group(6);
                    if (text.chars().anyMatch(Character::isLetter) && !text.equals("Wildcase")) {
                        found.add(f.getFileName() + ": " + m.group());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
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

    /** Codes shown in the UI, with the prefix of their labels; each needs an English and a Russian label. */
    private static final Map<String, String> LABELLED_CODES = Map.ofEntries(
            Map.entry("org.wildcase.seizure.Stage", "stage."),
            Map.entry("org.wildcase.seizure.CaseStatus", "status."),
            Map.entry("org.wildcase.species.Appendix", "appendix."),
            Map.entry("org.wildcase.check.Severity", "severity."),
            Map.entry("org.wildcase.check.FindingCode", "finding."),
            Map.entry("org.wildcase.check.Direction", "direction."),
            Map.entry("org.wildcase.permit.DocumentType", "documentType."),
            Map.entry("org.wildcase.seizure.Registration$TransportMode", "transport."),
            Map.entry("org.wildcase.seizure.Registration$DetectionMethod", "detection."),
            Map.entry("org.wildcase.seizure.Registration$PartyRole", "partyRole."),
            Map.entry("org.wildcase.seizure.Registration$IdentityDocumentType", "identityDocument."),
            Map.entry("org.wildcase.seizure.Registration$RiskIndicator", "risk."),
            Map.entry("org.wildcase.expertise.Conclusion", "conclusion."),
            Map.entry("org.wildcase.expertise.Verdict", "verdict."),
            Map.entry("org.wildcase.expertise.Reason", "reason."),
            Map.entry("org.wildcase.custody.DisposalMethod", "method."),
            Map.entry("org.wildcase.legal.Qualification", "qualification."),
            Map.entry("org.wildcase.legal.InvestigationResult", "outcome."),
            Map.entry("org.wildcase.reconciliation.DiscrepancyCode", "discrepancy.code."),
            Map.entry("org.wildcase.reconciliation.Reconciliations$RunStatus", "recon.status."),
            Map.entry("org.wildcase.reconciliation.Reconciliations$DecisionKind", "recon.decision."));

    @Test
    void every_code_the_ui_shows_has_an_english_and_a_russian_label() throws Exception {
        Set<String> english = load("translations.properties").stringPropertyNames();
        Set<String> russian = load("translations_ru.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (Map.Entry<String, String> codes : LABELLED_CODES.entrySet()) {
            for (Object code : Class.forName(codes.getKey()).getEnumConstants()) {
                String key = codes.getValue() + ((Enum<?>) code).name();
                if (!english.contains(key) || !russian.contains(key)) {
                    missing.add(key);
                }
            }
        }
        for (java.lang.reflect.Field f : org.wildcase.workflow.TaskKeys.class.getFields()) {
            if (!f.getName().equals("PROCESS")) {
                String key = "task." + f.get(null);
                if (!english.contains(key) || !russian.contains(key)) {
                    missing.add(key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
