package org.wildcase.legal.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.wildcase.CaseApi;
import org.wildcase.api.FieldError;
import org.wildcase.api.InvalidInputException;
import org.wildcase.legal.LegalHandling;
import org.wildcase.security.CurrentUser;
import org.wildcase.security.Roles;
import org.wildcase.security.WildcaseUser;
import org.wildcase.casework.CaseTasks;
import org.wildcase.seizure.CaseView;
import org.wildcase.seizure.SeizureCases;
import org.wildcase.seizure.Stage;
import org.wildcase.api.TaskBody;
import org.wildcase.ui.TaskForm;
import org.wildcase.species.CitesSettings;
import org.wildcase.ui.ViewTest;
import org.wildcase.workflow.CaseWorkflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The legal officer's forms and the outcome dialog, inside a faked Vaadin UI: each form, filled, completes its task
 * through {@link CaseTasks#complete}, and every field error the server reports for an empty form lands next to a
 * field of that form.
 */
class LegalFormsTest extends ViewTest {

    private static final WildcaseUser INTEGRATION = new WildcaseUser("integration", java.util.Set.of(
            Roles.INTEGRATION), null);

    @Autowired
    org.wildcase.casework.CaseFiles files;

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseTasks tasks;
    @Autowired
    CaseWorkflow workflow;
    @Autowired
    SeizureCases cases;
    @Autowired
    LegalHandling legal;
    @Autowired
    LegalForms forms;
    @Autowired
    RecordInvestigationOutcome outcomeAction;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    CitesSettings settings;
    @Autowired
    Clock clock;
    @Autowired
    ObjectMapper mapper;

    /** A case the expert found a violation in, waiting for the legal officer. Registered over REST. */
    private String caseAtLegalStage() throws Exception {
        CaseApi api = new CaseApi(mvc);
        String n = api.open("officer.bishkek", false);
        api.complete("expert", n, "IdentifySpecies", """
                {"conclusion": "VIOLATION", "opinion": "Saker falcons declared as pigeons, no export permit"}""")
                .andExpect(status().isOk());
        return n;
    }

    private WildcaseUser lawyer() {
        return currentUser.require();
    }

    private String taskId(String caseNumber, String taskKey) {
        return workflow.openTaskId(caseNumber, taskKey).orElseThrow(() -> new AssertionError(
                "no open " + taskKey + " in " + caseNumber));
    }

    @SuppressWarnings("unchecked")
    private <F extends TaskForm> F form(String caseNumber, String taskKey) {
        var open = tasks.open(taskId(caseNumber, taskKey), lawyer());
        CaseView file = open.caseFile();
        return (F) switch (taskKey) {
            case "QualifyOffence" -> forms.qualifyOffence(open.ref(), file);
            case "RecordPenalty" -> forms.recordPenalty(open.ref(), file);
            case "RecordPayment" -> forms.recordPayment(open.ref(), file);
            default -> forms.referToInvestigation(open.ref(), file);
        };
    }

    private String complete(String caseNumber, String taskKey, TaskForm form) {
        return tasks.complete(taskId(caseNumber, taskKey), TaskBody.of(form.command()), lawyer());
    }

    /** The form as it is is refused with exactly these fields, and the form places every one of them. */
    private void refusedWithEveryErrorPlaced(String caseNumber, String taskKey, TaskForm form, String... fields) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> complete(caseNumber, taskKey, form));
        assertThat(refused).as(taskKey + " refused").isNotNull();
        assertThat(refused.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(fields);
        assertThat(form.errors().show(refused.errors())).as("errors without a field").isEmpty();
    }

    private static void assertInvalid(HasValidation... fields) {
        for (HasValidation f : fields) {
            assertThat(f.isInvalid()).as(f + " invalid").isTrue();
            assertThat(f.getErrorMessage()).isNotBlank();
        }
    }

    /** The body equals the JSON, numbers compared by value (50000 and 50000.00 are one amount). */
    private void assertBody(JsonNode body, String json) throws Exception {
        JsonNode expected = mapper.readTree(json);
        assertThat(body.equals(NUMBERS_BY_VALUE, expected)).as(body + " equals " + expected).isTrue();
    }

    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    private LocalDate today() {
        return settings.today(clock);
    }

    @Test
    void a_legal_basis_too_long_is_shown_next_to_its_field_and_the_form_stays_usable() throws Exception {
        String n = caseAtLegalStage();
        login("lawyer");
        UI.getCurrent().setLocale(Locale.forLanguageTag("ru"));
        navigate("tasks/" + taskId(n, "QualifyOffence"));

        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> qualification = _get(RadioButtonGroup.class, s -> s.withId("qualify-qualification"));
        TextArea legalBasis = _get(TextArea.class, s -> s.withId("qualify-legal-basis"));
        Button complete = _get(Button.class, s -> s.withId("task-complete"));
        _setValue(qualification, "ADMINISTRATIVE");
        _setValue(legalBasis, "L".repeat(10_000));
        _click(complete);

        assertThat(legalBasis.isInvalid()).isTrue();
        assertThat(legalBasis.getErrorMessage()).isEqualTo("слишком длинно: не более 2000 символов");
        assertThat(_get(Div.class, s -> s.withId("task-errors")).getChildren()
                .filter(UnorderedList.class::isInstance)).as("errors without a field").isEmpty();
        assertThat(complete.isEnabled()).as("the button after a refusal").isTrue();
        assertThat(files.of(n, lawyer()).legal()).isNull();

        _setValue(legalBasis, "Code of Offences, Art. 305");
        _click(complete);
        assertThat(cases.view(n, lawyer()).openTasks()).extracting(CaseView.OpenTask::taskKey)
                .containsExactly("RecordPenalty");
    }

    @Test
    void an_administrative_case_goes_through_qualification_penalty_and_payment_by_the_forms() throws Exception {
        String n = caseAtLegalStage();
        login("lawyer");

        QualifyOffenceForm qualify = form(n, "QualifyOffence");
        assertThat(qualify.expertise.getElement().getTextRecursively()).contains("Violation")
                .contains("Saker falcons declared as pigeons, no export permit");
        assertThat(qualify.qualification.getItemLabelGenerator().apply("ADMINISTRATIVE"))
                .isEqualTo("Administrative offence");
        qualify.qualification.setValue("ADMINISTRATIVE");
        qualify.legalBasis.setValue("  Code of Offences, Art. 305 ");
        assertBody(mapper.valueToTree(qualify.command()), """
                {"qualification": "ADMINISTRATIVE", "legalBasis": "Code of Offences, Art. 305"}""");
        complete(n, "QualifyOffence", qualify);

        RecordPenaltyForm penalty = form(n, "RecordPenalty");
        assertThat(penalty.fineCurrency.getValue()).isEqualTo("KGS");
        assertThat(penalty.confiscation.getValue()).isTrue();
        penalty.protocolNumber.setValue("P-77");
        penalty.fineAmount.setValue(new BigDecimal("50000"));
        penalty.paymentDue.setValue(today().plusDays(30));
        assertBody(mapper.valueToTree(penalty.command()), """
                {"protocolNumber": "P-77", "fine": {"amount": 50000, "currency": "KGS"}, "confiscation": true,
                 "paymentDue": "%s", "recordedOn": "%s"}""".formatted(today().plusDays(30), today()));
        complete(n, "RecordPenalty", penalty);

        RecordPaymentForm payment = form(n, "RecordPayment");
        assertThat(payment.paidOn.getValue()).isEqualTo(today());
        assertThat(payment.amount.getValue()).isEqualByComparingTo("50000");
        assertThat(payment.currency.getValue()).isEqualTo("KGS");
        assertThat(payment.penalty.getText()).contains("50000 KGS").contains("P-77");
        assertBody(mapper.valueToTree(payment.command()), """
                {"paidOn": "%s", "amount": {"amount": 50000.00, "currency": "KGS"}}""".formatted(today()));
        complete(n, "RecordPayment", payment);

        CaseView file = cases.view(n, lawyer());
        assertThat(file.stage()).isEqualTo(Stage.DISPOSAL);
        assertThat(mapper.valueToTree(files.of(n, lawyer()).legal()).path("paid").path("amount").decimalValue())
                .isEqualByComparingTo("50000");
    }

    @Test
    void empty_administrative_forms_are_refused_with_every_error_next_to_its_field() throws Exception {
        String n = caseAtLegalStage();
        login("lawyer");

        QualifyOffenceForm qualify = form(n, "QualifyOffence");
        refusedWithEveryErrorPlaced(n, "QualifyOffence", qualify, "qualification", "legalBasis");
        assertInvalid(qualify.qualification, qualify.legalBasis);
        qualify.qualification.setValue("ADMINISTRATIVE");
        qualify.legalBasis.setValue("Code of Offences, Art. 305");
        complete(n, "QualifyOffence", qualify);

        RecordPenaltyForm penalty = form(n, "RecordPenalty");
        refusedWithEveryErrorPlaced(n, "RecordPenalty", penalty, "protocolNumber", "fine.amount");
        assertInvalid(penalty.protocolNumber, penalty.fineAmount);
        penalty.fineCurrency.clear();
        refusedWithEveryErrorPlaced(n, "RecordPenalty", penalty, "protocolNumber", "fine");
        assertInvalid(penalty.fineAmount);
        penalty.fineAmount.setValue(new BigDecimal("-5"));
        penalty.fineCurrency.setValue("ZZZ");
        refusedWithEveryErrorPlaced(n, "RecordPenalty", penalty, "protocolNumber", "fine.amount", "fine.currency");
        assertInvalid(penalty.fineAmount, penalty.fineCurrency);
        penalty.protocolNumber.setValue("P-78");
        penalty.fineAmount.setValue(new BigDecimal("1000.50"));
        penalty.fineCurrency.setValue("usd");
        penalty.confiscation.setValue(false);
        complete(n, "RecordPenalty", penalty);

        RecordPaymentForm payment = form(n, "RecordPayment");
        assertThat(payment.currency.getValue()).isEqualTo("USD");
        payment.paidOn.clear();
        payment.amount.clear();
        payment.currency.clear();
        refusedWithEveryErrorPlaced(n, "RecordPayment", payment, "paidOn", "amount");
        assertInvalid(payment.paidOn, payment.amount);
        payment.paidOn.setValue(today().plusDays(1));
        payment.currency.setValue("ZZZ");
        refusedWithEveryErrorPlaced(n, "RecordPayment", payment, "paidOn", "amount.amount", "amount.currency");
        assertInvalid(payment.paidOn, payment.amount, payment.currency);
        assertThat(payment.paidOn.getErrorMessage()).contains("future");
        payment.paidOn.setValue(today());
        payment.amount.setValue(new BigDecimal("1000.50"));
        payment.currency.setValue("USD");
        complete(n, "RecordPayment", payment);
        assertThat(cases.view(n, lawyer()).stage()).isEqualTo(Stage.DISPOSAL);
    }

    @Test
    void a_criminal_case_is_referred_by_the_form_and_its_outcome_recorded_in_the_dialog() throws Exception {
        String n = caseAtLegalStage();
        login("lawyer");

        QualifyOffenceForm qualify = form(n, "QualifyOffence");
        qualify.qualification.setValue("CRIMINAL");
        qualify.legalBasis.setValue("Criminal Code, Art. 297");
        complete(n, "QualifyOffence", qualify);
        assertThat(outcomeAction.appliesTo(cases.view(n, lawyer()), lawyer())).as("before the referral").isFalse();

        ReferToInvestigationForm referral = form(n, "ReferToInvestigation");
        assertThat(referral.referredOn.getValue()).isEqualTo(today());
        refusedWithEveryErrorPlaced(n, "ReferToInvestigation", referral, "agency");
        assertInvalid(referral.agency);
        referral.referredOn.clear();
        refusedWithEveryErrorPlaced(n, "ReferToInvestigation", referral, "agency", "referredOn");
        referral.referredOn.setValue(today().plusDays(2));
        referral.agency.setValue("State Committee for National Security");
        refusedWithEveryErrorPlaced(n, "ReferToInvestigation", referral, "referredOn");
        assertInvalid(referral.referredOn);
        referral.referredOn.setValue(today());
        referral.reference.setValue("R-9");
        assertBody(mapper.valueToTree(referral.command()), """
                {"agency": "State Committee for National Security", "referredOn": "%s", "reference": "R-9"}"""
                .formatted(today()));
        complete(n, "ReferToInvestigation", referral);

        CaseView waiting = cases.view(n, lawyer());
        assertThat(outcomeAction.appliesTo(waiting, lawyer())).isTrue();
        assertThat(outcomeAction.appliesTo(waiting, new WildcaseUser("manager", java.util.Set.of(Roles.MANAGER),
                null))).isFalse();
        assertThat(outcomeAction.appliesTo(waiting, new WildcaseUser("expert", java.util.Set.of(
                Roles.CITES_EXPERT), null))).isFalse();

        AtomicInteger reloads = new AtomicInteger();
        outcomeAction.open(waiting, reloads::incrementAndGet);
        InvestigationOutcomeDialog dialog = LocatorJ._get(InvestigationOutcomeDialog.class);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.referral.getText()).contains("State Committee for National Security").contains("R-9");

        LocatorJ._click(dialog.save);
        assertThat(dialog.isOpened()).as("stays open with the errors").isTrue();
        assertInvalid(dialog.outcome, dialog.decidedAt);
        assertThat(dialog.problems.isVisible()).isFalse();
        assertThat(reloads).hasValue(0);

        dialog.outcome.setValue("CONVICTED");
        dialog.reference.setValue("GKNB-2026-15");
        dialog.decidedAt.setValue(today().plusDays(1));
        LocatorJ._click(dialog.save);
        assertInvalid(dialog.decidedAt);
        assertThat(dialog.outcome.isInvalid()).isFalse();

        dialog.decidedAt.setValue(today());
        dialog.note.setValue("Fine of 100 000 KGS");
        assertBody(mapper.valueToTree(dialog.command()), """
                {"outcome": "CONVICTED", "reference": "GKNB-2026-15", "decidedAt": "%s",
                 "note": "Fine of 100 000 KGS"}""".formatted(today()));
        LocatorJ._click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(reloads).hasValue(1);
        NotificationsKt.expectNotifications(UI.getCurrent().getTranslation("outcome.saved", n));

        CaseView decided = cases.view(n, lawyer());
        assertThat(decided.stage()).isEqualTo(Stage.DISPOSAL);
        assertThat(mapper.valueToTree(files.of(n, lawyer()).legal()).path("outcome").path("outcome").asText())
                .isEqualTo("CONVICTED");
        assertThat(outcomeAction.appliesTo(decided, lawyer())).isFalse();
    }

    @Test
    void an_outcome_that_arrived_meanwhile_is_a_notice_and_the_dialog_closes() throws Exception {
        String n = caseAtLegalStage();
        login("lawyer");
        QualifyOffenceForm qualify = form(n, "QualifyOffence");
        qualify.qualification.setValue("CRIMINAL");
        qualify.legalBasis.setValue("Criminal Code, Art. 297");
        complete(n, "QualifyOffence", qualify);
        ReferToInvestigationForm referral = form(n, "ReferToInvestigation");
        referral.agency.setValue("Prosecutor's office");
        complete(n, "ReferToInvestigation", referral);

        CaseView waiting = cases.view(n, lawyer());
        AtomicInteger reloads = new AtomicInteger();
        outcomeAction.open(waiting, reloads::incrementAndGet);
        InvestigationOutcomeDialog dialog = LocatorJ._get(InvestigationOutcomeDialog.class);
        dialog.outcome.setValue("DISMISSED");
        dialog.decidedAt.setValue(today());

        // Meanwhile the investigative body's system posts its outcome through the API.
        legal.recordOutcome(n, new LegalHandling.InvestigationOutcome(org.wildcase.legal.InvestigationResult.SETTLED,
                null, today(), null), INTEGRATION);

        LocatorJ._click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(reloads).as("the case file is shown as it stands now").hasValue(1);
        NotificationsKt.expectNotifications(UI.getCurrent().getTranslation("outcome.notWaiting", n));
        assertThat(mapper.valueToTree(files.of(n, lawyer()).legal()).path("outcome").path("outcome").asText())
                .isEqualTo("SETTLED");
    }

    @Test
    void only_legal_officers_and_the_integration_client_record_outcomes() throws Exception {
        String n = caseAtLegalStage();
        WildcaseUser expert = new WildcaseUser("expert", java.util.Set.of(Roles.CITES_EXPERT), null);
        assertThatThrownBy(() -> legal.recordOutcome(n, new LegalHandling.InvestigationOutcome(null, null, null, null), expert))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_action_label_is_translated_in_english_and_russian() throws Exception {
        for (String file : new String[] {"translations.properties", "translations_ru.properties"}) {
            Properties p = new Properties();
            try (var in = new java.io.InputStreamReader(getClass().getClassLoader().getResourceAsStream(
                    "vaadin-i18n/" + file), java.nio.charset.StandardCharsets.UTF_8)) {
                p.load(in);
            }
            assertThat(p).containsKey(outcomeAction.labelKey());
            for (String code : InvestigationOutcomeDialog.OUTCOMES) {
                assertThat(p).containsKey("outcome." + code);
            }
            for (String code : QualifyOffenceForm.QUALIFICATIONS) {
                assertThat(p).containsKey("qualification." + code);
            }
        }
    }
}
