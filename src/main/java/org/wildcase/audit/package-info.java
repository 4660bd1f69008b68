/** Who did what, and when, to a case: an append-only history that is never updated or deleted. */
package org.wildcase.audit;
