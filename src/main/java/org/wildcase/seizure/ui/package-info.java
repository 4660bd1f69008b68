/** The case views: my tasks and task forms, the case file with its diagram, the case list and the managers' overview. */
package org.wildcase.seizure.ui;
