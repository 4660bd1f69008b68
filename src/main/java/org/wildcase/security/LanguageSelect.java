package org.wildcase.security;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;

/**
 * The language choice, on the sign-in page and in the shell's header: English, Russian, Kyrgyz, each named in its
 * own language. Choosing one keeps it for the session and reloads the page in it.
 */
public class LanguageSelect extends Select<Locale> {

    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    public static final Locale KYRGYZ = Locale.forLanguageTag("ky");
    public static final List<Locale> OFFERED = List.of(Locale.ENGLISH, RUSSIAN, KYRGYZ);

    public LanguageSelect() {
        setItems(OFFERED);
        setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        Locale current = UI.getCurrent() != null ? UI.getCurrent().getLocale() : Locale.ENGLISH;
        setValue(OFFERED.stream().filter(l -> l.getLanguage().equals(current.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH));
        setAriaLabel(getTranslation("shell.language"));
        addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                VaadinSession.getCurrent().setLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
