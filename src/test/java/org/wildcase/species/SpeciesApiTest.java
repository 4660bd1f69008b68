package org.wildcase.species;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.wildcase.Requests;
import org.wildcase.WildcaseTest;

@WildcaseTest
class SpeciesApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SpeciesCatalogue catalogue;

    @Test
    void the_shipped_list_is_loaded_on_first_start() {
        assertThat(catalogue.versions()).isNotEmpty();
        assertThat(catalogue.versions().get(catalogue.versions().size() - 1).sourceName())
                .contains("cites-species-central-asia.csv");
        assertThat(catalogue.current().resolve("Panthera uncia")).isPresent();
    }

    @Test
    void search_matches_scientific_and_common_names_in_every_language() throws Exception {
        mvc.perform(Requests.get("expert", "/api/species").param("q", "FALCO"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].scientificName").value(org.hamcrest.Matchers.hasItems("Falco cherrug",
                        "Falco peregrinus", "Falco rusticolus")));
        mvc.perform(Requests.get("officer.osh", "/api/species").param("q", "снежный"))
                .andExpect(jsonPath("$[0].scientificName").value("Panthera uncia"))
                .andExpect(jsonPath("$[0].appendix").value("I"))
                .andExpect(jsonPath("$[0].rank").value("SPECIES"))
                .andExpect(jsonPath("$[0].commonNames.en").value("Snow leopard"))
                .andExpect(jsonPath("$[0].commonNames.ky").value("Илбирс"));
        mvc.perform(Requests.get("officer.osh", "/api/species").param("q", "илбирс"))
                .andExpect(jsonPath("$[0].scientificName").value("Panthera uncia"));
        mvc.perform(Requests.get("officer.osh", "/api/species").param("q", "saker"))
                .andExpect(jsonPath("$[0].scientificName").value("Falco cherrug"));
        mvc.perform(Requests.get("officer.osh", "/api/species").param("q", "no such creature"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(Requests.get("officer.osh", "/api/species").param("q", "a"))
                .andExpect(jsonPath("$.length()").value(50));
    }

    @Test
    void a_bad_file_is_reported_by_line_and_changes_nothing() throws Exception {
        int versionsBefore = catalogue.versions().size();
        String active = catalogue.current().version();
        String bad = header() + """
                Panthera uncia,SPECIES,Felidae,I,,,,,,,Snow leopard,Снежный барс,Илбирс
                Falco cherrug,SPECIES,Falconidae,IV,,,,,,,Saker falcon,Балобан,
                Mustela altaica,SPECIES,Mustelidae,III,,,,,,,Mountain weasel,Солонгой,
                """;
        mvc.perform(Requests.as("admin", MockMvcRequestBuilders.post("/api/species/imports")
                .contentType("text/csv").content(bad.getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("line 3 appendix"))
                .andExpect(jsonPath("$.errors[1].field").value("line 4 listing_country"));
        assertThat(catalogue.versions()).hasSize(versionsBefore);
        assertThat(catalogue.current().version()).isEqualTo(active);
    }

    @Test
    void an_import_becomes_a_new_version_in_force_and_checks_name_it() throws Exception {
        byte[] updated = (new String(SpeciesCatalogue.readDefault(), StandardCharsets.UTF_8)
                + "Panthera onca,SPECIES,Felidae,I,,,,,,,Jaguar,Ягуар,\n").getBytes(StandardCharsets.UTF_8);
        String label = com.jayway.jsonpath.JsonPath.read(mvc.perform(Requests.as("admin",
                MockMvcRequestBuilders.multipart("/api/species/imports")
                        .file(new MockMultipartFile("file", "checklist-2026.csv", "text/csv", updated))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sourceName").value("checklist-2026.csv"))
                .andExpect(jsonPath("$.importedBy").value("admin"))
                .andExpect(jsonPath("$.active").value(true))
                .andReturn().getResponse().getContentAsString(), "$.label");

        mvc.perform(Requests.get("expert", "/api/species").param("q", "jaguar"))
                .andExpect(jsonPath("$[0].scientificName").value("Panthera onca"));
        mvc.perform(Requests.get("expert", "/api/species/versions"))
                .andExpect(jsonPath("$[0].label").value(label))
                .andExpect(jsonPath("$[0].active").value(true))
                .andExpect(jsonPath("$[1].active").value(false));
        mvc.perform(Requests.post("expert", "/api/permit-checks", """
                {"direction": "EXPORT", "seizedAt": "2026-11-01T10:00:00+06:00",
                 "specimens": [{"scientificName": "Panthera onca", "term": "SKI", "quantity": 1}]}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.speciesListVersion").value(label))
                .andExpect(jsonPath("$.findings[0].code").value("EXPORT_PERMIT_MISSING"));
    }

    private static String header() {
        return "scientific_name,rank,family,appendix,listing_country,populations_appendix_i,populations_appendix_ii,"
                + "zero_export_quota,zero_quota_exempt_populations,annotation,common_en,common_ru,common_ky\n";
    }
}
