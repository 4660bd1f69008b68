package org.wildcase.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityState;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Before readiness the API is a 503 problem with Retry-After, the UI a page that says it is starting. */
class StartingGateTest {

    /** Readiness as a test sets it. */
    static final class Availability implements ApplicationAvailability {
        ReadinessState readiness = ReadinessState.REFUSING_TRAFFIC;

        @Override
        public <S extends AvailabilityState> S getState(Class<S> type, S defaultState) {
            return getState(type);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <S extends AvailabilityState> S getState(Class<S> type) {
            return (S) (type == ReadinessState.class ? readiness : LivenessState.CORRECT);
        }

        @Override
        public <S extends AvailabilityState> org.springframework.boot.availability.AvailabilityChangeEvent<S>
                getLastChangeEvent(Class<S> type) {
            return null;
        }
    }

    final Availability availability = new Availability();
    final StartingGate gate = new StartingGate(availability, messages());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("vaadin-i18n/translations");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    MockHttpServletResponse call(String path, Locale locale) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.addPreferredLocale(locale);
        MockHttpServletResponse response = new MockHttpServletResponse();
        gate.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void an_api_call_before_readiness_is_a_503_problem_with_retry_after() throws Exception {
        MockHttpServletResponse r = call("/api/species", Locale.ENGLISH);
        assertThat(r.getStatus()).isEqualTo(503);
        assertThat(r.getContentType()).startsWith("application/problem+json");
        assertThat(r.getHeader("Retry-After")).isEqualTo("5");
        assertThat(r.getContentAsString()).contains("\"status\":503", "\"title\"", "\"detail\"");
    }

    @Test
    void a_page_before_readiness_says_in_the_users_language_that_wildcase_is_starting() throws Exception {
        MockHttpServletResponse r = call("/tasks", Locale.forLanguageTag("ru"));
        assertThat(r.getStatus()).isEqualTo(503);
        assertThat(r.getContentType()).startsWith("text/html");
        assertThat(r.getContentAsString()).contains("Wildcase запускается", "http-equiv=\"refresh\"", "lang=\"ru\"");
        assertThat(call("/", Locale.forLanguageTag("ky")).getContentAsString()).contains("Wildcase ишке кирүүдө");
    }

    @Test
    void health_answers_before_readiness_and_everything_passes_once_ready() throws Exception {
        assertThat(call("/actuator/health/readiness", Locale.ENGLISH).getStatus()).isEqualTo(200);
        availability.readiness = ReadinessState.ACCEPTING_TRAFFIC;
        assertThat(call("/api/species", Locale.ENGLISH).getStatus()).isEqualTo(200);
        assertThat(call("/tasks", Locale.ENGLISH).getStatus()).isEqualTo(200);
    }
}
