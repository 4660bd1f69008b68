package org.wildcase.seizure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.wildcase.Requests;
import org.wildcase.WildcaseTest;

import com.jayway.jsonpath.JsonPath;

/**
 * The field rules of a registration over REST ({@code POST /api/cases}, {@code POST /api/permit-checks}): bounds from
 * the columns, null list elements, the Convention's date, term LIV, and the corrected quantity rules of domain.md.
 * Every refusal is a 400 naming its field, and nothing is stored.
 */
@WildcaseTest
class RegistrationRulesApiTest {

    @Autowired
    MockMvc mvc;

    /** A registration that opens a case; {@code %s} takes the specimen lines, the other lists follow them. */
    private static final String CASE = """
            {"seizedAt": "2026-11-20T09:30:00+06:00", "location": "Manas airport", "direction": "EXPORT",
             "transportMode": "AIR", "purpose": "T", "source": "W", "route": {"origin": "KG", "destination": "AE"},
             "specimens": [%s]%s}""";
    private static final String SKIN = """
            {"description": "Skins", "scientificName": "Panthera uncia", "term": "SKI", "quantity": 1}""";

    private static String registration(String specimens, String more) {
        return CASE.formatted(specimens, more.isEmpty() ? "" : ", " + more);
    }

    private long cases() throws Exception {
        return JsonPath.<Integer>read(mvc.perform(Requests.get("manager", "/api/cases")).andReturn().getResponse()
                .getContentAsString(), "$.totalElements");
    }

    /** The registration is refused with a 400 naming {@code field}, and no case is stored. */
    private ResultActions refusedOn(String field, String body) throws Exception {
        long before = cases();
        ResultActions result = mvc.perform(Requests.post("officer.bishkek", "/api/cases", body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem(field)));
        assertThat(cases()).as("cases stored").isEqualTo(before);
        return result;
    }

    private ResultActions check(String body) throws Exception {
        return mvc.perform(Requests.post("expert", "/api/permit-checks", body));
    }

    @Test
    void a_null_element_of_any_list_is_a_400_naming_the_element_not_a_500() throws Exception {
        refusedOn("parties[0]", registration(SKIN, "\"parties\": [null]"))
                .andExpect(jsonPath("$.errors[?(@.field=='parties[0]')].message").value(hasItem("may not be null")));
        refusedOn("specimens[1]", registration(SKIN + ", null", ""));
        refusedOn("documents[0]", registration(SKIN, "\"documents\": [null]"));
        refusedOn("riskIndicators[0]", registration(SKIN, "\"riskIndicators\": [null]"));
        refusedOn("route.transit[0]", registration(SKIN, "").replace("\"destination\": \"AE\"",
                "\"destination\": \"AE\", \"transit\": [null]"));
        refusedOn("documents[0].coversSpecimens[0]", registration(SKIN,
                "\"documents\": [{\"type\": \"EXPORT_PERMIT\", \"number\": \"X\", \"coversSpecimens\": [null]}]"));
    }

    @Test
    void a_quantity_of_1e400_is_a_400_on_its_field_not_a_conflict() throws Exception {
        refusedOn("specimens[0].quantity", registration(SKIN.replace("\"quantity\": 1", "\"quantity\": 1e400"), ""));
        refusedOn("specimens[0].quantity", registration(SKIN.replace("\"quantity\": 1", "\"quantity\": 0.0000001"),
                ""));
        refusedOn("estimatedValue.amount", registration(SKIN,
                "\"estimatedValue\": {\"amount\": 1e18, \"currency\": \"USD\"}"));
        check(registration(SKIN.replace("\"quantity\": 1", "\"quantity\": 9999999999999.999999"), ""))
                .andExpect(status().isOk());
    }

    @Test
    void a_text_longer_than_its_column_is_a_400_with_the_limit() throws Exception {
        refusedOn("location", registration(SKIN, "").replace("Manas airport", "x".repeat(501)))
                .andExpect(jsonPath("$.errors[0].message").value("is too long: at most 500 characters"));
        refusedOn("notes", registration(SKIN, "\"notes\": \"" + "n".repeat(10_001) + "\""));
        refusedOn("parties[0].name", registration(SKIN, "\"parties\": [{\"name\": \"" + "a".repeat(301) + "\"}]"));
        refusedOn("specimens[0].term", registration(SKIN.replace("\"SKI\"", "\"SKINS\""), ""));
        refusedOn("documents[0].exporter", registration(SKIN,
                "\"documents\": [{\"type\": \"OTHER\", \"exporter\": \"" + "e".repeat(301) + "\"}]"));
    }

    @Test
    void dates_lie_in_sane_years() throws Exception {
        refusedOn("shippedOn", registration(SKIN, "\"shippedOn\": \"+99999-01-01\""));
        refusedOn("parties[0].dateOfBirth", registration(SKIN, "\"parties\": [{\"name\": \"A\", "
                + "\"dateOfBirth\": \"1850-01-01\"}]"));
        refusedOn("documents[0].validUntil", registration(SKIN,
                "\"documents\": [{\"type\": \"OTHER\", \"validUntil\": \"2101-01-01\"}]"));
    }

    @Test
    void a_seizure_before_the_convention_entered_into_force_is_refused_judged_in_the_home_time_zone()
            throws Exception {
        refusedOn("seizedAt", registration(SKIN, "").replace("2026-11-20T09:30:00+06:00", "1975-06-30T23:00:00+06:00"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "may not lie before 1975-07-01, when the Convention entered into force"));
        // 20:00 in London on 30 June is 02:00 on 1 July in Bishkek.
        check(registration(SKIN, "").replace("2026-11-20T09:30:00+06:00", "1975-06-30T20:00:00Z"))
                .andExpect(status().isOk());
    }

