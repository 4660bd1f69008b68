package org.wildcase.ui;

import java.util.Locale;

/** The name of a customs unit in the reader's language; the module that keeps agency names provides it. */
public interface UnitLabels {

    String label(String unitCode, Locale locale);
}
