package org.wildcase.workflow;

import java.time.LocalDate;
import java.util.Optional;

/** Where the payment timer finds the deadline the legal officer recorded (the legal module implements it). */
public interface PaymentDeadlines {

    Optional<LocalDate> paymentDue(long caseId);
}
