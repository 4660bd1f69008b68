package org.wildcase.casework.ui;

import org.wildcase.api.ConflictException;
import org.wildcase.api.InvalidInputException;
import org.wildcase.security.WildcaseUser;
import org.wildcase.seizure.SeizureCases;
import org.wildcase.seizure.Withdrawal;
import org.wildcase.ui.CommandBinder;
import org.wildcase.ui.FieldErrors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;

/** A manager withdraws a case, giving the reason; the case ends WITHDRAWN and its open tasks are gone. */
final class WithdrawDialog {

    private WithdrawDialog() {
    }

    static Dialog open(Component owner, SeizureCases cases, WildcaseUser manager, String caseNumber, Runnable done) {
        Dialog dialog = new Dialog(owner.getTranslation("case.withdraw.title", caseNumber));
        dialog.setId("withdraw-dialog");
        TextArea reason = new TextArea(owner.getTranslation("case.withdraw.reason"));
        reason.setId("withdraw-reason");
        reason.setWidth("30em");
        FieldErrors errors = new FieldErrors();
        CommandBinder<Withdrawal> withdrawal = new CommandBinder<>(Withdrawal.class, errors);
        withdrawal.forField(reason).withConverter(CommandBinder.text()).bind("reason");
        Button confirm = new Button(owner.getTranslation("case.withdraw.confirm"), e -> {
            try {
                cases.withdraw(caseNumber, withdrawal.command().reason(), manager);
                dialog.close();
                Notification.show(owner.getTranslation("case.withdrawn", caseNumber))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                done.run();
            } catch (InvalidInputException ex) {
                errors.show(ex.errors());
            } catch (ConflictException ex) {
                dialog.close();
                Notification.show(owner.getTranslation("case.changed"))
                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
                done.run();
            }
        });
        confirm.setId("withdraw-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(owner.getTranslation("cancel"), e -> dialog.close());
        dialog.add(new Paragraph(owner.getTranslation("case.withdraw.explain")), reason);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        return dialog;
    }
}
