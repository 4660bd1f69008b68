package org.wildcase.api;

import java.util.List;

/** Input that passed the JSON syntax but breaks a domain rule; answered with 400 and the field errors. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidInputException(String detail, List<FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(message, List.of(new FieldError(field, message)));
    }

    /** All the field errors of one request, the first one named in the detail. */
    public static InvalidInputException of(List<FieldError> errors) {
        return new InvalidInputException(errors.size() + " field(s) are invalid, first " + errors.get(0).field()
                + ": " + errors.get(0).message(), errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
