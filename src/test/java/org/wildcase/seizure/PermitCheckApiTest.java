package org.wildcase.seizure;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.wildcase.Requests;
import org.wildcase.WildcaseTest;

/** The pre-check over REST, against the demo register (the permit of api.md's example is KG-2026-0042). */
@WildcaseTest
class PermitCheckApiTest {

    static final String EXAMPLE = """
            {
              "seizedAt": "2026-11-20T09:30:00+06:00", "shippedOn": "2026-11-20",
              "location": "Manas International Airport, cargo terminal", "direction": "EXPORT", "transportMode": "AIR",
              "conveyance": "FZ 1234", "transportDocument": "AWB 176-12345675", "declaredGoods": "Live pigeons",
              "hsCode": "010639", "detectionMethod": "XRAY", "reasonForSeizure": "No CITES permit",
              "concealment": "Birds in sports bags", "route": {"origin": "KG", "transit": ["KZ"], "destination": "AE"},
              "purpose": "T", "source": "W", "estimatedValue": {"amount": 40000, "currency": "USD"},
              "shareWithIccwc": true,
              "parties": [{"role": "SUSPECT", "name": "A. Person", "nationality": "AE", "identityDocumentType": "PASSPORT",
                           "identityDocument": "P1234567", "dateOfBirth": "1990-01-01"}],
              "specimens": [{"description": "Live falcons", "scientificName": "Falco cherrug", "term": "LIV", "quantity": %s,
                             "unit": null, "live": true, "source": "W", "countryOfOrigin": "KG",
                             "estimatedValue": {"amount": 40000, "currency": "USD"}}],
              "documents": [{"type": "EXPORT_PERMIT", "number": "%s", "issuingCountry": "KG", "original": true,
                             "securityStamp": "KG123456", "issuedOn": "2026-10-01", "validFrom": null,
                             "validUntil": "2027-03-31", "purpose": "T", "exporter": "...", "importer": "...",
                             "originalPermitNumber": null, "endorsed": true, "coversSpecimens": [0]}],
              "riskIndicators": ["HIGH_RISK_ROUTE"], "notes": "free text"
            }""";

    @Autowired
    MockMvc mvc;

