/**
 * The customs officer's registration of a seizure (the form and its page) and the form of the seizure module's own
 * task, releasing a consignment. Casework shows the form in its task view.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.wildcase.seizure.ui;
