/** The admin's view of the agency and unit names: rename them in three languages and add customs units. */
package org.wildcase.organisation.ui;
