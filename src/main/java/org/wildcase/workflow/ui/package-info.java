/** The admin's view of the holiday calendar that working-day deadlines follow. */
package org.wildcase.workflow.ui;
