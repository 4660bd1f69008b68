package org.wildcase.seizure.ui;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.wildcase.check.Direction;
import org.wildcase.check.Shipment;
import org.wildcase.permit.DocumentType;
import org.wildcase.seizure.Registration;
import org.wildcase.seizure.Registration.DetectionMethod;
import org.wildcase.seizure.Registration.IdentityDocumentType;
import org.wildcase.seizure.Registration.PartyRole;
import org.wildcase.seizure.Registration.RiskIndicator;
import org.wildcase.seizure.Registration.TransportMode;
import org.wildcase.species.Purpose;
import org.wildcase.species.Source;
import org.wildcase.species.SpeciesCatalogue;
import org.wildcase.species.TradeCodes;
import org.wildcase.species.ui.SpeciesField;
import org.wildcase.ui.FieldErrors;
import org.wildcase.ui.Forms;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The whole seizure registration of api.md, with repeatable specimen, document and party rows. It only builds the
 * request body; the case service validates it, and its errors come back next to the fields bound by JSON path.
 * Rows are re-bound whenever one is removed, so {@code specimens[1].quantity} always names the second row shown.
 */
class RegistrationForm extends VerticalLayout {

    private final FieldErrors errors = new FieldErrors();
    private final transient SpeciesCatalogue catalogue;
    private final transient TradeCodes codes;
    private final ZoneId zone;
    private final Locale locale;

    final DateTimePicker seizedAt = new DateTimePicker();
    final DatePicker shippedOn = new DatePicker();
    final TextField location = new TextField();
    final ComboBox<Direction> direction;
    final ComboBox<TransportMode> transportMode;
    final TextField conveyance = new TextField();
    final TextField transportDocument = new TextField();
    final TextField declaredGoods = new TextField();
    final TextField hsCode = new TextField();
    final ComboBox<DetectionMethod> detectionMethod;
    final TextArea reasonForSeizure = new TextArea();
    final TextArea concealment = new TextArea();

    final ComboBox<String> origin;
    final MultiSelectComboBox<String> transit;
    final ComboBox<String> destination;
    final ComboBox<Purpose> purpose;
    final ComboBox<Source> source;
    final BigDecimalField valueAmount = new BigDecimalField();
    final ComboBox<String> valueCurrency;
    final Checkbox shareWithIccwc = new Checkbox();
    final MultiSelectComboBox<RiskIndicator> riskIndicators;
    final TextArea notes = new TextArea();

    final List<SpecimenRow> specimens = new ArrayList<>();
    final List<DocumentRow> documents = new ArrayList<>();
    final List<PartyRow> parties = new ArrayList<>();
    private final Div specimenRows = new Div();
    private final Div documentRows = new Div();
    private final Div partyRows = new Div();
    final Button addSpecimen;
    final Button addDocument;
    final Button addParty;

