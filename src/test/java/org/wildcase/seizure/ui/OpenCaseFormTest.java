package org.wildcase.seizure.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wildcase.check.Direction;
import org.wildcase.permit.DocumentType;
import org.wildcase.seizure.Registration;
import org.wildcase.species.Purpose;
import org.wildcase.species.Source;
import org.wildcase.ui.ViewTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.HasValidation;

/**
 * The registration form against the real case service, driven through its fields: the body it builds is the api.md
 * body and opens a case; the errors of an empty form all land next to fields, and nothing is stored.
 */
class OpenCaseFormTest extends ViewTest {

    @Autowired
    JdbcClient jdbc;

    OpenCaseView view() {
        login("officer.bishkek");
        return navigate(OpenCaseView.class);
    }

    long storedCases() {
        return jdbc.sql("select count(*) from seizure_case").query(Long.class).single();
    }

    static void fill(RegistrationForm form) {
        form.location.setValue("Manas International Airport, cargo terminal");
        form.direction.setValue(Direction.EXPORT);
        form.transportMode.setValue(Registration.TransportMode.AIR);
        form.conveyance.setValue("FZ 1234");
        form.declaredGoods.setValue("Live pigeons");
        form.detectionMethod.setValue(Registration.DetectionMethod.XRAY);
        form.origin.setValue("KG");
        form.transit.setValue(Set.of("KZ"));
        form.destination.setValue("AE");
        form.purpose.setValue(Purpose.T);
        form.source.setValue(Source.W);
        form.valueAmount.setValue(new BigDecimal("40000"));
        form.valueCurrency.setValue("USD");
        form.riskIndicators.setValue(Set.of(Registration.RiskIndicator.HIGH_RISK_ROUTE));
        RegistrationForm.SpecimenRow falcons = form.specimens.get(0);
        falcons.description.setValue("Live falcons");
        falcons.species.setValue("Falco cherrug");
        falcons.term.setValue("LIV");
        falcons.quantity.setValue(new BigDecimal("4"));
        falcons.live.setValue(true);
        RegistrationForm.DocumentRow permit = form.addDocument();
        permit.type.setValue(DocumentType.EXPORT_PERMIT);
        permit.number.setValue("KG-FORM-UNREGISTERED");
        permit.issuingCountry.setValue("KG");
        permit.original.setValue(true);
        permit.covers.setValue(Set.of(0));
        RegistrationForm.PartyRow suspect = form.addParty();
        suspect.role.setValue(Registration.PartyRole.SUSPECT);
        suspect.name.setValue("A. Person");
        suspect.nationality.setValue("AE");
        suspect.identityDocumentType.setValue(Registration.IdentityDocumentType.PASSPORT);
    }

    static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Autowired
    com.fasterxml.jackson.databind.ObjectMapper mapper;

