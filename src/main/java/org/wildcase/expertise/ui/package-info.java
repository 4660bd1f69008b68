/**
 * The forms of the expertise tasks: the expert identifies each specimen line, assesses each document and concludes;
 * the customs officer answers a request for more information. The forms only build the completion body; the
 * expertise module judges it.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.wildcase.expertise.ui;
