/** The evidence of a case on screen: the gallery with who added what and its hash, and adding files to it. */
@org.springframework.modulith.NamedInterface("ui")
package org.wildcase.evidence.ui;
