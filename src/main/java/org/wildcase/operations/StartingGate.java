package org.wildcase.operations;

import java.io.IOException;
import java.util.Locale;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import org.wildcase.api.Problems;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Nothing is served before the application is ready: Tomcat listens while reference data and demo data are still
 * being loaded, and an early call would read an empty species list. Until Spring Boot declares readiness (after
 * every start-up listener has run), the API answers 503 with Retry-After and the UI a page that says it is starting
 * and reloads itself. The health endpoints stay open, so a load balancer sees OUT_OF_SERVICE.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class StartingGate extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "5";

    private final ApplicationAvailability availability;
    private final MessageSource messages;
    private volatile boolean ready;

    StartingGate(ApplicationAvailability availability, MessageSource messages) {
        this.availability = availability;
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return ready() || request.getRequestURI().startsWith("/actuator/");
    }

    /** Once ready, stays so for this filter: a later refusal (shutting down) is the server's, not the gate's. */
    private boolean ready() {
        if (!ready && availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            ready = true;
        }
        return ready;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        if (Problems.isApi(request.getRequestURI())) {
            Problems.write(response, 503, "Wildcase is starting and not ready yet; try again in a few seconds.");
            return;
        }
        Locale locale = request.getLocale();
        String title = HtmlUtils.htmlEscape(messages.getMessage("starting.title", null, "Wildcase is starting",
                locale));
        String text = HtmlUtils.htmlEscape(messages.getMessage("starting.text", null,
                "The page opens by itself in a few seconds.", locale));
        response.setStatus(503);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head>"
                + "<meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"" + RETRY_AFTER_SECONDS + "\">"
                + "<title>" + title + "</title></head><body><main><h1>" + title + "</h1><p>" + text
                + "</p></main></body></html>");
    }
}
