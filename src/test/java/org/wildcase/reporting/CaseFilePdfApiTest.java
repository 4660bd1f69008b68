package org.wildcase.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.wildcase.CaseApi;
import org.wildcase.Requests;
import org.wildcase.WildcaseTest;

import com.jayway.jsonpath.JsonPath;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** The case file as PDF over REST, read back with OpenPDF's text extractor. */
@WildcaseTest
class CaseFilePdfApiTest {

    static String caseNumber;

    @Autowired
    MockMvc mvc;

    CaseApi api;

    @BeforeEach
    void aCaseThroughExpertiseLegalAndDisposal() throws Exception {
        api = new CaseApi(mvc);
        if (caseNumber != null) {
            return;
        }
        MockHttpServletResponse r = mvc.perform(Requests.post("officer.bishkek", "/api/cases", """
                {"seizedAt": "2026-11-20T09:30:00+06:00", "location": "Торугарт, пост таможни",
                 "direction": "EXPORT", "transportMode": "ROAD", "purpose": "T", "source": "W",
                 "detectionMethod": "DOG", "concealment": "Под сиденьем водителя",
                 "route": {"origin": "KG", "transit": ["KZ"], "destination": "CN"},
                 "parties": [{"role": "SUSPECT", "name": "Асанов Бакыт Жумабекович", "nationality": "KG",
                              "identityDocumentType": "PASSPORT", "identityDocument": "AC1234567"}],
                 "specimens": [{"description": "Рога архара", "scientificName": "Ovis ammon", "term": "HOR",
                                "quantity": 2}],
                 "documents": [{"type": "EXPORT_PERMIT", "number": "KG-PDF-UNREGISTERED", "issuingCountry": "KG",
                                "original": true}],
                 "notes": "Водитель отказался от объяснений"}""")).andExpect(status().isCreated())
                .andReturn().getResponse();
        String n = JsonPath.read(r.getContentAsString(), "$.caseNumber");
        api.complete("expert", n, "IdentifySpecies", """
                {"identifications": [{"specimenIndex": 0, "scientificName": "Ovis ammon", "quantity": 2}],
                 "documentAssessments": [{"documentIndex": 0, "verdict": "SUSPECTED_FAKE",
                                          "reasons": ["SECURITY_STAMP_MISMATCH"]}],
                 "conclusion": "VIOLATION", "opinion": "Рога архара, разрешение поддельное"}""")
                .andExpect(status().isOk());
        api.complete("lawyer", n, "QualifyOffence", """
                {"qualification": "CRIMINAL", "legalBasis": "Criminal Code, Art. 297"}""").andExpect(status().isOk());
        api.complete("lawyer", n, "ReferToInvestigation", """
                {"agency": "State Committee for National Security", "referredOn": "2026-11-24", "reference": "R-9"}""")
                .andExpect(status().isOk());
        mvc.perform(Requests.post("integration", "/api/cases/{n}/investigation-outcome", """
                {"outcome": "CONVICTED", "reference": "GKNB-2026-15", "decidedAt": "2026-11-26", "note": "Fine"}""",
                n)).andExpect(status().isOk());
        api.complete("expert", n, "DecideDisposal", """
                {"disposals": [{"specimenIndex": 0, "method": "EVIDENCE_STORAGE", "destination": "Court store"}]}""")
                .andExpect(status().isOk());
        api.complete("officer.bishkek", n, "RecordDisposal", """
                {"completedOn": "2026-11-26", "note": "Handed over",
                 "custody": [{"specimenIndex": 0, "quantity": 2, "from": "Customs BIS", "to": "Court store",
                              "handedOverBy": "Officer A", "receivedBy": "Clerk B",
                              "at": "2026-11-26T10:00:00+06:00"}]}""")
                .andExpect(jsonPath("$.status").value("CLOSED"));
        caseNumber = n;
    }

    String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    /** With {@code -Dreports.samples=true}, keeps a document in target/ to look at. */
    static void keepSample(String name, byte[] bytes) throws java.io.IOException {
        if (Boolean.getBoolean("reports.samples")) {
            java.nio.file.Files.write(java.nio.file.Path.of("target", name), bytes);
        }
    }

    byte[] download(String user, String language) throws Exception {
        var request = Requests.get(user, "/api/cases/{n}/file.pdf", caseNumber);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"" + caseNumber + ".pdf\""))
                .andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void the_case_file_pdf_holds_every_part_of_the_case_with_cyrillic_names() throws Exception {
        byte[] pdf = download("lawyer", null);
        keepSample("case-file.pdf", pdf);
        String text = text(pdf);
        assertThat(text).contains("Case " + caseNumber, "Closed");
        assertThat(text).contains("Registration", "Specimens", "Documents", "Parties", "CITES pre-check findings",
                "Expertise", "Legal proceeding", "Disposal decisions", "Chain of custody", "Timeline");
        assertThat(text).contains("PERMIT_NOT_IN_REGISTER");
        assertThat(text).contains("Асанов Бакыт Жумабекович", "Рога архара", "Торугарт");
        assertThat(text).contains("State Committee for National Security", "Criminal Code, Art. 297");
        assertThat(text).contains("Court store", "Clerk B");
        assertThat(text).contains("Case registered with 1 specimen line(s)");
    }

    @Test
    void the_pdf_is_in_the_readers_language_where_translated() throws Exception {
        String text = text(download("manager", "ru-RU,ru;q=0.9"));
        assertThat(text).contains("Асанов Бакыт Жумабекович", caseNumber);
        assertThat(text).doesNotContain("Timeline", "Chain of custody");
    }

    @Test
    void only_those_who_see_the_case_get_its_pdf() throws Exception {
        download("officer.bishkek", null);
        download("expert", null);
        mvc.perform(Requests.get("officer.osh", "/api/cases/{n}/file.pdf", caseNumber))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(Requests.get("permits", "/api/cases/{n}/file.pdf", caseNumber)).andExpect(status().isNotFound());
        // The integration client reads nothing, as for the case file itself.
        mvc.perform(Requests.get("integration", "/api/cases/{n}/file.pdf", caseNumber))
                .andExpect(status().isForbidden());
        mvc.perform(Requests.get("manager", "/api/cases/{n}/file.pdf", "BIS-1999-99999"))
                .andExpect(status().isNotFound());
        mvc.perform(Requests.get(null, "/api/cases/{n}/file.pdf", caseNumber)).andExpect(status().isUnauthorized());
    }
}
