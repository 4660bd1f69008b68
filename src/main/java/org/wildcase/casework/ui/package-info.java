/**
 * The casework views: my tasks and the task view (each form from the module that owns the task), the case file
 * with its diagram, the case list and the managers' overview.
 */
package org.wildcase.casework.ui;
