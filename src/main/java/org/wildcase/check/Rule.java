package org.wildcase.check;

/** One CITES rule. Each is a small class named after the rule, so that a legal expert can read them one by one. */
interface Rule {

    void check(ShipmentContext shipment, Findings findings);
}
