package org.wildcase.api;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads a JSON body whose type depends on the request (a task's taskKey), with the same 400s as typed bodies. */
public final class JsonBodies {

    private JsonBodies() {
    }

    public static <T> T read(ObjectMapper mapper, JsonNode body, Class<T> type) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            throw InvalidInputException.of("body", "is required (a JSON object)");
        }
        if (!body.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        try {
            return mapper.treeToValue(body, type);
        } catch (JsonProcessingException e) {
            FieldError error = JsonFaults.of(e).error();
            throw new InvalidInputException(error.field() + " " + error.message(), List.of(error));
        }
    }
}
