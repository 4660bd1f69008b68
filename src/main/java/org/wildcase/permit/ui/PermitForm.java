package org.wildcase.permit.ui;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.wildcase.permit.DocumentType;
import org.wildcase.permit.PermitRegistration;
import org.wildcase.species.Purpose;
import org.wildcase.species.Source;
import org.wildcase.species.SpeciesCatalogue;
import org.wildcase.species.TradeCodes;
import org.wildcase.species.ui.SpeciesField;
import org.wildcase.ui.FieldErrors;
import org.wildcase.ui.Formats;
import org.wildcase.ui.Forms;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A permit or certificate as {@code POST /api/permits} takes it, with repeatable lines. It only builds the request
 * body; the register validates it, and its errors come back next to the fields bound by JSON path. Lines are
 * re-bound whenever one is removed, so {@code lines[1].quantity} always names the second line shown.
 */
class PermitForm extends VerticalLayout {

    private final FieldErrors errors = new FieldErrors();
    private final transient SpeciesCatalogue catalogue;
    private final transient TradeCodes codes;
    private final Locale locale;

    final TextField number = new TextField();
    final ComboBox<DocumentType> type = new ComboBox<>();
    final DatePicker issuedOn = new DatePicker();
    final DatePicker validFrom = new DatePicker();
    final DatePicker validUntil = new DatePicker();
    final TextField holder = new TextField();
    final ComboBox<String> country = new ComboBox<>();
    final TextField securityStamp = new TextField();
    final ComboBox<Purpose> purpose = new ComboBox<>();
    final List<LineRow> lines = new ArrayList<>();
    private final Div lineRows = new Div();
    final Button addLine;