    RegistrationForm(SpeciesCatalogue catalogue, TradeCodes codes, ZoneId zone, LocalDateTime now, Locale locale) {
        this.catalogue = catalogue;
        this.codes = codes;
        this.zone = zone;
        this.locale = locale;
        setPadding(false);
        setId("open-form");

        seizedAt.setLabel(t("open.seizedAt"));
        // Minutes are typed; a step under 15 minutes leaves out the long list of times.
        seizedAt.setStep(Duration.ofMinutes(1));
        seizedAt.setValue(now);
        seizedAt.setRequiredIndicatorVisible(true);
        shippedOn.setLabel(t("open.shippedOn"));
        shippedOn.setHelperText(t("open.shippedOn.help"));
        location.setLabel(t("open.location"));
        location.setRequiredIndicatorVisible(true);
        direction = Choices.of(t("open.direction"), Direction.class, d -> t("direction." + d.name()));
        direction.setRequiredIndicatorVisible(true);
        transportMode = Choices.of(t("open.transportMode"), TransportMode.class, m -> t("transport." + m.name()));
        transportMode.setRequiredIndicatorVisible(true);
        conveyance.setLabel(t("open.conveyance"));
        transportDocument.setLabel(t("open.transportDocument"));
        declaredGoods.setLabel(t("open.declaredGoods"));
        hsCode.setLabel(t("open.hsCode"));
        detectionMethod = Choices.of(t("open.detectionMethod"), DetectionMethod.class,
                m -> t("detection." + m.name()));
        reasonForSeizure.setLabel(t("open.reasonForSeizure"));
        concealment.setLabel(t("open.concealment"));

        origin = Choices.country(t("open.origin"), locale);
        transit = Choices.countryList(t("open.transit"), locale);
        destination = Choices.country(t("open.destination"), locale);
        purpose = Choices.of(t("open.purpose"), Purpose.class, p -> p.name() + " — " + t("purpose." + p.name()));
        source = Choices.of(t("open.source"), Source.class, s -> s.name() + " — " + t("source." + s.name()));
        valueAmount.setLabel(t("open.value"));
        valueCurrency = Choices.currency(t("open.currency"), locale);
        shareWithIccwc.setLabel(t("open.shareWithIccwc"));
        // Res. Conf. 11.17: sharing with ICCWC partners is the default.
        shareWithIccwc.setValue(true);
        riskIndicators = Choices.many(t("open.riskIndicators"), RiskIndicator.class, r -> t("risk." + r.name()));
        notes.setLabel(t("open.notes"));

        id(seizedAt, "open-seized-at");
        id(shippedOn, "open-shipped-on");
        id(location, "open-location");
        id(direction, "open-direction");
        id(transportMode, "open-transport-mode");
        id(conveyance, "open-conveyance");
        id(transportDocument, "open-transport-document");
        id(declaredGoods, "open-declared-goods");
        id(hsCode, "open-hs-code");
        id(detectionMethod, "open-detection-method");
        id(reasonForSeizure, "open-reason");
        id(concealment, "open-concealment");
        id(origin, "open-origin");
        id(transit, "open-transit");
        id(destination, "open-destination");
        id(purpose, "open-purpose");
        id(source, "open-source");
        id(valueAmount, "open-value");
        id(valueCurrency, "open-currency");
        id(shareWithIccwc, "open-share-iccwc");
        id(riskIndicators, "open-risk-indicators");
        id(notes, "open-notes");

        errors.bind("seizedAt", seizedAt);
        errors.bind("shippedOn", shippedOn);
        errors.bind("location", location);
        errors.bind("direction", direction);
        errors.bind("transportMode", transportMode);
        errors.bind("conveyance", conveyance);
        errors.bind("transportDocument", transportDocument);
        errors.bind("declaredGoods", declaredGoods);
        errors.bind("hsCode", hsCode);
        errors.bind("detectionMethod", detectionMethod);
        errors.bind("reasonForSeizure", reasonForSeizure);
        errors.bind("concealment", concealment);
        errors.bind("route.origin", origin);
        errors.bind("route.transit", transit);
        errors.bind("route.destination", destination);
        errors.bind("purpose", purpose);
        errors.bind("source", source);
        errors.bind("estimatedValue.amount", valueAmount);
        errors.bind("estimatedValue.currency", valueCurrency);
        errors.bind("riskIndicators", riskIndicators);
        errors.bind("notes", notes);

        add(new H3(t("open.section.seizure")), form(seizedAt, shippedOn, location, direction, transportMode,
                conveyance, transportDocument, declaredGoods, hsCode, detectionMethod, reasonForSeizure, concealment));
        add(new H3(t("open.section.route")), form(origin, transit, destination, purpose, source, valueAmount,
                valueCurrency, shareWithIccwc));

        addSpecimen = addButton(t("open.addSpecimen"), "open-add-specimen", this::addSpecimen);
        add(new H3(t("open.section.specimens")), specimenRows, addSpecimen);
        addDocument = addButton(t("open.addDocument"), "open-add-document", this::addDocument);
        add(new H3(t("open.section.documents")), documentRows, addDocument);
        addParty = addButton(t("open.addParty"), "open-add-party", this::addParty);
        add(new H3(t("open.section.parties")), partyRows, addParty);
        add(new H3(t("open.section.other")), form(riskIndicators, notes));

        addSpecimen();
    }