    @Test
    void term_liv_means_live_a_false_is_refused_and_a_missing_one_is_live() throws Exception {
        String falcons = """
                {"description": "Falcons", "scientificName": "Falco cherrug", "term": "LIV", "quantity": 2%s}""";
        refusedOn("specimens[0].live", registration(falcons.formatted(", \"live\": false"), ""))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "must be true (or left out) for term LIV: LIV means live specimens"));

        String opened = mvc.perform(Requests.post("officer.bishkek", "/api/cases",
                registration(falcons.formatted(""), ""))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.specimens[0].live").value(true))
                .andReturn().getResponse().getContentAsString();
        // The live-specimen branch starts, as for "live": true.
        mvc.perform(Requests.get("manager", "/api/cases/{n}", JsonPath.<String>read(opened, "$.caseNumber")))
                .andExpect(jsonPath("$.openTasks[*].taskKey").value(hasItem("RecordLiveSpecimenCare")));
    }

    @Test
    void two_lines_of_2_against_a_permit_line_of_3_exceed_it() throws Exception {
        String permit = registeredPermit("Falco cherrug", "LIV", "3", null);
        String line = """
                {"description": "Falcons", "scientificName": "Falco cherrug", "term": "LIV", "quantity": 2,
                 "live": true, "countryOfOrigin": "KG"}""";
        check(registration(line + ", " + line, document(permit)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[?(@.code=='QUANTITY_EXCEEDS_PERMIT')].specimenIndex")
                        .value(contains(0, 1)))
                .andExpect(jsonPath("$.findings[?(@.code=='QUANTITY_EXCEEDS_PERMIT')].severity")
                        .value(contains("VIOLATION", "VIOLATION")));
        check(registration(line, document(permit)))
                .andExpect(jsonPath("$.findings[*].code").value(org.hamcrest.Matchers.not(
                        hasItem("QUANTITY_EXCEEDS_PERMIT"))));
    }

    @Test
    void a_count_against_a_permit_line_in_kilograms_is_quantity_not_comparable_a_suspicion() throws Exception {
        String permit = registeredPermit("Acipenser baerii", "CAV", "1", "KIL");
        check(registration("""
                {"description": "Caviar", "scientificName": "Acipenser baerii", "term": "CAV", "quantity": 20,
                 "countryOfOrigin": "KG"}""", document(permit)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[?(@.code=='QUANTITY_NOT_COMPARABLE')].severity")
                        .value(contains("SUSPICION")))
                .andExpect(jsonPath("$.findings[?(@.code=='QUANTITY_NOT_COMPARABLE')].specimenIndex")
                        .value(contains(0)));
    }

    @Test
    void the_openapi_document_publishes_the_bounds() throws Exception {
        String docs = mvc.perform(Requests.get(null, "/v3/api-docs")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(JsonPath.<Integer>read(docs, "$.components.schemas.Registration.properties.location.maxLength"))
                .isEqualTo(500);
        assertThat(JsonPath.<Integer>read(docs, "$.components.schemas.Registration.properties.specimens.maxItems"))
                .isEqualTo(Registration.MAX_SPECIMENS);
        assertThat(JsonPath.<Object>read(docs, "$.components.schemas.Specimen.properties.quantity.maximum"))
                .isNotNull();
        assertThat(docs).contains("9999999999999.999999");
        assertThat(JsonPath.<Integer>read(docs, "$.components.schemas.Specimen.properties.description.maxLength"))
                .isEqualTo(1000);
        assertThat(JsonPath.<Integer>read(docs, "$.components.schemas.Withdrawal.properties.reason.maxLength"))
                .isEqualTo(2000);
        assertThat(JsonPath.<Integer>read(docs, "$.components.schemas.PermitCancellation.properties.reason.maxLength"))
                .isEqualTo(2000);
    }

    @Test
    void a_withdrawal_reason_longer_than_its_column_is_a_400_and_the_case_stays_open() throws Exception {
        String n = JsonPath.read(mvc.perform(Requests.post("officer.bishkek", "/api/cases", registration(SKIN, "")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.caseNumber");
        mvc.perform(Requests.post("manager", "/api/cases/{n}/withdraw", "{\"reason\": \"" + "r".repeat(2001) + "\"}",
                n)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(Requests.post("manager", "/api/cases/{n}/withdraw", "{\"reason\": \"" + "r".repeat(2000) + "\"}",
                n)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"))
                .andExpect(jsonPath("$.history[-1:].what").value(contains(org.hamcrest.Matchers.endsWith("…"))));
    }

    private String registeredPermit(String species, String term, String quantity, String unit) throws Exception {
        String number = "KG-RULES-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(Requests.post("permits", "/api/permits", """
                {"number": "%s", "type": "EXPORT_PERMIT", "issuedOn": "2026-11-01",
                 "lines": [{"scientificName": "%s", "term": "%s", "quantity": %s, "unit": %s}]}"""
                .formatted(number, species, term, quantity, unit == null ? "null" : "\"" + unit + "\"")))
                .andExpect(status().isCreated());
        return number;
    }

    private static String document(String permit) {
        return "\"documents\": [{\"type\": \"EXPORT_PERMIT\", \"number\": \"" + permit
                + "\", \"issuingCountry\": \"KG\", \"original\": true}]";
    }
}
