/** The reports' views: the managers' reports page (the AITR download) and the case file's PDF link. */
package org.wildcase.reporting.ui;