    @Test
    void the_api_example_against_its_registered_permit_has_no_finding() throws Exception {
        mvc.perform(Requests.post("officer.bishkek", "/api/permit-checks", EXAMPLE.formatted("4", "KG-2026-0042")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings.length()").value(0))
                .andExpect(jsonPath("$.speciesListVersion").isString());
    }

    @Test
    void one_falcon_more_than_the_permit_allows_is_a_violation() throws Exception {
        mvc.perform(Requests.post("expert", "/api/permit-checks", EXAMPLE.formatted("5", "KG-2026-0042")))
                .andExpect(jsonPath("$.findings[0].code").value("QUANTITY_EXCEEDS_PERMIT"))
                .andExpect(jsonPath("$.findings[0].severity").value("VIOLATION"))
                .andExpect(jsonPath("$.findings[0].specimenIndex").value(0))
                .andExpect(jsonPath("$.findings[0].documentIndex").value(0))
                .andExpect(jsonPath("$.findings[0].message").isString());
    }

    @Test
    void an_unregistered_home_permit_is_a_suspicion_and_a_cancelled_or_used_one_a_violation() throws Exception {
        mvc.perform(Requests.post("expert", "/api/permit-checks", EXAMPLE.formatted("4", "KG-2026-9999")))
                .andExpect(jsonPath("$.findings[*].code").value(hasItem("PERMIT_NOT_IN_REGISTER")))
                .andExpect(jsonPath("$.findings[?(@.code=='PERMIT_NOT_IN_REGISTER')].severity").value(
                        hasItem("SUSPICION")));
        mvc.perform(Requests.post("expert", "/api/permit-checks", EXAMPLE.formatted("1", "KG-2026-0019")))
                .andExpect(jsonPath("$.findings[*].code").value(hasItem("PERMIT_CANCELLED")));
        mvc.perform(Requests.post("expert", "/api/permit-checks", EXAMPLE.formatted("1", "KG-2026-0024")))
                .andExpect(jsonPath("$.findings[*].code").value(hasItem("PERMIT_ALREADY_USED")));
    }

    @Test
    void unknown_enum_values_malformed_dates_and_negative_quantities_name_their_field() throws Exception {
        mvc.perform(Requests.post("expert", "/api/permit-checks",
                EXAMPLE.formatted("4", "X").replace("\"AIR\"", "\"BALLOON\"")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("transportMode"));
        mvc.perform(Requests.post("expert", "/api/permit-checks",
                EXAMPLE.formatted("4", "X").replace("\"PASSPORT\"", "\"VISA\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parties[0].identityDocumentType"));
        mvc.perform(Requests.post("expert", "/api/permit-checks",
                EXAMPLE.formatted("4", "X").replace("\"2026-10-01\"", "\"01.10.2026\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("documents[0].issuedOn"));
        mvc.perform(Requests.post("expert", "/api/permit-checks",
                EXAMPLE.formatted("4", "X").replace("2026-11-20T09:30:00+06:00", "yesterday")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("seizedAt"));
        mvc.perform(Requests.post("expert", "/api/permit-checks", EXAMPLE.formatted("-4", "X")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("specimens[0].quantity"));
        mvc.perform(Requests.post("expert", "/api/permit-checks", EXAMPLE.formatted("\"four\"", "X")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("specimens[0].quantity"));
    }

    @Test
    void codes_countries_and_indexes_are_validated() throws Exception {
        String bad = EXAMPLE.formatted("4", "X").replace("\"LIV\"", "\"LIVE\"").replace("\"transit\": [\"KZ\"]",
                "\"transit\": [\"Kazakhstan\"]").replace("\"coversSpecimens\": [0]", "\"coversSpecimens\": [3]")
                .replace("\"nationality\": \"AE\"", "\"nationality\": \"UAE\"")
                .replace("\"currency\": \"USD\"}}],", "\"currency\": \"DOLLAR\"}}],");
        mvc.perform(Requests.post("expert", "/api/permit-checks", bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("specimens[0].term",
                        "route.transit[0]", "documents[0].coversSpecimens[0]", "parties[0].nationality",
                        "specimens[0].estimatedValue.currency")));
    }

    @Test
    void only_direction_seized_at_and_specimens_are_required() throws Exception {
        mvc.perform(Requests.post("expert", "/api/permit-checks", "{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("direction",
                        "seizedAt", "specimens")));
        mvc.perform(Requests.post("expert", "/api/permit-checks", """
                {"direction": "IMPORT", "seizedAt": "2026-11-01T10:00:00+06:00",
                 "specimens": [{"scientificName": "Panthera uncia", "quantity": 1}]}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[*].code").value(org.hamcrest.Matchers.hasItems(
                        "IMPORT_PERMIT_MISSING", "EXPORT_PERMIT_MISSING")));
    }

    @Test
    void a_seizure_dated_in_the_future_is_refused() throws Exception {
        mvc.perform(Requests.post("expert", "/api/permit-checks", """
                {"direction": "IMPORT", "seizedAt": "2099-11-01T10:00:00+06:00",
                 "specimens": [{"scientificName": "Panthera uncia", "quantity": 1}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("seizedAt"));
    }

    @Test
    void malformed_json_is_400_problem_not_500() throws Exception {
        mvc.perform(Requests.post("expert", "/api/permit-checks", "{\"direction\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(Requests.post("expert", "/api/permit-checks", "{\"specimens\": [null], \"documents\": [null],"
                + "\"direction\":\"EXPORT\",\"seizedAt\":\"2026-11-01T10:00:00+06:00\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("specimens[0]",
                        "documents[0]")));
    }
}