    @Test
    void the_body_of_a_filled_form_is_the_api_body_and_registers_a_case_with_its_findings() {
        OpenCaseView view = view();
        fill(view.form);

        // The form hands over the record the API binds its body to; written as JSON, it is the API's body.
        Registration registration = view.form.registration();
        JsonNode body = mapper.valueToTree(registration);
        assertThat(names(body)).containsExactlyInAnyOrder("seizedAt", "shippedOn", "location", "direction",
                "transportMode", "conveyance", "transportDocument", "declaredGoods", "hsCode", "detectionMethod",
                "reasonForSeizure", "concealment", "route", "purpose", "source", "estimatedValue", "shareWithIccwc",
                "parties", "specimens", "documents", "riskIndicators", "notes");
        assertThat(names(body.get("route"))).containsExactlyInAnyOrder("origin", "transit", "destination");
        assertThat(names(body.get("specimens").get(0))).containsExactlyInAnyOrder("description", "scientificName",
                "term", "quantity", "unit", "live", "source", "countryOfOrigin", "estimatedValue");
        assertThat(names(body.get("documents").get(0))).containsExactlyInAnyOrder("type", "number", "issuingCountry",
                "original", "securityStamp", "issuedOn", "validFrom", "validUntil", "purpose", "exporter", "importer",
                "originalPermitNumber", "endorsed", "coversSpecimens");
        assertThat(names(body.get("parties").get(0))).containsExactlyInAnyOrder("role", "name", "nationality",
                "identityDocumentType", "identityDocument", "dateOfBirth");
        assertThat(body.get("seizedAt").asText()).endsWith("+06:00");
        assertThat(body.get("route").get("transit").get(0).asText()).isEqualTo("KZ");
        assertThat(body.get("specimens").get(0).get("quantity").decimalValue()).isEqualByComparingTo("4");
        assertThat(body.get("specimens").get(0).get("unit").isNull()).isTrue();
        assertThat(body.get("documents").get(0).get("coversSpecimens").get(0).asInt()).isZero();
        assertThat(body.get("estimatedValue").get("currency").asText()).isEqualTo("USD");
        assertThat(body.get("shareWithIccwc").asBoolean()).isTrue();

        long before = storedCases();
        view.save();

        assertThat(view.saved).isNotNull();
        assertThat(view.saved.caseNumber()).startsWith("BIS-");
        assertThat(view.saved.findings()).extracting(f -> f.code().name()).contains("PERMIT_NOT_IN_REGISTER");
        assertThat(view.findings.getGenericDataView().getItems()).hasSize(view.saved.findings().size());
        assertThat(view.saved.specimens().get(0).live()).isTrue();
        assertThat(view.saved.documents().get(0).coversSpecimens()).containsExactly(0);
        assertThat(storedCases()).isEqualTo(before + 1);
        assertThat(view.form.location.isReadOnly()).isTrue();
        assertThat(view.form.addSpecimen.isVisible()).isFalse();
        assertThat(view.save.isVisible()).isFalse();

        view.reset();
        assertThat(view.saved).isNull();
        assertThat(view.form.location.isReadOnly()).isFalse();
        assertThat(view.form.location.getValue()).isEmpty();
        assertThat(view.form.specimens).hasSize(1);
        assertThat(view.save.isVisible()).isTrue();
    }

    @Test
    void every_error_of_an_empty_form_is_placed_next_to_its_field_and_nothing_is_stored() {
        OpenCaseView view = view();
        RegistrationForm form = view.form;
        form.seizedAt.clear();
        form.addDocument();
        form.addParty();
        long before = storedCases();

        view.save();

        assertThat(view.saved).isNull();
        assertThat(view.unplaced).isEmpty();
        List<HasValidation> marked = List.of(form.seizedAt, form.location, form.direction, form.transportMode,
                form.specimens.get(0).description, form.specimens.get(0).quantity, form.documents.get(0).type);
        assertThat(marked).allSatisfy(f -> assertThat(f.isInvalid()).isTrue());
        assertThat(form.location.getErrorMessage()).isNotBlank();
        assertThat(form.conveyance.isInvalid()).isFalse();
        assertThat(storedCases()).isEqualTo(before);
    }

    @Test
    void removing_a_row_rebinds_the_rows_after_it_and_keeps_covered_lines() {
        OpenCaseView view = view();
        RegistrationForm form = view.form;
        fill(form);
        RegistrationForm.SpecimenRow second = form.addSpecimen();
        second.description.setValue("Tortoises");
        second.quantity.setValue(BigDecimal.TEN);
        RegistrationForm.SpecimenRow third = form.addSpecimen();
        third.description.setValue("Saker skins");
        form.documents.get(0).covers.setValue(Set.of(0, 2));

        form.removeSpecimen(second);

        assertThat(third.quantity.getId()).contains("open-specimen-quantity-1");
        assertThat(form.documents.get(0).covers.getValue()).containsExactlyInAnyOrder(0, 1);
        view.save();
        assertThat(view.saved).isNull();
        assertThat(view.unplaced).isEmpty();
        assertThat(third.quantity.isInvalid()).isTrue();
        assertThat(form.specimens.get(0).quantity.isInvalid()).isFalse();
        assertThat(second.quantity.isInvalid()).isFalse();
    }
}
