package org.wildcase.operations.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.wildcase.CaseApi;
import org.wildcase.Requests;
import org.wildcase.ui.ViewTest;
import org.wildcase.workflow.EngineIncidents;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;

/** A job that failed after its retries is an incident: admins see it, with its case, in the API and the view. */
class IncidentsViewTest extends ViewTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RuntimeService runtime;

    String incidentId;

    /** An incident as the engine records one when a job has no retries left (a custom type, so it can be resolved). */
    String caseWithIncident() throws Exception {
        String number = new CaseApi(mvc).open("officer.bishkek", false);
        String execution = runtime.createExecutionQuery().processInstanceBusinessKey(number)
                .activityId("IdentifySpecies").list().get(0).getId();
        Incident incident = runtime.createIncident("wildcaseTestIncident", execution, "timer-job",
                "Mail server not reachable: connection refused");
        incidentId = incident.getId();
        return number;
    }

    @AfterEach
    void resolve() {
        if (incidentId != null) {
            runtime.resolveIncident(incidentId);
        }
    }

    @Test
    void admins_list_incidents_with_their_case_and_others_may_not() throws Exception {
        String number = caseWithIncident();
        mvc.perform(Requests.get("admin", "/api/incidents")).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].reference").value(number))
                .andExpect(jsonPath("$.content[0].message").value("Mail server not reachable: connection refused"));
        mvc.perform(Requests.get("manager", "/api/incidents")).andExpect(status().isForbidden());
        mvc.perform(Requests.get(null, "/api/incidents")).andExpect(status().isUnauthorized());
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_incidents_view_shows_the_case_and_the_error() throws Exception {
        String number = caseWithIncident();
        login("admin");
        navigate(IncidentsView.class);
        Grid<EngineIncidents.EngineIncident> grid = _get(Grid.class, s -> s.withId("incidents-grid"));
        assertThat(GridKt._size(grid)).isPositive();
        EngineIncidents.EngineIncident first = GridKt._get(grid, 0);
        assertThat(first.reference()).isEqualTo(number);
        assertThat(first.message()).contains("connection refused");
    }
}
