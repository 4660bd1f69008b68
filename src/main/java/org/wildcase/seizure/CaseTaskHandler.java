package org.wildcase.seizure;

import java.util.Map;
import java.util.Set;

import org.wildcase.security.WildcaseUser;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Completes one kind of user task for its module: validates the body (400, nothing stored), saves the module's data
 * and says what the flow needs next. The seizure module calls it and completes the engine task in the same
 * transaction.
 */
public interface CaseTaskHandler {

    Set<String> taskKeys();

    /** The body each of its task keys takes (api.md), for the published OpenAPI document. */
    default Map<String, Class<?>> bodies() {
        return Map.of();
    }

    Result complete(String taskKey, CaseRef caseRef, WildcaseUser user, JsonNode body);

    /**
     * What the completed task means for the case: gateway flags, the new stage (or null), a final status (or null),
     * the overdue marks it settles, and the history line.
     */
    record Result(Map<String, Object> flags, Stage stage, CaseStatus endStatus, Set<String> settledAlerts,
            String history) {

        public static Result of(String history) {
            return new Result(Map.of(), null, null, Set.of(), history);
        }

        public Result withFlag(String name, Object value) {
            Map<String, Object> f = new java.util.HashMap<>(flags);
            f.put(name, value);
            return new Result(f, stage, endStatus, settledAlerts, history);
        }

        public Result movingTo(Stage next) {
            return new Result(flags, next, endStatus, settledAlerts, history);
        }

        public Result ending(CaseStatus status) {
            return new Result(flags, Stage.DONE, status, settledAlerts, history);
        }

        public Result settling(String... alerts) {
            return new Result(flags, stage, endStatus, Set.of(alerts), history);
        }
    }
}
