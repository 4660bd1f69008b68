/**
 * Seizure cases: the registration a customs officer records (shipment, specimens, documents, parties, route).
 * For now it holds the registration format and its pre-check over REST; the case flow arrives with its issue.
 */
package org.wildcase.seizure;
