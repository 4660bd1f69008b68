/**
 * The forms of the custody tasks: where live specimens are kept, the expert's disposal decision per specimen line,
 * and customs' record of carrying it out with its hand-overs. The forms only build the completion body; the
 * custody module judges it.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.wildcase.custody.ui;
