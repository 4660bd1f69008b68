package org.wildcase.seizure.ui;

import java.util.Locale;

import org.wildcase.seizure.CaseView;
import org.wildcase.security.WildcaseUser;

/**
 * A document a module offers for download from the case file (the case file as PDF), shown as a link, so that the
 * case file view needs no knowledge of the module that makes it.
 */
public interface CaseFileDownload {

    /** Whether this user may download it for this case now. */
    boolean appliesTo(CaseView caseFile, WildcaseUser user);

    /** The id of the link, for tests and browser journeys. */
    String id();

    /** The translation key of the link's label. */
    String labelKey();

    String fileName(CaseView caseFile);

    String contentType();

    /** The document, made when the link is followed, for the user who follows it. */
    byte[] content(String caseNumber, WildcaseUser user, Locale locale);
}
