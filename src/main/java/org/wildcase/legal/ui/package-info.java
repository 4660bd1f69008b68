/**
 * The legal officer's screens: the forms of the legal tasks (qualification, penalty, payment, referral), which only
 * build the bodies the API takes and leave every judgement to {@link org.wildcase.legal.LegalHandling}, and the
 * dialog that records an investigation outcome, offered on the case file while the case waits for one.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.wildcase.legal.ui;
