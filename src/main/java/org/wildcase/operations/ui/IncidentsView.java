package org.wildcase.operations.ui;

import org.springframework.data.domain.PageRequest;
import org.wildcase.security.Roles;
import org.wildcase.species.CitesSettings;
import org.wildcase.ui.Formats;
import org.wildcase.workflow.EngineIncidents;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Admins see the engine's incidents: a timer or asynchronous step that failed after its retries, which case or
 * reconciliation run it stopped, at which step and with which error. Cockpit retries or resolves them.
 */
@Menu(order = 930, title = "menu.incidents")
@Route("admin/incidents")
@RolesAllowed(Roles.ADMIN)
class IncidentsView extends VerticalLayout implements HasDynamicTitle {

    IncidentsView(EngineIncidents engine, CitesSettings settings, org.wildcase.audit.AuditTrail audit) {
        setSizeFull();
        add(new H2(getTranslation("incidents.title")), new Paragraph(getTranslation("incidents.help")));
        Grid<EngineIncidents.EngineIncident> grid = new Grid<>();
        grid.addColumn(i -> Formats.dateTime(i.at(), settings.timeZone(), getLocale()))
                .setHeader(getTranslation("incidents.at")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(EngineIncidents.EngineIncident::reference).setHeader(getTranslation("incidents.reference"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(EngineIncidents.EngineIncident::activity).setHeader(getTranslation("incidents.activity"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(EngineIncidents.EngineIncident::message).setHeader(getTranslation("incidents.message"))
                .setFlexGrow(1);
        grid.setId("incidents-grid");
        grid.setEmptyStateText(getTranslation("incidents.empty"));
        grid.setItems(query -> engine.incidents(PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) engine.incidentCount());
        grid.setSizeFull();
        add(grid);

        // Evidence whose stored bytes no longer matched their hash when someone asked for them.
        add(new com.vaadin.flow.component.html.H3(getTranslation("incidents.evidence.title")),
                new Paragraph(getTranslation("incidents.evidence.help")));
        Grid<org.wildcase.audit.AuditTrail.Entry> refused = new Grid<>();
        refused.setId("incidents-evidence-grid");
        refused.addColumn(e -> Formats.dateTime(e.at(), settings.timeZone(), getLocale()))
                .setHeader(getTranslation("incidents.at")).setAutoWidth(true).setFlexGrow(0);
        refused.addColumn(org.wildcase.audit.AuditTrail.Entry::caseNumber)
                .setHeader(getTranslation("incidents.reference")).setAutoWidth(true).setFlexGrow(0);
        refused.addColumn(org.wildcase.audit.AuditTrail.Entry::who).setHeader(getTranslation("audit.who"))
                .setAutoWidth(true).setFlexGrow(0);
        refused.addColumn(org.wildcase.audit.AuditTrail.Entry::detail).setHeader(getTranslation("audit.detail"))
                .setFlexGrow(1);
        refused.setEmptyStateText(getTranslation("incidents.evidence.empty"));
        refused.setItems(query -> audit.ofAction("ATTACHMENT_READ_REFUSED", PageRequest.of(query.getPage(),
                query.getPageSize())).stream(), query -> (int) audit.ofAction("ATTACHMENT_READ_REFUSED",
                        PageRequest.of(0, 1)).getTotalElements());
        refused.setHeight("16em");
        add(refused);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("incidents.title") + " | Wildcase";
    }
}
