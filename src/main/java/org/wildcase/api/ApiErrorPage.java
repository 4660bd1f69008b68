package org.wildcase.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The error page for what failed outside Spring MVC's handlers (a filter's sendError, a request the firewall
 * refused): under /api a problem+json, whatever the caller accepts; elsewhere Spring Boot's usual error page.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ApiErrorPage extends BasicErrorController {

    ApiErrorPage(ErrorAttributes attributes, ServerProperties server, ObjectProvider<ErrorViewResolver> resolvers) {
        super(attributes, server.getError(), resolvers.orderedStream().toList());
    }

    @Override
    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        if (Problems.isApi(originalPath(request))) {
            try {
                Problems.write(response, getStatus(request).value(), detail(getStatus(request)));
            } catch (java.io.IOException gone) {
                // The client is gone.
            }
            return null;
        }
        return super.errorHtml(request, response);
    }

    @Override
    @RequestMapping
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        if (!Problems.isApi(originalPath(request))) {
            return super.error(request);
        }
        HttpStatus status = getStatus(request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", Problems.title(status.value()));
        problem.put("status", status.value());
        problem.put("detail", detail(status));
        return ResponseEntity.status(status).header(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE).body(problem);
    }

    private static String originalPath(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri == null ? null : uri.toString();
    }

    /** Fixed words per status: the exception's own message could name internals. */
    private static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request is malformed.";
            case NOT_FOUND -> "The API has no such path.";
            case METHOD_NOT_ALLOWED -> "This method is not allowed on this path.";
            case PAYLOAD_TOO_LARGE -> "The request is too large.";
            default -> status.getReasonPhrase() + ".";
        };
    }

}
