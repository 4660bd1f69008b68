package org.wildcase.reconciliation.ui;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.wildcase.api.FieldError;
import org.wildcase.api.InvalidInputException;
import org.wildcase.reconciliation.ExportRecordFile;
import org.wildcase.reconciliation.Reconciliations;
import org.wildcase.reconciliation.Reconciliations.RunSummary;
import org.wildcase.security.CurrentUser;
import org.wildcase.security.Roles;
import org.wildcase.security.WildcaseUser;
import org.wildcase.species.CitesSettings;
import org.wildcase.ui.Formats;
import org.wildcase.ui.UnitLabels;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;

/**
 * Reconciliation runs: an import panel for the people who import (customs and permit officers), and every run the
 * user may see, newest first, loaded page by page. A file with a bad row imports nothing; its rows' errors are listed
 * next to the upload.
 */
@Menu(order = 60, title = "recon.menu")
@Route("reconciliations")
@RolesAllowed({Roles.CUSTOMS_OFFICER, Roles.PERMIT_OFFICER, Roles.MANAGER})
class RunsView extends VerticalLayout implements HasDynamicTitle {

    /** Large enough for a month of a busy customs service's export lines. */
    static final int MAX_FILE_BYTES = 200 * 1024 * 1024;
    /** Row errors listed in full before "and N more". */
    static final int SHOWN_ERRORS = 10;

    /** An uploaded file waiting for Import. */
    record Uploaded(String fileName, File file) {
    }

    private final transient Reconciliations reconciliations;
    private final transient ExportRecordFile files;
    private final transient UnitLabels units;
    private final WildcaseUser user;
    private final ZoneId zone;
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    /** The import panel's parts; null for a user who may not import. */
    final Upload upload;
    final Button importButton;
    final Div importErrors = new Div();
    final Grid<RunSummary> grid = new Grid<>();
    private Uploaded uploaded;

    RunsView(Reconciliations reconciliations, ExportRecordFile files, CurrentUser currentUser,
            CitesSettings settings, Clock clock, UnitLabels units) {
        this.reconciliations = reconciliations;
        this.files = files;
        this.units = units;
        this.user = currentUser.require();
        this.zone = settings.timeZone();
        setSizeFull();
        add(new H2(getTranslation("recon.title")), new Paragraph(getTranslation("recon.intro")));
        if (user.has(Roles.CUSTOMS_OFFICER) || user.has(Roles.PERMIT_OFFICER)) {
            upload = new Upload(UploadHandler.toTempFile((metadata, file) -> received(metadata.fileName(), file)));
            importButton = new Button(getTranslation("recon.import.button"), e -> importUploaded());
            add(importPanel(settings.today(clock)));
        } else {
            upload = null;
            importButton = null;
        }
        add(new H3(getTranslation("recon.runs")));
        configureGrid();
        add(grid);
    }

    private Component importPanel(LocalDate today) {
        LocalDate firstOfThisMonth = today.withDayOfMonth(1);
        from.setId("recon-period-from");
        from.setLabel(getTranslation("recon.import.from"));
        from.setValue(firstOfThisMonth.minusMonths(1));
        to.setId("recon-period-to");
        to.setLabel(getTranslation("recon.import.to"));
        to.setValue(firstOfThisMonth.minusDays(1));
        for (DatePicker picker : List.of(from, to)) {
            picker.setLocale(locale());
            picker.setRequiredIndicatorVisible(true);
            picker.setManualValidation(true);
        }

        upload.setId("recon-upload");
        upload.setAcceptedFileTypes(".csv", ".xlsx");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        org.wildcase.ui.Uploads.translated(upload);
        upload.addFileRejectedListener(e -> Notification.show(getTranslation("recon.import.rejected",
                e.getFileName(), e.getErrorMessage())).addThemeVariants(NotificationVariant.LUMO_WARNING));
        upload.addFileRemovedListener(e -> forget());

        importButton.setId("recon-import");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setDisableOnClick(true);

        importErrors.setId("recon-import-errors");
        importErrors.getElement().setAttribute("role", "alert");
        importErrors.getStyle().set("color", "var(--lumo-error-text-color)");

        HorizontalLayout period = new HorizontalLayout(from, to);
        period.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout panel = new VerticalLayout(new H3(getTranslation("recon.import.title")), period, upload,
                importErrors, importButton, templates());
        panel.setId("recon-import-panel");
        panel.setPadding(false);
        panel.setMaxWidth("900px");
        return panel;
    }

