package org.wildcase.permit.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.springframework.dao.DataIntegrityViolationException;
import org.wildcase.api.ConflictException;
import org.wildcase.api.FieldError;
import org.wildcase.api.InvalidInputException;
import org.wildcase.permit.PermitRegister;
import org.wildcase.permit.PermitRegistration;
import org.wildcase.permit.RegisteredPermit;
import org.wildcase.species.SpeciesCatalogue;
import org.wildcase.species.TradeCodes;
import org.wildcase.ui.Formats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * A permit officer records a permit the authority issued. The body goes through the register's own validation, as
 * an API call does; refused fields are marked where they are, a number already in the register at the number, and
 * nothing is stored until all is right.
 */
class RegisterPermitDialog extends Dialog {

    private final transient PermitRegister register;
    private final String recordedBy;
    private final transient Consumer<RegisteredPermit> saved;
    private final Locale locale;
    final PermitForm form;
    final Button save = new Button();
    private final Div problems = new Div();
    /** The errors of the last refused attempt that no field shows; they are listed at the top. */
    List<FieldError> unplaced = List.of();

    RegisterPermitDialog(PermitRegister register, String recordedBy, SpeciesCatalogue catalogue,
            TradeCodes codes, String homeCountry, Locale locale, Consumer<RegisteredPermit> saved) {
        this.register = register;
        this.recordedBy = recordedBy;
        this.saved = saved;
        this.locale = locale;
        setId("permit-dialog");
        setHeaderTitle(getTranslation("permits.form.title"));
        // A click beside the dialog must not throw away a half-typed permit.
        setCloseOnOutsideClick(false);
        setWidth("min(64em, 96vw)");

        problems.setId("permit-errors");
        problems.getElement().setAttribute("role", "alert");
        problems.getStyle().set("border", "2px solid var(--lumo-error-color)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("color", "var(--lumo-error-text-color)");
        problems.setVisible(false);

        form = new PermitForm(catalogue, codes, homeCountry, locale);
        add(new Paragraph(getTranslation("permits.form.intro")), problems, form);

        save.setText(getTranslation("permits.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("permit-save");
        save.setDisableOnClick(true);
        save.addClickListener(e -> save());
        Button close = new Button(getTranslation("cancel"), e -> close());
        close.setId("permit-form-cancel");
        getFooter().add(close, save);
    }

    /** Records the permit, or marks what is wrong; a refused permit stores nothing. */
    void save() {
        try {
            PermitRegistration registration = form.registration();
            RegisteredPermit permit = register.record(registration, recordedBy);
            unplaced = List.of();
            close();
            Notification.show(getTranslation("permits.saved", permit.number()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            saved.accept(permit);
        } catch (InvalidInputException e) {
            List<FieldError> errors = e.errors().stream()
                    .map(err -> new FieldError(err.field(), localized(err))).toList();
            unplaced = form.errors().show(errors);
            showProblems(unplaced, errors.size());
        } catch (ConflictException | DataIntegrityViolationException e) {
            // The only conflict of a new permit: its number is in the register already (perhaps just now).
            List<FieldError> errors = List.of(new FieldError("number", getTranslation("permits.error.duplicate")));
            unplaced = form.errors().show(errors);
            showProblems(unplaced, 1);
        } finally {
            save.setEnabled(true);
        }
    }

    private void showProblems(List<FieldError> unplaced, int total) {
        problems.removeAll();
        Span title = new Span(VaadinIcon.EXCLAMATION_CIRCLE.create(),
                new Span(" " + getTranslation("permits.errors.title", total)));
        title.getStyle().set("font-weight", "bold");
        problems.add(title);
        if (unplaced.size() < total) {
            problems.add(new Paragraph(getTranslation("permits.errors.marked")));
        }
        if (!unplaced.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("permit-errors-unplaced");
            unplaced.forEach(err -> list.add(new ListItem(err.field().isEmpty() ? localized(err)
                    : err.field() + ": " + localized(err))));
            problems.add(list);
        }
        problems.setVisible(true);
    }

    /** The register's errors in the user's words; the latest day of validity as the user writes dates. */
    private String localized(FieldError error) {
        if (error.words() != null && PermitRegister.BEYOND_MAXIMUM_WORDS.equals(error.words().key())) {
            return getTranslation(PermitRegister.BEYOND_MAXIMUM_WORDS, error.words().args().get(0),
                    Formats.date(LocalDate.parse(error.words().args().get(1).toString()), locale));
        }
        return org.wildcase.ui.FieldErrors.localized(error);
    }
}
