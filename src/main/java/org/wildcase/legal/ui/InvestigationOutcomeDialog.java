package org.wildcase.legal.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.wildcase.api.ConflictException;
import org.wildcase.api.FieldError;
import org.wildcase.api.InvalidInputException;
import org.wildcase.legal.LegalHandling;
import org.wildcase.security.WildcaseUser;
import org.wildcase.ui.CommandBinder;
import org.wildcase.ui.FieldErrors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Records what the investigative body decided, for a case waiting for it: the same body and validation as
 * {@code POST /api/cases/{caseNumber}/investigation-outcome}. A case that stopped waiting (the outcome came in
 * through the API meanwhile) is said so, and the dialog closes.
 */
final class InvestigationOutcomeDialog extends Dialog {

    static final List<String> OUTCOMES = List.of("CONVICTED", "ACQUITTED", "DISMISSED", "SETTLED");

    final Paragraph referral = new Paragraph();
    final Select<String> outcome = new Select<>();
    final TextField reference = new TextField();
    final DatePicker decidedAt = new DatePicker();
    final TextArea note = new TextArea();
    final Paragraph problems = new Paragraph();
    final Button save = new Button();
    final Button cancel = new Button();
    final FieldErrors errors = new FieldErrors();
    private final CommandBinder<LegalHandling.InvestigationOutcome> binder =
            new CommandBinder<>(LegalHandling.InvestigationOutcome.class, errors);

    private final transient LegalHandling legal;
    private final WildcaseUser user;
    private final String caseNumber;
    private final Runnable done;

    /** {@code proceeding}: the case's legal proceeding with its referral, or null. */
    InvestigationOutcomeDialog(LegalHandling legal, WildcaseUser user, String caseNumber,
            LegalHandling.View proceeding, LocalDate today, Runnable done) {
        this.legal = legal;
        this.user = user;
        this.caseNumber = caseNumber;
        this.done = done;
        setId("outcome-dialog");
        setHeaderTitle(getTranslation("outcome.title", caseNumber));

        String agency = proceeding == null ? null : org.wildcase.ui.Forms.text(proceeding.agency());
        referral.setId("outcome-referral");
        referral.setVisible(agency != null);
        if (agency != null) {
            String on = proceeding.referredOn() == null ? null
                    : org.wildcase.ui.Formats.date(proceeding.referredOn(), getLocale());
            String ref = org.wildcase.ui.Forms.text(proceeding.reference());
            referral.setText(getTranslation("outcome.referral", agency, on == null ? "—" : on,
                    ref == null ? "—" : ref));
        }

        outcome.setId("outcome-outcome");
        outcome.setLabel(getTranslation("outcome.outcome"));
        outcome.setItems(OUTCOMES);
        outcome.setItemLabelGenerator(code -> code == null ? "" : getTranslation("outcome." + code));

        reference.setId("outcome-reference");
        reference.setLabel(getTranslation("outcome.reference"));

        decidedAt.setId("outcome-decided-at");
        decidedAt.setLabel(getTranslation("outcome.decidedAt"));
        // Only a hint in the calendar; the server judges the date.
        decidedAt.setMax(today);

        note.setId("outcome-note");
        note.setLabel(getTranslation("outcome.note"));

        problems.setId("outcome-problems");
        problems.setVisible(false);

        binder.forField(outcome).withConverter(CommandBinder.code(org.wildcase.legal.InvestigationResult.class))
                .bind("outcome");
        binder.forField(reference).withConverter(CommandBinder.text()).bind("reference");
        binder.forField(decidedAt).bind("decidedAt");
        binder.forField(note).withConverter(CommandBinder.text()).bind("note");

        FormLayout fields = new FormLayout(outcome, decidedAt, reference, note);
        fields.setColspan(reference, 2);
        fields.setColspan(note, 2);
        add(referral, fields, problems);

        save.setId("outcome-save");
        save.setText(getTranslation("outcome.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.setId("outcome-cancel");
        cancel.setText(getTranslation("outcome.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    /** The body of the API call, as the fields are now. */
    LegalHandling.InvestigationOutcome command() {
        return binder.command();
    }

    private void save() {
        try {
            legal.recordOutcome(caseNumber, command(), user);
        } catch (InvalidInputException e) {
            List<FieldError> unplaced = errors.show(e.errors());
            problems.setText(unplaced.stream().map(f -> f.field() + ": " + FieldErrors.localized(f))
                    .collect(Collectors.joining("; ")));
            problems.setVisible(!unplaced.isEmpty());
            return;
        } catch (ConflictException e) {
            notice(getTranslation("outcome.notWaiting", caseNumber), NotificationVariant.LUMO_WARNING);
            close();
            // The case file shows where the case stands now, without the stale button.
            done.run();
            return;
        }
        notice(getTranslation("outcome.saved", caseNumber), NotificationVariant.LUMO_SUCCESS);
        close();
        done.run();
    }

    private static void notice(String text, NotificationVariant variant) {
        Notification n = new Notification(text, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(variant);
        n.open();
    }
}
