/**
 * Reports made from the cases: the CITES Annual Illegal Trade Report of a year (XLSX), the case file as PDF for a
 * prosecutor, and the managers' statistics (kept by the statistics feature). Reporting listens and reads, it is never
 * called: it reads the other modules through their public read APIs ({@code SeizureRecords}, {@code LegalRecords},
 * {@code DisposalRecords}, {@code ExpertiseRecords}, the case file) and a read model of its own is fine, but no domain
 * module depends on it. Its views live in {@code reporting.ui}; the case file view offers the PDF through the
 * seizure UI's download port.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "api", "audit", "check", "custody", "expertise", "legal", "organisation", "permit", "security", "seizure",
        "species", "ui", "workflow"})
package org.wildcase.reporting;
