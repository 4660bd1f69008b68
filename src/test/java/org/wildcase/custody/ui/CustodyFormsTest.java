package org.wildcase.custody.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.wildcase.CaseApi;
import org.wildcase.api.FieldError;
import org.wildcase.api.InvalidInputException;
import org.wildcase.custody.SpecimenCustody;
import org.wildcase.seizure.CaseStatus;
import org.wildcase.casework.CaseTasks;
import org.wildcase.seizure.CaseView;
import org.wildcase.seizure.SeizureCases;
import org.wildcase.api.TaskBody;
import org.wildcase.ui.TaskForm;
import org.wildcase.security.Roles;
import org.wildcase.security.WildcaseUser;
import org.wildcase.ui.ViewTest;
import org.wildcase.workflow.TaskKeys;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The custody forms build the bodies the custody module takes, and its errors land next to their fields. */
class CustodyFormsTest extends ViewTest {

    static final WildcaseUser EXPERT = new WildcaseUser("expert", Set.of(Roles.CITES_EXPERT), null);
    static final WildcaseUser OFFICER = new WildcaseUser("officer.bishkek", Set.of(Roles.CUSTOMS_OFFICER), "BIS");
    static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");

    @Autowired
    org.wildcase.casework.CaseFiles files;

    @Autowired
    MockMvc mvc;

    @Autowired
    CustodyForms forms;

    @Autowired
    com.fasterxml.jackson.databind.ObjectMapper mapper;

    @Autowired
    CaseTasks tasks;

    @Autowired
    SeizureCases cases;

    CaseApi api;

    @BeforeEach
    void api() {
        api = new CaseApi(mvc);
    }

    TaskForm form(String taskId, WildcaseUser user, String taskKey) {
        UI.getCurrent().removeAll();
        var open = tasks.open(taskId, user);
        TaskForm form = switch (taskKey) {
            case TaskKeys.RECORD_LIVE_SPECIMEN_CARE -> forms.recordLiveSpecimenCare(open.ref(), open.caseFile());
            case TaskKeys.DECIDE_DISPOSAL -> forms.decideDisposal(open.ref(), open.caseFile());
            default -> forms.recordDisposal(open.ref(), open.caseFile());
        };
        UI.getCurrent().add(form.content());
        return form;
    }

    /** The command as the form builds it, written as the API body. */
    String json(TaskForm form) throws Exception {
        return mapper.writeValueAsString(form.command());
    }

    static TextField text(String id) {
        return _get(TextField.class, s -> s.withId(id));
    }

    static BigDecimalField number(String id) {
        return _get(BigDecimalField.class, s -> s.withId(id));
    }

    @SuppressWarnings("unchecked")
    static <T> Select<T> select(String id) {
        return _get(Select.class, s -> s.withId(id));
    }

