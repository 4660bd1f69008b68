package org.wildcase.species.ui;

import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.wildcase.security.CurrentUser;
import org.wildcase.security.Roles;
import org.wildcase.species.SpeciesCatalogue;
import org.wildcase.species.SpeciesImportException;
import org.wildcase.species.Taxon;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;

/** Admins search the species list in force, see its versions, and import a new one from CSV. */
@Menu(order = 900, title = "menu.species")
@Route("admin/species")
@RolesAllowed(Roles.ADMIN)
class SpeciesListView extends VerticalLayout implements HasDynamicTitle {

    private final SpeciesCatalogue catalogue;
    private final Grid<Taxon> taxa = new Grid<>(Taxon.class, false);
    private final Grid<SpeciesCatalogue.VersionInfo> versions = new Grid<>(SpeciesCatalogue.VersionInfo.class, false);
    private final TextField search = new TextField();
    private final UnorderedList importErrors = new UnorderedList();

    SpeciesListView(SpeciesCatalogue catalogue, CurrentUser currentUser) {
        this.catalogue = catalogue;
        setSizeFull();
        add(new H2(getTranslation("species.title")));

        search.setPlaceholder(getTranslation("species.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24em");
        search.setId("species-search");
        search.addValueChangeListener(e -> refreshTaxa());

        taxa.addColumn(Taxon::scientificName).setHeader(getTranslation("species.scientificName")).setAutoWidth(true);
        taxa.addColumn(Taxon::rank).setHeader(getTranslation("species.rank")).setAutoWidth(true);
        taxa.addColumn(Taxon::appendix).setHeader(getTranslation("species.appendix")).setAutoWidth(true);
        taxa.addColumn(Taxon::commonEn).setHeader(getTranslation("species.commonEn"));
        taxa.addColumn(Taxon::commonRu).setHeader(getTranslation("species.commonRu"));
        taxa.addColumn(Taxon::commonKy).setHeader(getTranslation("species.commonKy"));
        taxa.addColumn(Taxon::annotation).setHeader(getTranslation("species.annotation")).setFlexGrow(2);
        taxa.setEmptyStateText(getTranslation("species.empty"));
        taxa.setId("species-grid");
        taxa.setHeight("22em");
        add(search, taxa);

        add(new H3(getTranslation("species.import")), new Paragraph(getTranslation("species.import.help")));
        Anchor template = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(
                new ByteArrayInputStream(SpeciesCatalogue.readDefault()), "cites-species-template.csv", "text/csv",
                -1)), getTranslation("species.template"));
        add(template);
        String who = currentUser.name();
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            importFile(meta.fileName(), bytes, who);
            upload.clearFileList();
        }))));
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFiles(1);
        upload.setId("species-upload");
        org.wildcase.ui.Uploads.translated(upload);
        importErrors.setId("species-import-errors");
        add(upload, importErrors);

        versions.addColumn(SpeciesCatalogue.VersionInfo::label).setHeader(getTranslation("species.version"));
        versions.addColumn(SpeciesCatalogue.VersionInfo::sourceName).setHeader(getTranslation("species.source"))
                .setFlexGrow(2);
        versions.addColumn(v -> v.importedAt().format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)))
                .setHeader(getTranslation("species.importedAt"));
        versions.addColumn(SpeciesCatalogue.VersionInfo::importedBy).setHeader(getTranslation("species.importedBy"));
        versions.addColumn(SpeciesCatalogue.VersionInfo::taxonCount).setHeader(getTranslation("species.count"));
        versions.addColumn(v -> v.active() ? getTranslation("species.active") : "")
                .setHeader(getTranslation("species.status"));
        versions.setAllRowsVisible(true);
        versions.setId("species-versions");
        add(new H3(getTranslation("species.versions")), versions);

        refreshTaxa();
        refreshVersions();
    }

    /** Imports a file; a bad file is reported line by line and changes nothing. */
    void importFile(String fileName, byte[] content, String who) {
        importErrors.removeAll();
        try {
            SpeciesCatalogue.VersionInfo v = catalogue.importList(fileName, content, who);
            Notification.show(getTranslation("species.imported", v.label(), v.taxonCount()), 5000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refreshTaxa();
            refreshVersions();
        } catch (SpeciesImportException e) {
            Notification.show(getTranslation("species.rejected", e.errors().size()), 5000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
            e.errors().forEach(err -> importErrors.add(new ListItem(getTranslation("species.lineError", err.line(),
                    err.column() == null ? "" : err.column(), err.message()))));
        }
    }

    private void refreshTaxa() {
        taxa.setItems(catalogue.search(search.getValue()));
    }

    private void refreshVersions() {
        versions.setItems(catalogue.versions());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("species.title") + " | Wildcase";
    }
}
