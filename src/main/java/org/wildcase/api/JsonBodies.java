package org.wildcase.api;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads a JSON body whose type depends on the request (a task's taskKey), with the same 400s as typed bodies. */
public final class JsonBodies {

    private JsonBodies() {
    }

    public static <T> T read(ObjectMapper mapper, JsonNode body, Class<T> type) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            throw InvalidInputException.of("body", "a JSON object is required");
        }
        try {
            return mapper.treeToValue(body, type);
        } catch (JsonMappingException e) {
            String field = ApiProblems.jsonPath(e);
            String message = "has the wrong format";
            throw new InvalidInputException(field + " " + message, List.of(new FieldError(field, message)));
        } catch (JsonProcessingException e) {
            throw InvalidInputException.of("body", "is not valid JSON");
        }
    }
}
