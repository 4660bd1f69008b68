package org.wildcase.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.wildcase.api.ConflictException;
import org.wildcase.api.NotFoundException;
import org.wildcase.api.TaskBody;
import org.wildcase.legal.LegalHandling;
import org.wildcase.security.CurrentUser;
import org.wildcase.security.WildcaseUser;

/**
 * The REST edge of task completion alone (no engine, no database, no Vaadin): the JSON body becomes the command
 * record the task asks for, a body of the wrong shape is a problem+json 400 naming the field before any service
 * work, and what the services refuse keeps the contract's status and shape. The services are stand-ins here; the
 * REST journeys drive the real ones.
 */
// The starting gate (operations) holds requests until start-up work is done, which a slice never does.
@WebMvcTest(controllers = TaskController.class, excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "org\\.wildcase\\.operations\\..*"))
class TaskControllerSliceTest {

    static final WildcaseUser LEGAL = new WildcaseUser("legal", Set.of("legal"), null);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CaseTasks tasks;

    @MockitoBean
    CurrentUser currentUser;

    /** The command the stand-in service bound the body to, as the task-command table would. */
    final AtomicReference<Object> bound = new AtomicReference<>();

    @BeforeEach
    void legalOfficer() {
        when(currentUser.require()).thenReturn(LEGAL);
        when(tasks.completeTask(eq("t-1"), any(), eq(LEGAL))).thenAnswer(call -> {
            bound.set(call.getArgument(1, TaskBody.class).as(LegalHandling.QualifyOffence.class, true));
            return new CaseTasks.Completed("QualifyOffence", "BIS-2026-00042");
        });
        when(tasks.show(any(), eq(LEGAL))).thenReturn(Map.of("caseNumber", "BIS-2026-00042"));
    }

    MockHttpServletRequestBuilder complete(String taskId, String json) {
        return post("/api/tasks/{id}/complete", taskId).with(user("legal").roles("legal")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json);
    }

    @Test
    void the_body_reaches_the_module_as_its_command_record() throws Exception {
        mvc.perform(complete("t-1", """
                {"qualification": "ADMINISTRATIVE", "legalBasis": "Code of Offences, art. 281"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseNumber").value("BIS-2026-00042"));
        assertThat(bound.get()).isInstanceOf(LegalHandling.QualifyOffence.class);
        LegalHandling.QualifyOffence command = (LegalHandling.QualifyOffence) bound.get();
        assertThat(command.qualification().name()).isEqualTo("ADMINISTRATIVE");
        assertThat(command.legalBasis()).isEqualTo("Code of Offences, art. 281");
    }

    @Test
    void a_value_of_the_wrong_kind_is_a_400_naming_the_field_and_nothing_is_completed() throws Exception {
        mvc.perform(complete("t-1", "{\"qualification\": \"SOMETHING_ELSE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value("qualification"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("one of")));
        assertThat(bound.get()).isNull();
        verify(tasks, never()).show(any(), any());
    }

    @Test
    void a_body_that_is_not_an_object_is_a_400() throws Exception {
        mvc.perform(complete("t-1", "[1, 2]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a JSON object"));
    }

    @Test
    void what_the_services_refuse_keeps_the_contract_shape() throws Exception {
        when(tasks.completeTask(eq("gone"), any(), eq(LEGAL))).thenThrow(new NotFoundException("No task gone"));
        when(tasks.completeTask(eq("held"), any(), eq(LEGAL)))
                .thenThrow(new ConflictException("The task is held by someone else"));
        mvc.perform(complete("gone", "{}"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(complete("held", "{}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("The task is held by someone else"));
    }
}
