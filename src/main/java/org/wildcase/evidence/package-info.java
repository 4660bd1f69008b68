/**
 * Evidence of a case: photos of specimens and of the concealment, scans of the documents presented, X-ray images
 * and the documents the system generates, kept exactly as uploaded with their SHA-256, checked on every read, never
 * deleted (a wrong file is retracted with a reason). The bytes live behind one port with two adapters: the database
 * (default) and a content-addressed directory.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"api", "audit", "security", "seizure", "ui"})
package org.wildcase.evidence;
