package org.wildcase.organisation.ui;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.wildcase.organisation.OrganisationNames;
import org.wildcase.ui.UnitLabels;

/** Gives the shell and the case views the units' names as the admin set them. */
@Component
class NamedUnits implements UnitLabels {

    private final OrganisationNames names;

    NamedUnits(OrganisationNames names) {
        this.names = names;
    }

    @Override
    public String label(String unitCode, Locale locale) {
        return names.name(unitCode, locale);
    }
}