    static List<String> fields(InvalidInputException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    /** A case with a live line of 4 falcons and a line of 1 snow leopard skin, taken over REST to DecideDisposal. */
    String caseAwaitingDisposal() throws Exception {
        String n = api.open("officer.bishkek", true);
        api.complete("expert", n, "IdentifySpecies", "{\"conclusion\": \"VIOLATION\"}").andExpect(status().isOk());
        api.complete("lawyer", n, "QualifyOffence", """
                {"qualification": "ADMINISTRATIVE", "legalBasis": "Code of Offences, Art. 305"}""")
                .andExpect(status().isOk());
        api.complete("lawyer", n, "RecordPenalty", """
                {"protocolNumber": "P-1", "fine": {"amount": 1000, "currency": "KGS"}, "confiscation": true,
                 "paymentDue": "2026-12-20", "recordedOn": "2026-11-24"}""").andExpect(status().isOk());
        api.complete("lawyer", n, "RecordPayment", """
                {"paidOn": "2026-11-25", "amount": {"amount": 1000, "currency": "KGS"}}""").andExpect(status().isOk());
        return n;
    }

    @Test
    void live_specimen_care_is_placed_now_unless_the_officer_says_otherwise() throws Exception {
        String n = api.open("officer.bishkek", true);
        String taskId = api.taskId("officer.bishkek", n, TaskKeys.RECORD_LIVE_SPECIMEN_CARE);
        TaskForm form = form(taskId, OFFICER, TaskKeys.RECORD_LIVE_SPECIMEN_CARE);

        LocalDateTime placed = _get(DateTimePicker.class, s -> s.withId("care-placed-at")).getValue();
        assertThat(placed).isCloseTo(LocalDateTime.now(BISHKEK), org.assertj.core.api.Assertions.within(2,
                ChronoUnit.MINUTES));
        assertThat(_get(UnorderedList.class, s -> s.withId("care-live-specimens")).getChildren()).hasSize(1);
        _setValue(text("care-facility"), "Bishkek rescue centre");
        _setValue(text("care-keeper"), "A. Keeper");
        _setValue(_get(DateTimePicker.class, s -> s.withId("care-placed-at")), LocalDateTime.of(2026, 11, 20, 14, 5));
        assertThat(json(form)).isEqualTo("""
                {"facility":"Bishkek rescue centre","keeper":"A. Keeper","placedAt":"2026-11-20T14:05:00+06:00"}""");

        tasks.complete(taskId, TaskBody.of(form.command()), OFFICER);

        @SuppressWarnings("unchecked")
        List<SpecimenCustody.CareView> care = files.of(n, OFFICER).care();
        assertThat(care).singleElement().satisfies(c -> {
            assertThat(c.facility()).isEqualTo("Bishkek rescue centre");
            assertThat(c.placedAt().toInstant()).isEqualTo(java.time.Instant.parse("2026-11-20T08:05:00Z"));
        });
    }

    @Test
    void an_empty_care_form_is_refused_and_every_error_lands_on_its_field() throws Exception {
        String n = api.open("officer.bishkek", true);
        String taskId = api.taskId("officer.bishkek", n, TaskKeys.RECORD_LIVE_SPECIMEN_CARE);
        TaskForm form = form(taskId, OFFICER, TaskKeys.RECORD_LIVE_SPECIMEN_CARE);
        _setValue(_get(DateTimePicker.class, s -> s.withId("care-placed-at")), null);

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> tasks.complete(taskId, TaskBody.of(form.command()), OFFICER));

        assertThat(fields(refused)).containsExactlyInAnyOrder("facility", "keeper", "placedAt");
        assertThat(form.errors().show(refused.errors())).isEmpty();
        assertThat(text("care-facility").isInvalid()).isTrue();
        assertThat(_get(DateTimePicker.class, s -> s.withId("care-placed-at")).isInvalid()).isTrue();
    }

    @Test
    void the_disposal_decided_per_line_is_carried_out_with_its_hand_overs_and_closes_the_case() throws Exception {
        String n = caseAwaitingDisposal();
        String decideId = api.taskId("expert", n, TaskKeys.DECIDE_DISPOSAL);
        TaskForm decide = form(decideId, EXPERT, TaskKeys.DECIDE_DISPOSAL);
        assertThat(number("disposal-quantity-0").getValue()).isEqualByComparingTo("4");
        assertThat(number("disposal-quantity-1").getValue()).isEqualByComparingTo("1");
        _setValue(select("disposal-method-0"), "RESCUE_CENTRE");
        _setValue(text("disposal-destination-0"), "Bishkek rescue centre");
        _setValue(select("disposal-method-1"), "EVIDENCE_STORAGE");
        assertThat(json(decide)).isEqualTo("""
                {"disposals":[{"specimenIndex":0,"quantity":4,"method":"RESCUE_CENTRE",\
                "destination":"Bishkek rescue centre"},{"specimenIndex":1,"quantity":1,"method":"EVIDENCE_STORAGE",\
                "destination":null}]}""");
        tasks.complete(decideId, TaskBody.of(decide.command()), EXPERT);

        String recordId = api.taskId("officer.bishkek", n, TaskKeys.RECORD_DISPOSAL);
        TaskForm record = form(recordId, OFFICER, TaskKeys.RECORD_DISPOSAL);
        assertThat(_get(UnorderedList.class, s -> s.withId("record-disposal-decided")).getChildren()).hasSize(2);
        assertThat(_get(DatePicker.class, s -> s.withId("record-disposal-completed-on")).getValue())
                .isEqualTo(LocalDate.now(BISHKEK));
        _assertNone(TextField.class, s -> s.withId("custody-from-0"));
        assertThat(((SpecimenCustody.RecordDisposal) record.command()).custody()).isNull();

        _click(_get(Button.class, s -> s.withId("record-disposal-add-custody")));
        assertThat(CustodyFormsTest.<Integer>select("custody-specimen-0").getValue()).isZero();
        assertThat(number("custody-quantity-0").getValue()).isEqualByComparingTo("4");
        assertThat(text("custody-to-0").getValue()).isEqualTo("Bishkek rescue centre");
        _setValue(_get(DatePicker.class, s -> s.withId("record-disposal-completed-on")), LocalDate.of(2026, 11, 26));
        _setValue(_get(TextArea.class, s -> s.withId("record-disposal-note")), "Handed over");
        _setValue(text("custody-from-0"), "Customs BIS");
        _setValue(text("custody-handed-over-by-0"), "Officer A");
        _setValue(text("custody-received-by-0"), "Keeper B");
        _setValue(_get(DateTimePicker.class, s -> s.withId("custody-at-0")), LocalDateTime.of(2026, 11, 26, 10, 0));
        assertThat(json(record)).isEqualTo("""
                {"completedOn":"2026-11-26","note":"Handed over","custody":[{"specimenIndex":0,"quantity":4,\
                "from":"Customs BIS","to":"Bishkek rescue centre","handedOverBy":"Officer A","receivedBy":"Keeper B",\
                "at":"2026-11-26T10:00:00+06:00","reason":null}]}""");

        tasks.complete(recordId, TaskBody.of(record.command()), OFFICER);

        CaseView closed = cases.view(n, OFFICER);
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        @SuppressWarnings("unchecked")
        List<SpecimenCustody.CustodyView> custody = files.of(closed.caseNumber(), OFFICER).custody();
        assertThat(custody).singleElement().satisfies(c -> {
            assertThat(c.to()).isEqualTo("Bishkek rescue centre");
            assertThat(c.quantity()).isEqualByComparingTo(BigDecimal.valueOf(4));
        });
    }

