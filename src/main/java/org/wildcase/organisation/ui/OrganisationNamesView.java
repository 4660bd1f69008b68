package org.wildcase.organisation.ui;

import java.util.Map;

import org.wildcase.api.ConflictException;
import org.wildcase.api.FieldError;
import org.wildcase.api.InvalidInputException;
import org.wildcase.api.NotFoundException;
import org.wildcase.organisation.OrganisationNames;
import org.wildcase.organisation.OrganisationNames.Entry;
import org.wildcase.security.Roles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Admins keep the names of the agencies and customs units in English, Russian and Kyrgyz, and add units. The
 * list is a handful of rows held in memory by the service, so the grid takes it whole.
 */
@Menu(order = 910, title = "menu.names")
@Route("admin/names")
@RolesAllowed(Roles.ADMIN)
class OrganisationNamesView extends VerticalLayout implements HasDynamicTitle {

    /** The service's stable messages, and the keys that translate them. */
    private static final Map<String, String> MESSAGES = Map.of(
            OrganisationNames.REQUIRED, "names.error.required",
            OrganisationNames.TOO_LONG, "names.error.tooLong",
            OrganisationNames.CODE_FORMAT, "names.error.codeFormat");

    private final OrganisationNames names;
    private final Grid<Entry> grid = new Grid<>(Entry.class, false);
    private final H3 formTitle = new H3();
    private final TextField code = new TextField();
    private final TextField nameEn = new TextField();
    private final TextField nameRu = new TextField();
    private final TextField nameKy = new TextField();
    private final VerticalLayout form = new VerticalLayout();
    /** The row being renamed, as it was read; null while a new unit is being added. */
    private Entry editing;

    OrganisationNamesView(OrganisationNames names) {
        this.names = names;
        setSizeFull();
        add(new H2(getTranslation("names.title")), new Paragraph(getTranslation("names.help")));

        grid.addColumn(Entry::code).setHeader(getTranslation("names.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> getTranslation("names.kind." + e.kind().name())).setHeader(getTranslation("names.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        // Agency names are long: the cell shows the start, the tooltip all of it.
        grid.addColumn(Entry::nameEn).setHeader(getTranslation("names.nameEn")).setFlexGrow(2)
                .setTooltipGenerator(Entry::nameEn);
        grid.addColumn(Entry::nameRu).setHeader(getTranslation("names.nameRu")).setFlexGrow(2)
                .setTooltipGenerator(Entry::nameRu);
        grid.addColumn(Entry::nameKy).setHeader(getTranslation("names.nameKy")).setFlexGrow(2)
                .setTooltipGenerator(Entry::nameKy);
        grid.setId("names-grid");
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });

        Button addUnit = new Button(getTranslation("names.addUnit"), e -> startNewUnit());
        addUnit.setId("names-add-unit");
        add(grid, addUnit);

        code.setLabel(getTranslation("names.code"));
        code.setHelperText(getTranslation("names.code.help"));
        code.setId("name-code");
        code.setMaxLength(5);
        nameEn.setLabel(getTranslation("names.nameEn"));
        nameEn.setId("name-en");
        nameRu.setLabel(getTranslation("names.nameRu"));
        nameRu.setId("name-ru");
        nameKy.setLabel(getTranslation("names.nameKy"));
        nameKy.setHelperText(getTranslation("names.nameKy.help"));
        nameKy.setId("name-ky");
        for (TextField field : new TextField[] {code, nameEn, nameRu, nameKy}) {
            // The service validates; the field only shows what it said, until the user types again.
            field.setManualValidation(true);
            field.addValueChangeListener(e -> field.setInvalid(false));
        }
        for (TextField field : new TextField[] {nameEn, nameRu, nameKy}) {
            field.setMaxLength(OrganisationNames.MAX_NAME);
            field.setWidthFull();
        }
        nameEn.setRequiredIndicatorVisible(true);
        nameRu.setRequiredIndicatorVisible(true);

        FormLayout fields = new FormLayout(code, nameEn, nameRu, nameKy);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        Button save = new Button(getTranslation("names.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("names-save");
        Button cancel = new Button(getTranslation("names.cancel"), e -> closeForm());
        cancel.setId("names-cancel");
        form.add(formTitle, fields, new HorizontalLayout(save, cancel));
        form.setPadding(false);
        form.setId("names-form");
        form.setVisible(false);
        add(form);

        refresh();
    }

    private void refresh() {
        grid.setItems(names.entries());
    }

    private void edit(Entry entry) {
        editing = entry;
        formTitle.setText(getTranslation("names.edit", entry.code()));
        code.setValue(entry.code());
        code.setReadOnly(true);
        nameEn.setValue(entry.nameEn());
        nameRu.setValue(entry.nameRu());
        nameKy.setValue(entry.nameKy() == null ? "" : entry.nameKy());
        clearErrors();
        form.setVisible(true);
        nameEn.focus();
    }

    private void startNewUnit() {
        grid.asSingleSelect().clear();
        editing = null;
        formTitle.setText(getTranslation("names.newUnit"));
        code.setReadOnly(false);
        code.clear();
        nameEn.clear();
        nameRu.clear();
        nameKy.clear();
        clearErrors();
        form.setVisible(true);
        code.focus();
    }

    private void closeForm() {
        editing = null;
        form.setVisible(false);
        grid.asSingleSelect().clear();
    }

    private void save() {
        clearErrors();
        try {
            Entry saved = editing == null
                    ? names.addUnit(code.getValue().trim().toUpperCase(java.util.Locale.ROOT), nameEn.getValue(),
                            nameRu.getValue(), nameKy.getValue())
                    : names.update(editing.code(), nameEn.getValue(), nameRu.getValue(), nameKy.getValue(),
                            editing.version());
            notify(getTranslation("names.saved", saved.code()), NotificationVariant.LUMO_SUCCESS);
            closeForm();
            refresh();
        } catch (InvalidInputException e) {
            e.errors().forEach(this::showError);
        } catch (ConflictException e) {
            if (editing == null) {
                showError(code, getTranslation("names.error.codeTaken"));
            } else {
                notify(getTranslation("names.conflict", editing.code()), NotificationVariant.LUMO_ERROR);
                reloadEditing();
            }
        } catch (NotFoundException e) {
            notify(getTranslation("names.gone", editing == null ? code.getValue() : editing.code()),
                    NotificationVariant.LUMO_ERROR);
            closeForm();
            refresh();
        }
    }

    /** Someone else saved first: show what is stored now, so the admin makes the change on top of it. */
    private void reloadEditing() {
        String stale = editing.code();
        refresh();
        names.entries().stream().filter(e -> e.code().equals(stale)).findFirst()
                .ifPresentOrElse(grid::select, this::closeForm);
    }

    private void showError(FieldError error) {
        TextField field = switch (error.field()) {
            case OrganisationNames.FIELD_CODE -> code;
            case OrganisationNames.FIELD_NAME_EN -> nameEn;
            case OrganisationNames.FIELD_NAME_RU -> nameRu;
            case OrganisationNames.FIELD_NAME_KY -> nameKy;
            default -> null;
        };
        String key = MESSAGES.get(error.message());
        String message = key != null ? getTranslation(key, OrganisationNames.MAX_NAME) : error.message();
        if (field != null) {
            showError(field, message);
        } else {
            notify(message, NotificationVariant.LUMO_ERROR);
        }
    }

    private static void showError(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void clearErrors() {
        for (TextField field : new TextField[] {code, nameEn, nameRu, nameKy}) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification.show(text, 5000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("names.title") + " | Wildcase";
    }
}
