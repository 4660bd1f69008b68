package org.wildcase.reconciliation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.wildcase.api.FieldError;
import org.wildcase.api.InvalidInputException;
import org.wildcase.reconciliation.Reconciliations.Decision;
import org.wildcase.reconciliation.Reconciliations.DecisionKind;
import org.wildcase.security.WildcaseUser;
import org.wildcase.seizure.OtherProcessTasks;
import org.wildcase.seizure.Registration;
import org.wildcase.workflow.ReconciliationWorkflow;
import org.wildcase.workflow.WorkflowTask;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * ReviewDiscrepancies through the task endpoints ({@code POST /api/tasks/{id}/complete} with api.md's body): the
 * same decisions as {@link Reconciliations#decide}, on the task named.
 */
@Component
class ReviewTasks implements OtherProcessTasks {

    private final Reconciliations reconciliations;

    ReviewTasks(Reconciliations reconciliations) {
        this.reconciliations = reconciliations;
    }

    /** api.md's body of the review task, as published; {@link #decisions} reads it field by field. */
    record Review(List<Decision> decisions) {
    }

    @Override
    public java.util.Map<String, Class<?>> bodies() {
        return java.util.Map.of(ReconciliationWorkflow.REVIEW_DISCREPANCIES, Review.class);
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of(ReconciliationWorkflow.REVIEW_DISCREPANCIES);
    }

    /** Permit officers see every run; the task's role check has been done, so there is nothing more to hide. */
    @Override
    public void authorize(WorkflowTask task, WildcaseUser user) {
        reconciliations.runOf(task);
    }

    @Override
    public String complete(WorkflowTask task, WildcaseUser user, JsonNode body) {
        RunStore.Run run = reconciliations.runOf(task);
        reconciliations.record(run, task, decisions(body), user);
        return run.number();
    }

    @Override
    public Object view(String reference, WildcaseUser user) {
        return reconciliations.run(reference, user);
    }

    /** api.md's body, every malformed field named at once. */
    static List<Decision> decisions(JsonNode body) {
        JsonNode list = body == null ? null : body.get("decisions");
        if (list == null || list.isNull()) {
            throw InvalidInputException.of("decisions", "at least one decision is required");
        }
        if (!list.isArray()) {
            throw InvalidInputException.of("decisions", "must be a list");
        }
        List<FieldError> errors = new ArrayList<>();
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode d = list.get(i);
            String at = "decisions[" + i + "].";
            if (d == null || !d.isObject()) {
                errors.add(new FieldError("decisions[" + i + "]", "must be an object"));
                continue;
            }
            decisions.add(new Decision(text(d, "discrepancyId"),
                    value(DecisionKind.class, d, "decision", at, errors), text(d, "reason"), text(d, "unit"),
                    value(Registration.TransportMode.class, d, "transportMode", at, errors)));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
        return decisions;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static <E extends Enum<E>> E value(Class<E> type, JsonNode node, String field, String at,
            List<FieldError> errors) {
        String text = text(node, field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(at + field, "'" + text + "' is not one of "
                    + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }
}