    @Test
    void an_empty_disposal_decision_is_refused_and_every_error_lands_on_its_field() throws Exception {
        String n = caseAwaitingDisposal();
        String decideId = api.taskId("expert", n, TaskKeys.DECIDE_DISPOSAL);
        TaskForm decide = form(decideId, EXPERT, TaskKeys.DECIDE_DISPOSAL);
        _setValue(number("disposal-quantity-1"), new BigDecimal("2"));

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> tasks.complete(decideId, TaskBody.of(decide.command()), EXPERT));

        assertThat(fields(refused)).containsExactlyInAnyOrder("disposals[0].method", "disposals[1].method",
                "disposals[1].quantity");
        assertThat(decide.errors().show(refused.errors())).isEmpty();
        assertThat(select("disposal-method-0").isInvalid()).isTrue();
        assertThat(number("disposal-quantity-1").getErrorMessage()).startsWith("is more than the specimen line holds");
    }

    @Test
    void an_empty_disposal_record_is_refused_and_errors_follow_the_hand_over_rows_after_a_removal()
            throws Exception {
        String n = caseAwaitingDisposal();
        api.complete("expert", n, "DecideDisposal", """
                {"disposals": [{"specimenIndex": 0, "method": "RESCUE_CENTRE"},
                               {"specimenIndex": 1, "method": "EVIDENCE_STORAGE"}]}""").andExpect(status().isOk());
        String recordId = api.taskId("officer.bishkek", n, TaskKeys.RECORD_DISPOSAL);
        TaskForm record = form(recordId, OFFICER, TaskKeys.RECORD_DISPOSAL);
        Button add = _get(Button.class, s -> s.withId("record-disposal-add-custody"));
        _click(add);
        _click(add);
        assertThat(CustodyFormsTest.<Integer>select("custody-specimen-1").getValue()).isEqualTo(1);
        _click(_get(Button.class, s -> s.withId("custody-remove-0")));
        // The row of the second line is now the first, under the ids and paths of the first.
        _assertNone(TextField.class, s -> s.withId("custody-from-1"));
        assertThat(CustodyFormsTest.<Integer>select("custody-specimen-0").getValue()).isEqualTo(1);
        _setValue(_get(DatePicker.class, s -> s.withId("record-disposal-completed-on")), null);
        _setValue(CustodyFormsTest.<Integer>select("custody-specimen-0"), null);
        _setValue(number("custody-quantity-0"), null);
        _setValue(text("custody-to-0"), "");
        _setValue(_get(DateTimePicker.class, s -> s.withId("custody-at-0")), null);

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> tasks.complete(recordId, TaskBody.of(record.command()), OFFICER));

        assertThat(fields(refused)).containsExactlyInAnyOrder("completedOn", "custody[0].specimenIndex",
                "custody[0].quantity", "custody[0].from", "custody[0].to", "custody[0].handedOverBy",
                "custody[0].receivedBy", "custody[0].at");
        assertThat(record.errors().show(refused.errors())).isEmpty();
        assertThat(text("custody-handed-over-by-0").isInvalid()).isTrue();
        assertThat(_get(DatePicker.class, s -> s.withId("record-disposal-completed-on")).isInvalid()).isTrue();
        assertThat(cases.view(n, OFFICER).status()).isEqualTo(CaseStatus.OPEN);
    }
}
