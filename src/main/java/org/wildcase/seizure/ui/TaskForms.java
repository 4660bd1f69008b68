package org.wildcase.seizure.ui;

import java.util.Set;

import org.wildcase.seizure.CaseView;

/**
 * A module's task forms. The module that completes a task also draws its form, so the seizure module shows every
 * task without depending on the modules that own them.
 */
public interface TaskForms {

    Set<String> taskKeys();

    /** A fresh form for a task of this case; {@code caseFile} gives the specimens, documents and earlier steps. */
    TaskForm create(String taskKey, CaseView caseFile);
}