    FieldErrors errors() {
        return errors;
    }

    /**
     * The registration as {@code POST /api/cases} takes it, the same record the API binds its body to: empty fields
     * are null and left for the same validation to judge.
     */
    Registration registration() {
        return new Registration(Forms.at(seizedAt.getValue(), zone), shippedOn.getValue(),
                Forms.text(location.getValue()), direction.getValue(), transportMode.getValue(),
                Forms.text(conveyance.getValue()), Forms.text(transportDocument.getValue()),
                Forms.text(declaredGoods.getValue()), Forms.text(hsCode.getValue()), detectionMethod.getValue(),
                Forms.text(reasonForSeizure.getValue()), Forms.text(concealment.getValue()),
                new Registration.Route(Forms.text(origin.getValue()), List.copyOf(transit.getValue()),
                        Forms.text(destination.getValue())),
                purpose.getValue(), source.getValue(), money(valueAmount.getValue(), valueCurrency.getValue()),
                shareWithIccwc.getValue(), parties.stream().map(PartyRow::party).toList(),
                specimens.stream().map(SpecimenRow::specimen).toList(),
                documents.stream().map(DocumentRow::document).toList(),
                riskIndicators.getValue().stream().sorted().toList(), Forms.text(notes.getValue()));
    }

    /** An amount with its currency; both empty means no amount at all. */
    private static Registration.Money money(java.math.BigDecimal amount, String currency) {
        String code = Forms.text(currency);
        return amount == null && code == null ? null
                : new Registration.Money(amount, code == null ? null : code.toUpperCase(java.util.Locale.ROOT));
    }

    /** After a successful registration: every field read-only, no row can be added or removed. */
    void lock() {
        lock(this);
    }

    private static void lock(Component component) {
        if (component instanceof HasValue<?, ?> field) {
            field.setReadOnly(true);
            return;
        }
        if (component instanceof Button button) {
            button.setVisible(false);
            return;
        }
        component.getChildren().forEach(RegistrationForm::lock);
    }

    SpecimenRow addSpecimen() {
        SpecimenRow row = new SpecimenRow();
        specimens.add(row);
        specimenRows.add(row);
        reindexSpecimens();
        return row;
    }

    DocumentRow addDocument() {
        DocumentRow row = new DocumentRow();
        documents.add(row);
        documentRows.add(row);
        reindexDocuments();
        return row;
    }

    PartyRow addParty() {
        PartyRow row = new PartyRow();
        parties.add(row);
        partyRows.add(row);
        reindexParties();
        return row;
    }

    void removeSpecimen(SpecimenRow row) {
        int removed = specimens.indexOf(row);
        if (removed < 0 || specimens.size() == 1) {
            return;
        }
        specimens.remove(removed);
        specimenRows.remove(row);
        // Lines after the removed one move up: documents keep covering the same specimens.
        documents.forEach(d -> d.specimenRemoved(removed));
        reindexSpecimens();
    }

    void removeDocument(DocumentRow row) {
        if (documents.remove(row)) {
            documentRows.remove(row);
            reindexDocuments();
        }
    }

    void removeParty(PartyRow row) {
        if (parties.remove(row)) {
            partyRows.remove(row);
            reindexParties();
        }
    }

    private void reindexSpecimens() {
        errors.unbind("specimens");
        for (int i = 0; i < specimens.size(); i++) {
            specimens.get(i).index(i);
        }
        // At least one specimen is required: the last row stays.
        specimens.forEach(s -> s.remove.setEnabled(specimens.size() > 1));
        documents.forEach(DocumentRow::refreshLines);
    }

