package org.wildcase.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import jakarta.validation.ConstraintViolationException;

/**
 * Turns every failure of an API call into problem+json. Bad input is always a 400 naming the field, never a 500.
 */
@RestControllerAdvice(basePackages = "org.wildcase")
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

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage(), null);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> stale(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "Conflict",
                "Someone else changed this record at the same time. Reload it and try again.", null);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> duplicate(DataIntegrityViolationException e) {
        log.debug("Integrity violation", e);
        return problem(HttpStatus.CONFLICT, "Conflict", "The record collides with one that already exists.", null);
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

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
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
        Throwable cause = e.getMostSpecificCause();
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping);
            String message = describe(mapping);
            return problem(HttpStatus.BAD_REQUEST, "Invalid input", field + ": " + message,
                    List.of(new FieldError(field, message)));
        }
        return problem(HttpStatus.BAD_REQUEST, "Unreadable request",
                "The request body is not valid JSON" + (cause != null ? ": " + shorten(cause.getMessage()) : "."),
                null);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        String message = "has the wrong format";
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", field + " " + message,
                List.of(new FieldError(field, message)));
    }

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

    /** Jackson's path as the API names fields: {@code specimens[0].unit}. */
    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            }
        }
        return path.toString();
    }

    private static String describe(JsonMappingException e) {
        if (e instanceof InvalidFormatException f) {
            Class<?> target = f.getTargetType();
            if (target != null && target.isEnum()) {
                return "'" + f.getValue() + "' is not one of " + java.util.Arrays.toString(target.getEnumConstants());
            }
            if (target != null && java.time.temporal.Temporal.class.isAssignableFrom(target)) {
                return "'" + f.getValue() + "' is not a valid " + (target == java.time.LocalDate.class
                        ? "date (YYYY-MM-DD)" : "timestamp (ISO 8601 with offset)");
            }
            return "'" + f.getValue() + "' has the wrong format";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "must be " + simpleType(m.getTargetType());
        }
        return "has the wrong format";
    }

    private static String simpleType(Class<?> type) {
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type == String.class) {
            return "text";
        }
        return "a " + type.getSimpleName();
    }

    private static String lastNode(String path) {
        int dot = path.indexOf('.');
        return dot >= 0 ? path.substring(dot + 1) : path;
    }

    private static String shorten(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        String first = nl >= 0 ? s.substring(0, nl) : s;
        return first.length() > 200 ? first.substring(0, 200) : first;
    }
}
