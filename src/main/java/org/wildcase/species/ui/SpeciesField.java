package org.wildcase.species.ui;

import java.util.Locale;

import org.wildcase.species.SpeciesCatalogue;
import org.wildcase.species.Taxon;

import com.vaadin.flow.component.combobox.ComboBox;

/**
 * A scientific name, picked by searching the species list in force in any language (scientific, English, Russian
 * or Kyrgyz names). A name not on the list can still be typed: it is then reported as unknown, never refused here.
 */
public class SpeciesField extends ComboBox<String> {

    private final transient SpeciesCatalogue catalogue;

    public SpeciesField(String label, SpeciesCatalogue catalogue) {
        super(label);
        this.catalogue = catalogue;
        setItems(query -> catalogue.search(query.getFilter().orElse("")).stream().map(Taxon::scientificName)
                .skip(query.getOffset()).limit(query.getLimit()));
        setItemLabelGenerator(this::label);
        setAllowCustomValue(true);
        addCustomValueSetListener(e -> setValue(e.getDetail()));
        setClearButtonVisible(true);
    }

    private String label(String scientificName) {
        return catalogue.current().resolve(scientificName).map(t -> describe(t, scientificName))
                .orElse(scientificName);
    }

    private String describe(Taxon taxon, String typed) {
        Locale locale = getLocale() == null ? Locale.ENGLISH : getLocale();
        String common = switch (locale.getLanguage()) {
            case "ru" -> taxon.commonRu();
            case "ky" -> taxon.commonKy() != null && !taxon.commonKy().isBlank() ? taxon.commonKy() : taxon.commonRu();
            default -> taxon.commonEn();
        };
        String appendix = taxon.appendix() == null || taxon.appendix() == org.wildcase.species.Appendix.NOT_LISTED ? ""
                : " · App. " + taxon.appendix().name();
        return typed + (common == null || common.isBlank() ? "" : " — " + common) + appendix;
    }
}