    PermitForm(SpeciesCatalogue catalogue, TradeCodes codes, String homeCountry, Locale locale) {
        this.catalogue = catalogue;
        this.codes = codes;
        this.locale = locale;
        setPadding(false);
        setId("permit-form");

        number.setLabel(t("permits.field.number"));
        number.setRequiredIndicatorVisible(true);
        number.setMaxLength(100);
        type.setLabel(t("permits.field.type"));
        // "Other" papers are not CITES documents and never go into the register.
        type.setItems(Arrays.stream(DocumentType.values()).filter(DocumentType::registrable).toList());
        type.setItemLabelGenerator(d -> t("documentType." + d.name()));
        type.setRequiredIndicatorVisible(true);
        type.setClearButtonVisible(true);
        issuedOn.setLabel(t("permits.field.issuedOn"));
        issuedOn.setRequiredIndicatorVisible(true);
        validFrom.setLabel(t("permits.field.validFrom"));
        validFrom.setHelperText(t("permits.field.validFrom.help"));
        validUntil.setLabel(t("permits.field.validUntil"));
        validUntil.setClearButtonVisible(true);
        holder.setLabel(t("permits.field.holder"));
        holder.setMaxLength(300);
        country.setLabel(t("permits.field.country"));
        Collator collator = Collator.getInstance(locale);
        country.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing((String c) -> countryName(c), collator)).toList());
        country.setItemLabelGenerator(this::countryName);
        country.setClearButtonVisible(true);
        country.setValue(homeCountry);
        country.setHelperText(t("permits.field.country.help"));
        securityStamp.setLabel(t("permits.field.securityStamp"));
        securityStamp.setMaxLength(100);
        purpose.setLabel(t("permits.field.purpose"));
        purpose.setItems(Purpose.values());
        purpose.setItemLabelGenerator(p -> p.name() + " — " + t("purpose." + p.name()));
        purpose.setClearButtonVisible(true);

        errors.bind("number", id(number, "permit-number"));
        errors.bind("type", id(type, "permit-type"));
        errors.bind("issuedOn", id(issuedOn, "permit-issued-on"));
        errors.bind("validFrom", id(validFrom, "permit-valid-from"));
        errors.bind("validUntil", id(validUntil, "permit-valid-until"));
        errors.bind("holder", id(holder, "permit-holder"));
        errors.bind("country", id(country, "permit-country"));
        errors.bind("securityStamp", id(securityStamp, "permit-security-stamp"));
        errors.bind("purpose", id(purpose, "permit-purpose"));

        type.addValueChangeListener(e -> explainValidUntil());
        issuedOn.addValueChangeListener(e -> explainValidUntil());
        explainValidUntil();

        addLine = new Button(t("permits.addLine"), VaadinIcon.PLUS.create(), e -> addLine());
        addLine.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addLine.setId("permit-add-line");

        add(form(number, type, issuedOn, validFrom, validUntil, holder, country, securityStamp, purpose),
                new H4(t("permits.lines")), lineRows, addLine);
        addLine();
    }

    FieldErrors errors() {
        return errors;
    }

    /** The last day the CITES rules allow for the type and issue date chosen, when both are. */
    Optional<LocalDate> latestValidUntil() {
        return type.getValue() == null ? Optional.empty() : type.getValue().latestValidUntil(issuedOn.getValue());
    }

    /** The permit as {@code POST /api/permits} takes it: the record the API binds its body to. */
    PermitRegistration registration() {
        return new PermitRegistration(Forms.text(number.getValue()), type.getValue(), issuedOn.getValue(),
                validFrom.getValue(), validUntil.getValue(), Forms.text(holder.getValue()),
                Forms.text(country.getValue()), Forms.text(securityStamp.getValue()), purpose.getValue(),
                lines.stream().map(LineRow::line).toList());
    }

    LineRow addLine() {
        LineRow row = new LineRow();
        lines.add(row);
        lineRows.add(row);
        reindex();
        return row;
    }

    void removeLine(LineRow row) {
        // A permit covers at least one line: the last row stays.
        if (lines.size() > 1 && lines.remove(row)) {
            lineRows.remove(row);
            reindex();
        }
    }

    private void reindex() {
        errors.unbind("lines");
        for (int i = 0; i < lines.size(); i++) {
            lines.get(i).index(i);
        }
        lines.forEach(l -> l.remove.setEnabled(lines.size() > 1));
    }

    /** Empty means the CITES maximum; once type and issue date are known, the helper names that day. */
    private void explainValidUntil() {
        Optional<LocalDate> latest = latestValidUntil();
        validUntil.setHelperText(latest.map(max -> t("permits.field.validUntil.max", Formats.date(max, locale),
                type.getValue().maxValidityMonths())).orElse(t("permits.field.validUntil.help")));
    }

    private String countryName(String code) {
        return new Locale("", code).getDisplayCountry(locale) + " (" + code + ")";
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }

    private static <C extends Component> C id(C component, String id) {
        component.setId(id);
        return component;
    }

    private static FormLayout form(Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("50em", 3));
        return form;
    }

    /** One line of the permit: what it allows, per species and term. */
    final class LineRow extends Div {
        final SpeciesField species = new SpeciesField(t("permits.line.species"), catalogue);
        final ComboBox<String> term = new ComboBox<>(t("permits.line.term"));
        final BigDecimalField quantity = new BigDecimalField(t("permits.line.quantity"));
        final ComboBox<String> unit = new ComboBox<>(t("permits.line.unit"));
        final ComboBox<Source> source = new ComboBox<>(t("permits.line.source"));
        final Button remove = new Button(t("permits.removeLine"), VaadinIcon.TRASH.create(),
                e -> removeLine(this));
        private final H4 title = new H4();

        LineRow() {
            species.setRequiredIndicatorVisible(true);
            term.setRequiredIndicatorVisible(true);
            term.setItems(codes.terms().keySet());
            term.setItemLabelGenerator(c -> c + " — " + t("term." + c));
            term.setClearButtonVisible(true);
            quantity.setRequiredIndicatorVisible(true);
            unit.setItems(codes.units().keySet().stream().filter(c -> !c.isBlank()).toList());
            unit.setItemLabelGenerator(c -> c + " — " + t("unit." + c));
            unit.setPlaceholder(t("open.specimen.unit.count"));
            unit.setHelperText(t("open.specimen.unit.help"));
            unit.setClearButtonVisible(true);
            source.setItems(Source.values());
            source.setItemLabelGenerator(s -> s.name() + " — " + t("source." + s.name()));
            source.setClearButtonVisible(true);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);

            title.getStyle().set("margin", "0");
            HorizontalLayout header = new HorizontalLayout(title, remove);
            header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            add(header, form(species, term, quantity, unit, source));
            getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                    .set("border-radius", "var(--lumo-border-radius-m)")
                    .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                    .set("margin-bottom", "var(--lumo-space-s)");
        }

        void index(int i) {
            title.setText(t("permits.line", i + 1));
            String at = "lines[" + i + "].";
            errors.bind(at + "scientificName", id(species, "permit-line-species-" + i));
            errors.bind(at + "term", id(term, "permit-line-term-" + i));
            errors.bind(at + "quantity", id(quantity, "permit-line-quantity-" + i));
            errors.bind(at + "unit", id(unit, "permit-line-unit-" + i));
            errors.bind(at + "source", id(source, "permit-line-source-" + i));
            id(remove, "permit-line-remove-" + i);
        }

        PermitRegistration.Line line() {
            return new PermitRegistration.Line(Forms.text(species.getValue()), Forms.text(term.getValue()),
                    quantity.getValue(), Forms.text(unit.getValue()), source.getValue());
        }
    }
}
