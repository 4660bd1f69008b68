package org.wildcase.ui;

import com.vaadin.flow.component.Component;

/**
 * The form of one task: its fields, and the command record its task key takes (the same record the REST body is
 * bound to). The task's module judges the command when the task is completed, and the errors come back next to the
 * fields.
 */
public interface TaskForm {

    Component content();

    /** The command as the fields are now; never validated here, empty fields are null. */
    Object command();

    /** The fields bound by the property paths of the command (the JSON paths of the body). */
    FieldErrors errors();
}
