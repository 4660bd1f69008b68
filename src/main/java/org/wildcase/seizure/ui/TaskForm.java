package org.wildcase.seizure.ui;

import org.wildcase.ui.FieldErrors;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.Component;

/**
 * The form of one task: its fields, and the body that {@code POST /api/tasks/{id}/complete} takes for the task's
 * key. The task's module validates the body when it is completed, and the errors come back next to the fields.
 */
public interface TaskForm {

    Component content();

    /** The completion body as api.md defines it, built from the fields as they are; never validated here. */
    JsonNode body();

    /** The fields bound by the JSON paths of the body. */
    FieldErrors errors();
}
