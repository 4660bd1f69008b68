/**
 * The UI shell: the main layout with its menu and header, and the start page. Each domain module keeps its own
 * views in its package; the menu shows only the views the user's roles allow.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"api", "security"})
package org.wildcase.ui;
