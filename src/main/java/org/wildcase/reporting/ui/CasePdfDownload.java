package org.wildcase.reporting.ui;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.wildcase.reporting.CaseFilePdf;
import org.wildcase.security.WildcaseUser;
import org.wildcase.seizure.CaseView;
import org.wildcase.seizure.ui.CaseFileDownload;

/** The case file as PDF, offered on the case file view to everyone who sees the case. */
@Component
class CasePdfDownload implements CaseFileDownload {

    private final CaseFilePdf pdf;

    CasePdfDownload(CaseFilePdf pdf) {
        this.pdf = pdf;
    }

    @Override
    public boolean appliesTo(CaseView caseFile, WildcaseUser user) {
        // Whoever sees the case file may take it along; the PDF is made with the same visibility check.
        return true;
    }

    @Override
    public String id() {
        return "case-download-pdf";
    }

    @Override
    public String labelKey() {
        return "reports.casePdf";
    }

    @Override
    public String fileName(CaseView caseFile) {
        return CaseFilePdf.fileName(caseFile.caseNumber());
    }

    @Override
    public String contentType() {
        return CaseFilePdf.MEDIA_TYPE;
    }

    @Override
    public byte[] content(String caseNumber, WildcaseUser user, Locale locale) {
        return pdf.render(caseNumber, user, locale);
    }
}
