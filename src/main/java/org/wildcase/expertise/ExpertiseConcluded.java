package org.wildcase.expertise;

/** An expert concluded a round of expertise on a case (a question for the customs officer is a conclusion too). */
public record ExpertiseConcluded(String caseNumber, int round, Conclusion conclusion, String expert) {
}
