package org.wildcase.api;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A refusal with a problem type of its own ({@code https://wildcase.org/problems/<type>}) and extra members, for
 * the replies api.md names by type (an altered file: {@code evidence-altered}) or by what they point at.
 */
public class ProblemException extends RuntimeException {

    public static final String TYPE_BASE = "https://wildcase.org/problems/";

    private final HttpStatus status;
    private final String type;
    private final transient Map<String, Object> members;

    public ProblemException(HttpStatus status, String type, String detail, Map<String, Object> members) {
        super(detail);
        this.status = status;
        this.type = type;
        this.members = members == null ? Map.of() : Map.copyOf(members);
    }

    public HttpStatus status() {
        return status;
    }

    /** The last part of the problem type, or null for {@code about:blank}. */
    public String type() {
        return type;
    }

    public Map<String, Object> members() {
        return members;
    }
}
