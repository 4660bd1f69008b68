package org.wildcase.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The body of a task's completion, read as the command record its task key asks for once that key is known (after
 * the caller may work on the task). JSON stays at the edge: from a request it is bound here, with the API's 400s;
 * a form hands over the record it built.
 */
@FunctionalInterface
public interface TaskBody {

    /** The body as this type; {@code required} false lets it be absent (null). */
    <C> C as(Class<C> type, boolean required);

    /** A JSON body from a request. */
    static TaskBody json(ObjectMapper mapper, JsonNode body) {
        return new TaskBody() {
            @Override
            public <C> C as(Class<C> type, boolean required) {
                if (!required && (body == null || body.isNull() || body.isMissingNode())) {
                    return null;
                }
                return JsonBodies.read(mapper, body, type);
            }
        };
    }

    /** A JSON text (demo data, written as the API takes it). */
    static TaskBody json(ObjectMapper mapper, String body) {
        return new TaskBody() {
            @Override
            public <C> C as(Class<C> type, boolean required) {
                try {
                    return mapper.readValue(body, type);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalArgumentException("Not a " + type.getSimpleName() + ": " + body, e);
                }
            }
        };
    }

    /** A command a form built; a command of another task's type is a programming error. */
    static TaskBody of(Object command) {
        return new TaskBody() {
            @Override
            public <C> C as(Class<C> type, boolean required) {
                if (command == null && required) {
                    throw InvalidInputException.of("body", FieldRules.REQUIRED);
                }
                return type.cast(command);
            }
        };
    }
}
