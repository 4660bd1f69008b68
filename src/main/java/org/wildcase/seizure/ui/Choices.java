package org.wildcase.seizure.ui;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;

/**
 * Pickers for the codes of a registration: ISO countries and currencies named in the user's language, and the
 * enumerations of api.md labelled through translation keys. The value is always the code the API takes.
 */
final class Choices {

    /** The currencies customs in the region meet most, offered first; any other ISO 4217 code follows. */
    private static final List<String> COMMON_CURRENCIES = List.of("KGS", "USD", "EUR", "RUB", "KZT", "CNY", "UZS",
            "TJS", "AED", "TRY");

    private Choices() {
    }

    static List<String> countries(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing((String c) -> countryName(c, locale), collator)).toList();
    }

    static String countryName(String code, Locale locale) {
        return new Locale("", code).getDisplayCountry(locale) + " (" + code + ")";
    }

    static ComboBox<String> country(String label, Locale locale) {
        ComboBox<String> box = new ComboBox<>(label);
        box.setItems(countries(locale));
        box.setItemLabelGenerator(c -> countryName(c, locale));
        box.setClearButtonVisible(true);
        return box;
    }

    static MultiSelectComboBox<String> countryList(String label, Locale locale) {
        MultiSelectComboBox<String> box = new MultiSelectComboBox<>(label);
        box.setItems(countries(locale));
        box.setItemLabelGenerator(c -> countryName(c, locale));
        box.setClearButtonVisible(true);
        return box;
    }

    static ComboBox<String> currency(String label, Locale locale) {
        ComboBox<String> box = new ComboBox<>(label);
        Stream<String> others = Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode)
                .filter(c -> !COMMON_CURRENCIES.contains(c)).sorted();
        box.setItems(Stream.concat(COMMON_CURRENCIES.stream(), others).toList());
        box.setItemLabelGenerator(c -> c + " — " + Currency.getInstance(c).getDisplayName(locale));
        box.setClearButtonVisible(true);
        return box;
    }

    /** An enumeration labelled "CODE — name" for the short CITES codes, or by name alone for the others. */
    static <E extends Enum<E>> ComboBox<E> of(String label, Class<E> type, Function<E, String> names) {
        ComboBox<E> box = new ComboBox<>(label);
        box.setItems(type.getEnumConstants());
        box.setItemLabelGenerator(names::apply);
        box.setClearButtonVisible(true);
        return box;
    }

    static <E extends Enum<E>> MultiSelectComboBox<E> many(String label, Class<E> type, Function<E, String> names) {
        MultiSelectComboBox<E> box = new MultiSelectComboBox<>(label);
        box.setItems(type.getEnumConstants());
        box.setItemLabelGenerator(names::apply);
        box.setClearButtonVisible(true);
        return box;
    }

    /** Yes, no, or not stated: a checkbox would claim "no" when the officer said nothing. */
    static Select<Boolean> yesNo(String label, String notStated, String yes, String no) {
        Select<Boolean> select = new Select<>();
        select.setLabel(label);
        select.setItems(Boolean.TRUE, Boolean.FALSE);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(notStated);
        select.setItemLabelGenerator(b -> b == null ? notStated : b ? yes : no);
        return select;
    }
}
