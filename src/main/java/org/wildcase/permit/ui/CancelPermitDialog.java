package org.wildcase.permit.ui;

import java.util.function.Consumer;

import org.springframework.dao.OptimisticLockingFailureException;
import org.wildcase.api.ConflictException;
import org.wildcase.api.InvalidInputException;
import org.wildcase.api.NotFoundException;
import org.wildcase.permit.PermitRegister;
import org.wildcase.permit.PermitStatus;
import org.wildcase.permit.RegisteredPermit;
import org.wildcase.ui.FieldErrors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * A permit officer cancels a valid permit, with an optional reason. It is cancelled only if it is still valid: one
 * that someone cancelled or a release used in the meantime is left as it is, and the officer is told.
 */
class CancelPermitDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    /** {@code done} receives the permit as it is now, changed or not. */
    CancelPermitDialog(PermitRegister register, String cancelledBy, RegisteredPermit permit,
            Consumer<String> done) {
        String number = permit.number();
        setId("permit-cancel-dialog");
        setHeaderTitle(getTranslation("permits.cancel.title", number));
        reason.setLabel(getTranslation("permits.cancel.reason"));
        reason.setId("permit-cancel-reason");
        reason.setMaxLength(PermitRegister.MAX_REASON);
        reason.setWidth("30em");
        FieldErrors errors = new FieldErrors();
        errors.bind("reason", reason);
        confirm.setText(getTranslation("permits.cancel.confirm"));
        confirm.setId("permit-cancel-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            try {
                register.cancel(number, reason.getValue(), cancelledBy, PermitStatus.VALID);
                close();
                Notification.show(getTranslation("permits.cancelled", number))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                done.accept(number);
            } catch (InvalidInputException ex) {
                errors.show(ex.errors());
            } catch (ConflictException | OptimisticLockingFailureException | NotFoundException ex) {
                close();
                Notification.show(getTranslation("permits.changed", number))
                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
                done.accept(number);
            }
        });
        Button keep = new Button(getTranslation("permits.cancel.keep"), e -> close());
        keep.setId("permit-cancel-keep");
        add(new Paragraph(getTranslation("permits.cancel.explain")), reason);
        getFooter().add(keep, confirm);
    }
}
