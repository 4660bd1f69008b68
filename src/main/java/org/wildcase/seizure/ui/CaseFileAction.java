package org.wildcase.seizure.ui;
/** An action a module offers on the case file (e.g. recording an investigation outcome), shown as a button. */
public interface CaseFileAction {
    /** Whether this user may take the action on this case now. */
    boolean appliesTo(org.wildcase.seizure.CaseView caseFile, org.wildcase.security.WildcaseUser user);
    /** The translation key of the button label. */
    String labelKey();
    /** Opens the action (e.g. a dialog); {@code done} reloads the case file after success. */
    void open(org.wildcase.seizure.CaseView caseFile, Runnable done);
}
