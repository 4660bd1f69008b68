package org.wildcase.reporting;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The application's translations (the same files the UI reads) for documents made outside a Vaadin session. A
 * language without a key falls back to English, never to the server's own locale.
 */
final class ReportLabels {

    private static final String BUNDLE = "vaadin-i18n/translations";

    private final ResourceBundle bundle;
    private final Locale locale;

    private ReportLabels(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static ReportLabels of(Locale locale) {
        return new ReportLabels(locale == null ? Locale.ENGLISH : locale);
    }

    static ReportLabels english() {
        return of(Locale.ENGLISH);
    }

    Locale locale() {
        return locale;
    }

    /** The text of a key, or {@code otherwise} when no language has it. */
    String text(String key, String otherwise, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return otherwise;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    String text(String key, Object... args) {
        return text(key, key, args);
    }
}
