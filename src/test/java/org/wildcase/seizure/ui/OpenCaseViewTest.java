package org.wildcase.seizure.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectValid;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.wildcase.ui.ViewTest;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.VaadinSession;

/** The registration view as customs officers use it, in a faked browser session with the real access control. */
class OpenCaseViewTest extends ViewTest {

    @Autowired
    JdbcClient jdbc;

    long storedCases() {
        return jdbc.sql("select count(*) from seizure_case").query(Long.class).single();
    }

    static <C extends Component> C byId(Class<C> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    static <T> ComboBox<T> combo(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    static String text(Component c) {
        return BasicUtilsKt.get_textRecursively(c);
    }

    /** A seizure at Manas airport: snow leopard skins and live falcons, one export permit for the falcons only. */
    void fillShipment() {
        _setValue(byId(TextField.class, "open-location"), "Manas International Airport, cargo terminal");
        ComboBoxKt.selectByLabel(combo("open-direction"), "Export");
        ComboBoxKt.selectByLabel(combo("open-transport-mode"), "Air");
        _setValue(byId(TextField.class, "open-conveyance"), "FZ 1234");
        ComboBoxKt.selectByLabel(combo("open-detection-method"), "X-ray");
        ComboBoxKt.selectByLabel(combo("open-origin"), "Kyrgyzstan (KG)");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> transit = _get(MultiSelectComboBox.class, s -> s.withId("open-transit"));
        _setValue(transit, Set.of("KZ"));
        ComboBoxKt.selectByLabel(combo("open-destination"), "United Arab Emirates (AE)");
        ComboBoxKt.selectByLabel(combo("open-purpose"), "T — commercial");
        ComboBoxKt.selectByLabel(combo("open-source"), "W — taken from the wild");
        fillSpecimen(0, "Snow leopard skins", "Panthera uncia", "2");
    }

    void fillSpecimen(int line, String description, String species, String quantity) {
        _setValue(byId(TextField.class, "open-specimen-description-" + line), description);
        _setValue(combo("open-specimen-species-" + line), species);
        if (quantity != null) {
            _setValue(byId(BigDecimalField.class, "open-specimen-quantity-" + line), new BigDecimal(quantity));
        }
    }

    @Test
    void an_officer_registers_a_seizure_and_sees_the_case_number_stage_and_findings_before_leaving() {
        login("officer.bishkek");
        navigate(OpenCaseView.class);
        fillShipment();
        _click(byId(Button.class, "open-add-specimen"));
        fillSpecimen(1, "Live falcons", "Falco cherrug", "4");
        _click(byId(Button.class, "open-add-document"));
        ComboBoxKt.selectByLabel(combo("open-document-type-0"), "Export permit");
        _setValue(byId(TextField.class, "open-document-number-0"), "KG-VIEW-0001");
        ComboBoxKt.selectByLabel(combo("open-document-country-0"), "Kyrgyzstan (KG)");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Integer> covers = _get(MultiSelectComboBox.class, s -> s.withId("open-document-covers-0"));
        _setValue(covers, Set.of(1));
        _click(byId(Button.class, "open-add-party"));
        ComboBoxKt.selectByLabel(combo("open-party-role-0"), "Suspect");
        _setValue(byId(TextField.class, "open-party-name-0"), "A. Person");
        long before = storedCases();

        _click(byId(Button.class, "open-save"));

        Anchor number = byId(Anchor.class, "open-case-number");
        assertThat(number.getText()).matches("BIS-\\d{4}-\\d{5}");
        assertThat(number.getHref()).isEqualTo("cases/" + number.getText());
        assertThat(storedCases()).isEqualTo(before + 1);
        assertThat(text(byId(Span.class, "open-stage"))).isEqualTo("Stage: Expertise");
        @SuppressWarnings("unchecked")
        Grid<org.wildcase.check.Finding> findings = _get(Grid.class, s -> s.withId("open-findings"));
        List<String> codes = GridKt._findAll(findings).stream().map(f -> f.code().name()).toList();
        assertThat(codes).contains("EXPORT_PERMIT_MISSING", "PURPOSE_NOT_PERMITTED", "PERMIT_NOT_IN_REGISTER");
        // Violations come first, marked by word and icon, not colour alone.
        assertThat(text(GridKt._getCellComponent(findings, 0, "severity"))).contains("VIOLATION");
        int missing = codes.indexOf("EXPORT_PERMIT_MISSING");
        assertThat(GridKt._getFormatted(findings, missing, "code")).isEqualTo("Export permit missing");
        assertThat(GridKt._getFormatted(findings, missing, "specimen")).isEqualTo("1 — Panthera uncia");
        int notInRegister = codes.indexOf("PERMIT_NOT_IN_REGISTER");
        assertThat(GridKt._getFormatted(findings, notInRegister, "document"))
                .isEqualTo("1 — Export permit KG-VIEW-0001");
        assertThat(text(byId(Span.class, "open-findings-summary"))).contains("violation");

        // The saved registration stays on screen, locked, until another is begun.
        assertThat(byId(TextField.class, "open-location").isReadOnly()).isTrue();
        // Karibu finds visible components only.
        _assertNone(Button.class, s -> s.withId("open-save"));
        _assertNone(Button.class, s -> s.withId("open-add-specimen"));

        _click(byId(Button.class, "open-register-another"));
        assertThat(byId(TextField.class, "open-location").isReadOnly()).isFalse();
        assertThat(byId(TextField.class, "open-location").getValue()).isEmpty();
        _assertNone(Anchor.class, s -> s.withId("open-case-number"));
        _assertNone(TextField.class, s -> s.withId("open-specimen-description-1"));
        byId(Button.class, "open-save");
        byId(Button.class, "open-add-specimen");
    }

    @Test
    void a_case_without_findings_says_so() {
        login("officer.bishkek");
        navigate(OpenCaseView.class);
        _setValue(byId(TextField.class, "open-location"), "Manas International Airport");
        ComboBoxKt.selectByLabel(combo("open-direction"), "Import");
        ComboBoxKt.selectByLabel(combo("open-transport-mode"), "Air");
        fillSpecimen(0, "Live falcon", "Falco cherrug", "1");
        _click(byId(Button.class, "open-add-document"));
        ComboBoxKt.selectByLabel(combo("open-document-type-0"), "Export permit");
        _setValue(byId(TextField.class, "open-document-number-0"), "AE-2026-77");
        ComboBoxKt.selectByLabel(combo("open-document-country-0"), "United Arab Emirates (AE)");

        _click(byId(Button.class, "open-save"));

        byId(Anchor.class, "open-case-number");
        @SuppressWarnings("unchecked")
        Grid<org.wildcase.check.Finding> findings = _get(Grid.class, s -> s.withId("open-findings"));
        assertThat(GridKt._size(findings)).isZero();
        assertThat(findings.getEmptyStateText()).isEqualTo("No findings");
        assertThat(text(byId(Span.class, "open-findings-summary"))).isEqualTo("No findings");
    }

    @Test
    void a_missing_location_and_quantity_are_marked_at_their_fields_and_nothing_is_stored() {
        login("officer.bishkek");
        navigate(OpenCaseView.class);
        fillShipment();
        _setValue(byId(TextField.class, "open-location"), "");
        _setValue(byId(BigDecimalField.class, "open-specimen-quantity-0"), null);
        long before = storedCases();

        _click(byId(Button.class, "open-save"));

        _expectInvalid(byId(TextField.class, "open-location"), "is required");
        _expectInvalid(byId(BigDecimalField.class, "open-specimen-quantity-0"), "is required");
        _expectValid(byId(TextField.class, "open-specimen-description-0"));
        _expectValid(combo("open-direction"));
        assertThat(storedCases()).isEqualTo(before);
        _assertNone(Anchor.class, s -> s.withId("open-case-number"));
        Div problems = byId(Div.class, "open-errors");
        assertThat(problems.isVisible()).isTrue();
        assertThat(text(problems)).contains("2 problem(s)").contains("Nothing was stored");
        _assertNone(com.vaadin.flow.component.html.UnorderedList.class, s -> s.withId("open-errors-unplaced"));

        // Corrected, the same form registers.
        _setValue(byId(TextField.class, "open-location"), "Manas International Airport");
        _setValue(byId(BigDecimalField.class, "open-specimen-quantity-0"), new BigDecimal("2"));
        _click(byId(Button.class, "open-save"));
        assertThat(byId(Anchor.class, "open-case-number").getText()).startsWith("BIS-");
        assertThat(problems.isVisible()).isFalse();
        assertThat(storedCases()).isEqualTo(before + 1);
    }

    @Test
    void the_modules_own_rules_speak_the_officers_language_too() {
        login("officer.bishkek");
        navigate(OpenCaseView.class);
        fillShipment();
        _click(byId(Button.class, "open-add-party"));
        ComboBoxKt.selectByLabel(combo("open-party-role-0"), "Suspect");
        _setValue(byId(TextField.class, "open-party-name-0"), "A. Person");
        _setValue(byId(com.vaadin.flow.component.datepicker.DatePicker.class, "open-party-birth-0"),
                java.time.LocalDate.now().plusYears(1));
        _setValue(byId(TextField.class, "open-location"), "");
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("ru"));

        _click(byId(Button.class, "open-save"));

        // A Bean Validation annotation and a rule of the seizure module, both in Russian.
        _expectInvalid(byId(TextField.class, "open-location"), "обязательное поле");
        _expectInvalid(byId(com.vaadin.flow.component.datepicker.DatePicker.class, "open-party-birth-0"),
                "не может быть в будущем");
    }

    @Test
    void adding_and_removing_rows_keeps_the_error_paths_right() {
        login("officer.bishkek");
        navigate(OpenCaseView.class);
        fillShipment();
        Button addSpecimen = byId(Button.class, "open-add-specimen");
        _click(addSpecimen);
        _click(addSpecimen);
        fillSpecimen(1, "Tortoises", "Testudo horsfieldii", "10");
        fillSpecimen(2, "Saker skins", "Falco cherrug", null);
        _click(byId(Button.class, "open-add-document"));
        _click(byId(Button.class, "open-add-document"));
        ComboBoxKt.selectByLabel(combo("open-document-type-0"), "Export permit");
        _setValue(byId(TextField.class, "open-document-number-1"), "KG-NO-TYPE");

        _click(byId(Button.class, "open-specimen-remove-1"));
        _click(byId(Button.class, "open-document-remove-0"));
        _click(byId(Button.class, "open-save"));

        // The saker line moved up to specimens[1]; the untyped document is now documents[0].
        assertThat(byId(TextField.class, "open-specimen-description-1").getValue()).isEqualTo("Saker skins");
        _expectInvalid(byId(BigDecimalField.class, "open-specimen-quantity-1"), "is required");
        _expectValid(byId(BigDecimalField.class, "open-specimen-quantity-0"));
        _assertNone(BigDecimalField.class, s -> s.withId("open-specimen-quantity-2"));
        assertThat(byId(TextField.class, "open-document-number-0").getValue()).isEqualTo("KG-NO-TYPE");
        _expectInvalid(combo("open-document-type-0"), "is required");
        _assertNone(com.vaadin.flow.component.html.UnorderedList.class, s -> s.withId("open-errors-unplaced"));
        _assertNone(Anchor.class, s -> s.withId("open-case-number"));
    }

    @Test
    void the_only_specimen_line_cannot_be_removed() {
        login("officer.bishkek");
        navigate(OpenCaseView.class);

        assertThat(byId(Button.class, "open-specimen-remove-0").isEnabled()).isFalse();
        _click(byId(Button.class, "open-add-specimen"));
        assertThat(byId(Button.class, "open-specimen-remove-0").isEnabled()).isTrue();
    }

    @Test
    void an_expert_navigating_to_the_registration_is_denied() {
        login("expert");

        assertDenied("cases/new");
    }

    @Test
    void a_customs_account_without_a_unit_is_told_why_and_gets_no_form() {
        login("officer.bishkek");
        SecurityContext unitless = SecurityContextHolder.createEmptyContext();
        unitless.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("officer.nowhere", "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_customs-officer"))));
        SecurityContextHolder.setContext(unitless);
        VaadinSession.getCurrent().getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, unitless);
        reload();

        navigate(OpenCaseView.class);

        assertThat(text(byId(Paragraph.class, "open-no-unit"))).contains("not assigned to a customs unit");
        _assertNone(Button.class, s -> s.withId("open-save"));
        _assertNone(TextField.class, s -> s.withId("open-location"));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OpenCaseView.class);
    }
}