    /** The templates to download, and the accepted columns in words for those who fill a file in themselves. */
    private Component templates() {
        Anchor csv = template(ExportRecordFile.Format.CSV, "export-records-template.csv", "text/csv");
        csv.setId("recon-template-csv");
        Anchor xlsx = template(ExportRecordFile.Format.XLSX, "export-records-template.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        xlsx.setId("recon-template-xlsx");
        Span columns = new Span(getTranslation("recon.import.columns", String.join(", ", ExportRecordFile.COLUMNS)));
        columns.setId("recon-columns");
        Div box = new Div(new Paragraph(new Span(getTranslation("recon.import.templates") + " "), csv,
                new Span(" · "), xlsx), new Paragraph(columns));
        return box;
    }

    private Anchor template(ExportRecordFile.Format format, String name, String type) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = files.template(format);
            return new DownloadResponse(new ByteArrayInputStream(bytes), name, type, bytes.length);
        }), getTranslation("recon.import.template." + format.name()));
        return anchor;
    }

    /** The upload's callback, under the UI's lock: the file waits for Import. */
    void received(String fileName, File file) {
        forget();
        uploaded = new Uploaded(fileName, file);
        importErrors.removeAll();
    }

    private void forget() {
        if (uploaded != null) {
            uploaded.file().delete();
            uploaded = null;
        }
    }

    private void importUploaded() {
        try {
            if (uploaded == null) {
                importFile(null, null);
                return;
            }
            try (InputStream in = Files.newInputStream(uploaded.file().toPath())) {
                importFile(uploaded.fileName(), in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            importButton.setEnabled(true);
        }
    }

    /** Imports a file for the chosen period and opens the new run; a refused file lists its rows' errors here. */
    void importFile(String fileName, InputStream content) {
        importErrors.removeAll();
        from.setInvalid(false);
        to.setInvalid(false);
        boolean ready = required(from) & required(to);
        if (fileName == null) {
            show(List.of(getTranslation("recon.import.noFile")));
            return;
        }
        if (!ready) {
            return;
        }
        RunSummary run;
        try {
            run = reconciliations.importRecords(fileName, content, from.getValue(), to.getValue(), user);
        } catch (InvalidInputException e) {
            showErrors(e.errors());
            return;
        } catch (AccessDeniedException e) {
            Notification.show(getTranslation("recon.denied")).addThemeVariants(NotificationVariant.LUMO_WARNING);
            return;
        }
        forget();
        Notification.show(getTranslation("recon.import.done", run.number(), run.records(), run.discrepancies()))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(RunView.location(run.number())));
    }

    private boolean required(DatePicker picker) {
        if (picker.getValue() == null) {
            picker.setErrorMessage(getTranslation("validation.required"));
            picker.setInvalid(true);
            return false;
        }
        return true;
    }

    /** Period errors go to the date fields; row errors are listed as "Line 12 · quantity: reason". */
    private void showErrors(List<FieldError> errors) {
        List<String> lines = new java.util.ArrayList<>();
        for (FieldError error : errors) {
            String field = error.field() == null ? "" : error.field();
            if (field.equals("from") || field.equals("periodFrom")) {
                from.setErrorMessage(error.message());
                from.setInvalid(true);
            } else if (field.equals("to") || field.equals("periodTo")) {
                to.setErrorMessage(error.message());
                to.setInvalid(true);
            } else {
                lines.add(RowErrors.describe(error, this::getTranslation));
            }
        }
        show(lines);
    }

    private void show(List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        importErrors.add(new Paragraph(getTranslation("recon.import.refused", lines.size())));
        UnorderedList list = new UnorderedList();
        list.setId("recon-import-error-list");
        lines.stream().limit(SHOWN_ERRORS).forEach(l -> list.add(new ListItem(l)));
        importErrors.add(list);
        if (lines.size() > SHOWN_ERRORS) {
            Paragraph more = new Paragraph(getTranslation("recon.import.more", lines.size() - SHOWN_ERRORS));
            more.setId("recon-import-more");
            importErrors.add(more);
        }
    }

    private void configureGrid() {
        grid.setId("recon-runs-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(r -> {
            Anchor link = new Anchor(RunView.location(r.number()), r.number());
            link.setId("recon-run-" + r.number());
            return link;
        }).setHeader(getTranslation("recon.column.number")).setAutoWidth(true).setKey("number");
        grid.addColumn(r -> Formats.date(r.periodFrom(), locale()) + " – " + Formats.date(r.periodTo(), locale()))
                .setHeader(getTranslation("recon.column.period")).setAutoWidth(true).setKey("period");
        grid.addColumn(RunSummary::fileName).setHeader(getTranslation("recon.column.file")).setFlexGrow(1)
                .setKey("file");
        grid.addColumn(r -> r.importedBy() + (r.unit() == null ? "" : " · " + units.label(r.unit(), locale()))
                + " · " + Formats.dateTime(r.importedAt(), zone, locale()))
                .setHeader(getTranslation("recon.column.importedBy")).setFlexGrow(1).setKey("importedBy");
        grid.addColumn(RunSummary::records).setHeader(getTranslation("recon.column.records")).setAutoWidth(true)
                .setKey("records");
        grid.addColumn(RunSummary::discrepancies).setHeader(getTranslation("recon.column.discrepancies"))
                .setAutoWidth(true).setKey("discrepancies");
        grid.addColumn(RunSummary::undecided).setHeader(getTranslation("recon.column.undecided")).setAutoWidth(true)
                .setKey("undecided");
        grid.addColumn(RunSummary::unusedPermits).setHeader(getTranslation("recon.column.unused"))
                .setAutoWidth(true).setKey("unused");
        grid.addColumn(r -> getTranslation("recon.status." + r.status().name()))
                .setHeader(getTranslation("recon.column.status")).setAutoWidth(true).setKey("status");
        grid.addComponentColumn(r -> {
            Button open = new Button(getTranslation("recon.open"), e -> open(r));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            open.setId("recon-open-" + r.number());
            return open;
        }).setHeader("").setAutoWidth(true).setFlexGrow(0).setKey("actions");
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.setEmptyStateText(getTranslation("recon.runs.empty"));
        grid.setWidthFull();
        grid.setMinHeight("240px");
        grid.setItems(q -> reconciliations.runs(user, PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                q -> (int) reconciliations.runs(user, PageRequest.of(0, 1)).getTotalElements());
    }

    void open(RunSummary run) {
        getUI().ifPresent(ui -> ui.navigate(RunView.location(run.number())));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        forget();
        super.onDetach(detachEvent);
    }

    private Locale locale() {
        return getLocale() == null ? Locale.ENGLISH : getLocale();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recon.title") + " | Wildcase";
    }
}
