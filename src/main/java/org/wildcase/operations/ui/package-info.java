/** The operator's views: the engine's incidents for admins. */
package org.wildcase.operations.ui;
