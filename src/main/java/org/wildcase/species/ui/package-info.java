/** The admin's view of the species list: search, versions and import. */
package org.wildcase.species.ui;
