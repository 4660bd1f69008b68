/**
 * Custody and disposal of seized specimens (Art. VIII.4, Res. Conf. 17.8): placement of live specimens, the
 * expert's disposal decision per specimen line, and the hand-overs customs records when carrying it out.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"api", "audit", "security", "seizure", "species", "ui"})
package org.wildcase.custody;
