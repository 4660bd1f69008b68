/** The admin's view of the species list: search, versions and import. */
@org.springframework.modulith.NamedInterface("ui")
package org.wildcase.species.ui;
