package org.wildcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

/** Takes cases through the flow over REST as the demo users: register, find a task, complete it. */
public final class CaseApi {

    private final MockMvc mvc;

    public CaseApi(MockMvc mvc) {
        this.mvc = mvc;
    }

    public static String registration(boolean live, String permitNumber) {
        return """
                {"seizedAt": "2026-11-20T09:30:00+06:00", "location": "Manas International Airport, cargo terminal",
                 "direction": "EXPORT", "transportMode": "AIR", "conveyance": "FZ 1234", "purpose": "T", "source": "W",
                 "route": {"origin": "KG", "transit": ["KZ"], "destination": "AE"},
                 "parties": [{"role": "SUSPECT", "name": "A. Person", "nationality": "AE"}],
                 "specimens": [{"description": "Falcons", "scientificName": "Falco cherrug", "term": "%s", "quantity": 4,
                                "live": %s},
                               {"description": "Skins", "scientificName": "Panthera uncia", "term": "SKI", "quantity": 1}],
                 "documents": [{"type": "EXPORT_PERMIT", "number": "%s", "issuingCountry": "KG", "original": true,
                                "coversSpecimens": [0]}],
                 "riskIndicators": ["HIGH_RISK_ROUTE"]}
                """.formatted(live ? "LIV" : "BOD", live, permitNumber);
    }

    /** Registers a case (permit number not in the register) and returns its number. */
    public String open(String user, boolean live) throws Exception {
        MockHttpServletResponse r = perform(Requests.post(user, "/api/cases",
                registration(live, "KG-J-UNREGISTERED"))).andExpect(status().isCreated()).andReturn().getResponse();
        return JsonPath.read(r.getContentAsString(), "$.caseNumber");
    }

    /** The one task of this key in the case that the user's list shows. */
    public String taskId(String user, String caseNumber, String taskKey) throws Exception {
        String json = perform(Requests.get(user, "/api/tasks").param("caseNumber", caseNumber)
                .param("taskKey", taskKey)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(json, "$.content[*].taskId");
        assertThat(ids).as(taskKey + " for " + user + " in " + caseNumber).hasSize(1);
        return ids.get(0);
    }

    public ResultActions complete(String user, String caseNumber, String taskKey, String body) throws Exception {
        return perform(Requests.post(user, "/api/tasks/{id}/complete", body, taskId(user, caseNumber, taskKey)));
    }

    public ResultActions get(String user, String caseNumber) throws Exception {
        return perform(Requests.get(user, "/api/cases/{n}", caseNumber));
    }

    /**
     * Performs a request as another person would, outside any Vaadin session of this thread: a browserless view
     * test keeps one current, and Vaadin's security context strategy would read the signed-in user from it.
     */
    private ResultActions perform(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        java.util.Map<Class<?>, com.vaadin.flow.internal.CurrentInstance> vaadin =
                com.vaadin.flow.internal.CurrentInstance.getInstances();
        com.vaadin.flow.internal.CurrentInstance.clearAll();
        try {
            return mvc.perform(request);
        } finally {
            com.vaadin.flow.internal.CurrentInstance.restoreInstances(vaadin);
        }
    }
}
