package org.wildcase.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;


import jakarta.validation.ConstraintViolationException;

/**
 * Turns every failure of an API call into problem+json. Bad input is always a 400 naming the field in the caller's
 * terms, never a 500, and no reply names a Java class, a method, SQL or a stack frame. It applies to every handler,
 * and to requests that found none (an unknown path, a wrong method), which have no controller to be advised.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalid(InvalidInputException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage(), e.errors());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), null);
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> typed(ProblemException e) {
        ResponseEntity<Object> reply = problem(e.status(), e.status().getReasonPhrase(), e.getMessage(), null);
        ProblemDetail body = (ProblemDetail) reply.getBody();
        if (e.type() != null) {
            body.setType(URI.create(ProblemException.TYPE_BASE + e.type()));
        }
        e.members().forEach(body::setProperty);
        return reply;
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage(), null);
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, ConcurrencyFailureException.class,
            jakarta.persistence.OptimisticLockException.class, jakarta.persistence.PessimisticLockException.class,
            jakarta.persistence.LockTimeoutException.class})
    ResponseEntity<Object> stale(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "Conflict",
                "Someone else changed this record at the same time. Reload it and try again.", null);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> duplicate(DataIntegrityViolationException e) {
        return integrity(e);
    }

    /**
     * What the database refused. A value too long or out of range (SQL state class 22) means a bound the request's
     * validation missed: the caller's input, so a 400. A broken constraint (class 23) collides with stored data.
     */
    private static ResponseEntity<Object> integrity(Throwable e) {
        String state = sqlState(e);
        if (state != null && state.startsWith("22")) {
            log.warn("A value passed validation but not the database: {}", state, e);
            return problem(HttpStatus.BAD_REQUEST, "Invalid input",
                    "A value is too long or out of range for what Wildcase stores.", null);
        }
        log.debug("Integrity violation", e);
        return problem(HttpStatus.CONFLICT, "Conflict", "The record collides with one that already exists.", null);
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", "Your role may not do this.", null);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraint(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", "Some fields are invalid.", errors);
    }

    /** A JSON body sent to an upload: the endpoint takes multipart/form-data. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> notMultipart(MultipartException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                "This endpoint takes multipart/form-data with a file part.", null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (lockConflict(e)) {
            // Two requests changed the same rows at once and the database chose one (a deadlock or lock timeout).
            log.info("Concurrent change refused: {}", e.toString());
            return problem(HttpStatus.CONFLICT, "Conflict",
                    "Someone else changed this record at the same time. Reload it and try again.", null);
        }
        DataIntegrityViolationException integrity = JsonFaults.find(e, DataIntegrityViolationException.class);
        if (integrity != null) {
            // Wrapped by the engine, whose transaction the module's write was part of.
            return integrity(integrity);
        }
        log.error("Unexpected failure of an API call", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "The request could not be completed. It has been logged.", null);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors()
                .forEach(f -> errors.add(new FieldError(f.getField(), f.getDefaultMessage())));
        e.getBindingResult().getGlobalErrors()
                .forEach(g -> errors.add(new FieldError(g.getObjectName(), g.getDefaultMessage())));
        errors.sort(Comparator.comparing(FieldError::field));
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", "Some fields are invalid.", errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> new FieldError(
                        r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", "Some parameters are invalid.", errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getCause() == null) {
            // Spring's own words name the controller method; the caller only needs to know a body is missing.
            FieldError missing = new FieldError("body", "is required (a JSON object)");
            return problem(HttpStatus.BAD_REQUEST, "Invalid input", "body " + missing.message(), List.of(missing));
        }
        JsonFaults.Fault fault = JsonFaults.of(e.getCause());
        FieldError error = fault.error();
        return problem(fault.tooLarge() ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST,
                fault.tooLarge() ? "Payload too large" : "Invalid input", error.field() + " " + error.message(),
                List.of(error));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        String message = "must be " + JsonFaults.kind(e.getRequiredType());
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", field + " " + message,
                List.of(new FieldError(field, message)));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return noSuchPath(e.getHttpMethod().name(), "/" + e.getResourcePath());
    }

    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return noSuchPath(e.getHttpMethod(), e.getRequestURL());
    }

    private static ResponseEntity<Object> noSuchPath(String method, String path) {
        return problem(HttpStatus.NOT_FOUND, "Not found", "The API has no " + method + " " + path + ".", null);
    }

    /** A deadlock, a lock wait that timed out, or a serialization failure: the database's "try again". */
    static boolean lockConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConcurrencyFailureException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && LOCK_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** 40001 serialization failure or H2's deadlock, 40P01 PostgreSQL's deadlock, 55P03 lock not available,
     * HYT00 H2's lock timeout. */
    private static final java.util.Set<String> LOCK_STATES = java.util.Set.of("40001", "40P01", "55P03", "HYT00");

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        // Spring's own MVC errors (405, 415, ...) carry a ProblemDetail already; keep the media type right.
        HttpHeaders h = new HttpHeaders();
        h.putAll(headers);
        h.set(HttpHeaders.CONTENT_TYPE, "application/problem+json");
        return new ResponseEntity<>(body, h, status);
    }

    static ResponseEntity<Object> problem(HttpStatus status, String title, String detail, List<FieldError> errors) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        body.setType(URI.create("about:blank"));
        if (errors != null && !errors.isEmpty()) {
            body.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).header(HttpHeaders.CONTENT_TYPE, "application/problem+json").body(body);
    }

    private static String lastNode(String path) {
        int dot = path.indexOf('.');
        return dot >= 0 ? path.substring(dot + 1) : path;
    }
}
