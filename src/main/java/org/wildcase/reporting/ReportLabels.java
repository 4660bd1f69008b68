package org.wildcase.reporting;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The application's translations for documents made outside a Vaadin session: Spring's {@link MessageSource} over
 * the files the UI reads ({@code spring.messages.basename}), in one language. A language without a key falls back
 * to English, never to the server's own locale ({@code spring.messages.fallback-to-system-locale: false}).
 */
final class ReportLabels {

    private final MessageSource messages;
    private final Locale locale;

    private ReportLabels(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    static ReportLabels of(MessageSource messages, Locale locale) {
        return new ReportLabels(messages, locale == null ? Locale.ENGLISH : locale);
    }

    static ReportLabels english(MessageSource messages) {
        return of(messages, Locale.ENGLISH);
    }

    Locale locale() {
        return locale;
    }

    /** The text of a key, or {@code otherwise} when no language has it. */
    String text(String key, String otherwise, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, otherwise, locale);
    }

    String text(String key, Object... args) {
        return text(key, key, args);
    }
}