    private void reindexDocuments() {
        errors.unbind("documents");
        for (int i = 0; i < documents.size(); i++) {
            documents.get(i).index(i);
        }
    }

    private void reindexParties() {
        errors.unbind("parties");
        for (int i = 0; i < parties.size(); i++) {
            parties.get(i).index(i);
        }
    }

    /** How a specimen line is named to people: its number from 1 and its description. */
    String lineLabel(int index) {
        String description = index < specimens.size() ? specimens.get(index).description.getValue() : "";
        return (index + 1) + (description == null || description.isBlank() ? "" : " — " + description.trim());
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
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2),
                new FormLayout.ResponsiveStep("60em", 3));
        return form;
    }

    private static Button addButton(String text, String id, Runnable action) {
        Button button = new Button(text, VaadinIcon.PLUS.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setId(id);
        return button;
    }

    private Div row(H4 title, Button remove, FormLayout fields) {
        Div box = new Div();
        title.getStyle().set("margin", "0");
        HorizontalLayout header = new HorizontalLayout(title, remove);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        box.add(header, fields);
        box.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-s)");
        return box;
    }

    private Button removeButton(Runnable action) {
        Button remove = new Button(t("open.remove"), VaadinIcon.TRASH.create(), e -> action.run());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        return remove;
    }

    /** One specimen line. */
    final class SpecimenRow extends Div {
        final TextField description = new TextField(t("open.specimen.description"));
        final SpeciesField species = new SpeciesField(t("open.specimen.species"), catalogue);
        final ComboBox<String> term = new ComboBox<>(t("open.specimen.term"));
        final BigDecimalField quantity = new BigDecimalField(t("open.specimen.quantity"));
        final ComboBox<String> unit = new ComboBox<>(t("open.specimen.unit"));
        final Checkbox live = new Checkbox(t("open.specimen.live"));
        final ComboBox<Source> source = Choices.of(t("open.specimen.source"), Source.class,
                s -> s.name() + " — " + t("source." + s.name()));
        final ComboBox<String> countryOfOrigin = Choices.country(t("open.specimen.countryOfOrigin"), locale);
        final BigDecimalField valueAmount = new BigDecimalField(t("open.specimen.value"));
        final ComboBox<String> valueCurrency = Choices.currency(t("open.currency"), locale);
        final Button remove = removeButton(() -> removeSpecimen(this));
        private final H4 title = new H4();

        SpecimenRow() {
            description.setRequiredIndicatorVisible(true);
            quantity.setRequiredIndicatorVisible(true);
            term.setItems(codes.terms().keySet());
            term.setItemLabelGenerator(c -> c + " — " + t("term." + c));
            term.setClearButtonVisible(true);
            unit.setItems(codes.units().keySet().stream().filter(c -> !c.isBlank()).toList());
            unit.setItemLabelGenerator(c -> c + " — " + t("unit." + c));
            unit.setPlaceholder(t("open.specimen.unit.count"));
            unit.setHelperText(t("open.specimen.unit.help"));
            unit.setClearButtonVisible(true);
            source.setHelperText(t("open.specimen.source.help"));
            countryOfOrigin.setHelperText(t("open.specimen.countryOfOrigin.help"));
            description.addValueChangeListener(e -> documents.forEach(DocumentRow::refreshLines));
            // Term LIV means live specimens: the box follows the term instead of contradicting it.
            term.addValueChangeListener(e -> {
                boolean liveTerm = Shipment.LIVE.equals(e.getValue());
                if (liveTerm) {
                    live.setValue(true);
                }
                live.setReadOnly(liveTerm);
            });
            add(row(title, remove, form(description, species, term, quantity, unit, live, source, countryOfOrigin,
                    valueAmount, valueCurrency)));
        }

        void index(int i) {
            title.setText(t("open.specimen", i + 1));
            String at = "specimens[" + i + "].";
            errors.bind(at + "description", id(description, "open-specimen-description-" + i));
            errors.bind(at + "scientificName", id(species, "open-specimen-species-" + i));
            errors.bind(at + "term", id(term, "open-specimen-term-" + i));
            errors.bind(at + "quantity", id(quantity, "open-specimen-quantity-" + i));
            errors.bind(at + "unit", id(unit, "open-specimen-unit-" + i));
            errors.bind(at + "live", id(live, "open-specimen-live-" + i));
            errors.bind(at + "source", id(source, "open-specimen-source-" + i));
            errors.bind(at + "countryOfOrigin", id(countryOfOrigin, "open-specimen-origin-" + i));
            errors.bind(at + "estimatedValue.amount", id(valueAmount, "open-specimen-value-" + i));
            errors.bind(at + "estimatedValue.currency", id(valueCurrency, "open-specimen-currency-" + i));
            id(remove, "open-specimen-remove-" + i);
        }

        Registration.Specimen specimen() {
            return new Registration.Specimen(Forms.text(description.getValue()), Forms.text(species.getValue()),
                    Forms.text(term.getValue()), quantity.getValue(), Forms.text(unit.getValue()), live.getValue(),
                    source.getValue(), Forms.text(countryOfOrigin.getValue()),
                    money(valueAmount.getValue(), valueCurrency.getValue()));
        }
    }

    /** One document presented with the shipment. */
    final class DocumentRow extends Div {
        final ComboBox<DocumentType> type = Choices.of(t("open.document.type"), DocumentType.class,
                d -> t("documentType." + d.name()));
        final TextField number = new TextField(t("open.document.number"));
        final ComboBox<String> issuingCountry = Choices.country(t("open.document.issuingCountry"), locale);
        final Select<Boolean> original = Choices.yesNo(t("open.document.original"), t("open.notStated"),
                t("open.yes"), t("open.no"));
        final TextField securityStamp = new TextField(t("open.document.securityStamp"));
        final DatePicker issuedOn = new DatePicker(t("open.document.issuedOn"));
        final DatePicker validFrom = new DatePicker(t("open.document.validFrom"));
        final DatePicker validUntil = new DatePicker(t("open.document.validUntil"));
        final ComboBox<Purpose> purpose = Choices.of(t("open.document.purpose"), Purpose.class,
                p -> p.name() + " — " + t("purpose." + p.name()));
        final TextField exporter = new TextField(t("open.document.exporter"));
        final TextField importer = new TextField(t("open.document.importer"));
        final TextField originalPermitNumber = new TextField(t("open.document.originalPermitNumber"));
        final Select<Boolean> endorsed = Choices.yesNo(t("open.document.endorsed"), t("open.notStated"),
                t("open.yes"), t("open.no"));
        final MultiSelectComboBox<Integer> covers = new MultiSelectComboBox<>(t("open.document.covers"));
        final Button remove = removeButton(() -> removeDocument(this));
        private final H4 title = new H4();

        DocumentRow() {
            type.setRequiredIndicatorVisible(true);
            covers.setHelperText(t("open.document.covers.help"));
            covers.setItemLabelGenerator(RegistrationForm.this::lineLabel);
            refreshLines();
            add(row(title, remove, form(type, number, issuingCountry, original, securityStamp, issuedOn, validFrom,
                    validUntil, purpose, exporter, importer, originalPermitNumber, endorsed, covers)));
        }

        void index(int i) {
            title.setText(t("open.document", i + 1));
            String at = "documents[" + i + "].";
            errors.bind(at + "type", id(type, "open-document-type-" + i));
            errors.bind(at + "number", id(number, "open-document-number-" + i));
            errors.bind(at + "issuingCountry", id(issuingCountry, "open-document-country-" + i));
            errors.bind(at + "original", id(original, "open-document-original-" + i));
            errors.bind(at + "securityStamp", id(securityStamp, "open-document-stamp-" + i));
            errors.bind(at + "issuedOn", id(issuedOn, "open-document-issued-on-" + i));
            errors.bind(at + "validFrom", id(validFrom, "open-document-valid-from-" + i));
            errors.bind(at + "validUntil", id(validUntil, "open-document-valid-until-" + i));
            errors.bind(at + "purpose", id(purpose, "open-document-purpose-" + i));
            errors.bind(at + "exporter", id(exporter, "open-document-exporter-" + i));
            errors.bind(at + "importer", id(importer, "open-document-importer-" + i));
            errors.bind(at + "originalPermitNumber", id(originalPermitNumber, "open-document-original-permit-" + i));
            errors.bind(at + "endorsed", id(endorsed, "open-document-endorsed-" + i));
            errors.bind(at + "coversSpecimens", id(covers, "open-document-covers-" + i));
            id(remove, "open-document-remove-" + i);
        }

        /** The specimen lines to pick from, keeping those picked that still exist. */
        void refreshLines() {
            Set<Integer> picked = new LinkedHashSet<>(covers.getValue());
            picked.removeIf(i -> i >= specimens.size());
            covers.setItems(IntStream.range(0, specimens.size()).boxed().toList());
            covers.setValue(picked);
        }

        void specimenRemoved(int removed) {
            Set<Integer> picked = covers.getValue().stream().filter(i -> i != removed)
                    .map(i -> i > removed ? i - 1 : i).collect(Collectors.toCollection(LinkedHashSet::new));
            covers.setValue(picked);
        }

        Registration.Document document() {
            // No lines picked: the document covers every specimen line (api.md).
            List<Integer> lines = covers.getValue().isEmpty() ? null : covers.getValue().stream().sorted().toList();
            return new Registration.Document(type.getValue(), Forms.text(number.getValue()),
                    Forms.text(issuingCountry.getValue()), original.getValue(), Forms.text(securityStamp.getValue()),
                    issuedOn.getValue(), validFrom.getValue(), validUntil.getValue(), purpose.getValue(),
                    Forms.text(exporter.getValue()), Forms.text(importer.getValue()),
                    Forms.text(originalPermitNumber.getValue()), endorsed.getValue(), lines);
        }
    }

    /** A person or company involved. */
    final class PartyRow extends Div {
        final ComboBox<PartyRole> role = Choices.of(t("open.party.role"), PartyRole.class,
                r -> t("partyRole." + r.name()));
        final TextField name = new TextField(t("open.party.name"));
        final ComboBox<String> nationality = Choices.country(t("open.party.nationality"), locale);
        final ComboBox<IdentityDocumentType> identityDocumentType = Choices.of(t("open.party.identityDocumentType"),
                IdentityDocumentType.class, d -> t("identityDocument." + d.name()));
        final TextField identityDocument = new TextField(t("open.party.identityDocument"));
        final DatePicker dateOfBirth = new DatePicker(t("open.party.dateOfBirth"));
        final Button remove = removeButton(() -> removeParty(this));
        private final H4 title = new H4();

        PartyRow() {
            add(row(title, remove, form(role, name, nationality, identityDocumentType, identityDocument,
                    dateOfBirth)));
        }

        void index(int i) {
            title.setText(t("open.party", i + 1));
            String at = "parties[" + i + "].";
            errors.bind(at + "role", id(role, "open-party-role-" + i));
            errors.bind(at + "name", id(name, "open-party-name-" + i));
            errors.bind(at + "nationality", id(nationality, "open-party-nationality-" + i));
            errors.bind(at + "identityDocumentType", id(identityDocumentType, "open-party-id-type-" + i));
            errors.bind(at + "identityDocument", id(identityDocument, "open-party-id-number-" + i));
            errors.bind(at + "dateOfBirth", id(dateOfBirth, "open-party-birth-" + i));
            id(remove, "open-party-remove-" + i);
        }

        Registration.Party party() {
            return new Registration.Party(role.getValue(), Forms.text(name.getValue()),
                    Forms.text(nationality.getValue()), identityDocumentType.getValue(),
                    Forms.text(identityDocument.getValue()), dateOfBirth.getValue());
        }
    }
}
