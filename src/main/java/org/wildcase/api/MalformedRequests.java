package org.wildcase.api;

import java.io.IOException;
import java.util.Locale;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses what no API request may be, before anything else reads it: a path with {@code ..}, an encoded dot or
 * path parameters (Tomcat would normalise them away and serve another path than the one asked for), and a JSON body
 * larger than the API reads. Tomcat refuses encoded slashes and NULs itself (see {@link ContainerErrors}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class MalformedRequests extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !Problems.isApi(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (malformed(request.getRequestURI())) {
            Problems.write(response, 400, "The request's path is malformed: it holds '..', an encoded dot, a "
                    + "backslash or path parameters.");
            return;
        }
        if (json(request) && request.getContentLengthLong() > JsonRequests.MAX_BODY_BYTES) {
            Problems.write(response, 413, "The body is larger than " + JsonRequests.MAX_BODY_BYTES / 1024
                    + " KB, the most a JSON request of this API may be.");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean malformed(String rawPath) {
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")
                || lower.contains(";") || lower.contains("\\")) {
            return true;
        }
        for (String segment : rawPath.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean json(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        try {
            return MediaType.parseMediaType(type).isCompatibleWith(MediaType.APPLICATION_JSON);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
