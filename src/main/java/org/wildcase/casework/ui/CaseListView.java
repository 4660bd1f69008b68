package org.wildcase.casework.ui;

import org.wildcase.security.CurrentUser;
import org.wildcase.security.Roles;
import org.wildcase.seizure.SeizureCases;
import org.wildcase.species.CitesSettings;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The cases the user may see: customs their unit's, experts and managers all, legal officers those in legal hands. */
@Menu(order = 30, title = "menu.cases")
@Route("cases")
@RolesAllowed({Roles.CUSTOMS_OFFICER, Roles.CITES_EXPERT, Roles.LEGAL_OFFICER, Roles.MANAGER})
class CaseListView extends VerticalLayout implements HasDynamicTitle {

    final CaseList list;

    CaseListView(SeizureCases cases, CurrentUser currentUser, CitesSettings settings) {
        setSizeFull();
        list = new CaseList(cases, currentUser.require(), settings.timeZone());
        add(new H2(getTranslation("cases.title")), list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.title") + " | Wildcase";
    }
}
