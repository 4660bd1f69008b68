package org.wildcase.expertise.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.wildcase.CaseApi;
import org.wildcase.api.InvalidInputException;
import org.wildcase.expertise.SpeciesExpertise;
import org.wildcase.casework.CaseTasks;
import org.wildcase.seizure.CaseView;
import org.wildcase.seizure.SeizureCases;
import org.wildcase.seizure.Stage;
import org.wildcase.api.TaskBody;
import org.wildcase.ui.TaskForm;
import org.wildcase.security.Roles;
import org.wildcase.security.WildcaseUser;
import org.wildcase.species.ui.SpeciesField;
import org.wildcase.ui.ViewTest;
import org.wildcase.workflow.TaskKeys;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;

/** The expertise forms build the bodies the expertise module takes, and its errors land next to their fields. */
class ExpertiseFormsTest extends ViewTest {

    static final WildcaseUser EXPERT = new WildcaseUser("expert", Set.of(Roles.CITES_EXPERT), null);
    static final WildcaseUser OFFICER = new WildcaseUser("officer.bishkek", Set.of(Roles.CUSTOMS_OFFICER), "BIS");

    @Autowired
    org.wildcase.casework.CaseFiles files;

    @Autowired
    MockMvc mvc;

    @Autowired
    ExpertiseForms forms;

    @Autowired
    com.fasterxml.jackson.databind.ObjectMapper mapper;

    @Autowired
    CaseTasks tasks;

    @Autowired
    SeizureCases cases;

    @Autowired
    org.wildcase.workflow.CaseWorkflow workflow;

    CaseApi api;

    @BeforeEach
    void api() {
        api = new CaseApi(mvc);
    }

    /** The form of the case's open task of this key, shown in the UI as the task view shows it. */
    TaskForm form(String taskId, WildcaseUser user, String taskKey) {
        var open = tasks.open(taskId, user);
        TaskForm form = TaskKeys.IDENTIFY_SPECIES.equals(taskKey) ? forms.identifySpecies(open.ref(), open.caseFile())
                : forms.provideInformation(open.ref(), open.caseFile());
        UI.getCurrent().add(form.content());
        return form;
    }

    @SuppressWarnings("unchecked")
    static <T> Select<T> select(String id) {
        return _get(Select.class, s -> s.withId(id));
    }

    @Test
    void the_identification_starts_from_the_registration_and_its_body_completes_the_task() throws Exception {
        String n = api.open("officer.bishkek", false);
        String taskId = api.taskId("expert", n, TaskKeys.IDENTIFY_SPECIES);
        TaskForm form = form(taskId, EXPERT, TaskKeys.IDENTIFY_SPECIES);

        assertThat(_get(SpeciesField.class, s -> s.withId("identify-species-0")).getValue()).isEqualTo("Falco cherrug");
        assertThat(_get(BigDecimalField.class, s -> s.withId("identify-quantity-0")).getValue()).isEqualByComparingTo("4");
        assertThat(_get(SpeciesField.class, s -> s.withId("identify-species-1")).getValue()).isEqualTo("Panthera uncia");
        _assertNone(TextArea.class, s -> s.withId("identify-question"));

        _setValue(_get(SpeciesField.class, s -> s.withId("identify-species-0")), "Falco rusticolus");
        _setValue(_get(BigDecimalField.class, s -> s.withId("identify-quantity-0")), new BigDecimal("3"));
        _setValue(_get(Checkbox.class, s -> s.withId("identify-live-0")), true);
        _setValue(select("identify-verdict-0"), "SUSPECTED_FAKE");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> reasons = _get(MultiSelectComboBox.class, s -> s.withId("identify-reasons-0"));
        _setValue(reasons, Set.of("COPY_NOT_ORIGINAL", "SECURITY_STAMP_MISMATCH"));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> conclusion = _get(RadioButtonGroup.class, s -> s.withId("identify-conclusion"));
        _setValue(conclusion, "VIOLATION");
        _setValue(_get(TextArea.class, s -> s.withId("identify-opinion")), "Gyrfalcons, stamp forged");

        JsonNode body = mapper.valueToTree(form.command());
        assertThat(body.toString()).isEqualTo("""
                {"identifications":[{"specimenIndex":0,"scientificName":"Falco rusticolus","quantity":3,"unit":null,\
                "live":true},{"specimenIndex":1,"scientificName":"Panthera uncia","quantity":1,"unit":null,\
                "live":false}],"documentAssessments":[{"documentIndex":0,"verdict":"SUSPECTED_FAKE",\
                "reasons":["SECURITY_STAMP_MISMATCH","COPY_NOT_ORIGINAL"]}],"conclusion":"VIOLATION",\
                "opinion":"Gyrfalcons, stamp forged","question":null}""");

        tasks.complete(taskId, TaskBody.of(form.command()), EXPERT);

        CaseView after = cases.view(n, EXPERT);
        assertThat(after.stage()).isEqualTo(Stage.LEGAL);
        SpeciesExpertise.View expertise = files.of(n, EXPERT).expertise();
        assertThat(expertise.conclusion()).isEqualTo("VIOLATION");
        SpeciesExpertise.RoundView round = expertise.rounds().get(0);
        assertThat(round.identifications().get(0).scientificName()).isEqualTo("Falco rusticolus");
        assertThat(round.identifications().get(1).appendix()).isEqualTo("I");
        assertThat(round.documentAssessments().get(0).reasons())
                .containsExactly("SECURITY_STAMP_MISMATCH", "COPY_NOT_ORIGINAL");
    }

    @Test
    void an_empty_identification_is_refused_and_every_error_lands_on_its_field() throws Exception {
        String n = api.open("officer.bishkek", false);
        String taskId = api.taskId("expert", n, TaskKeys.IDENTIFY_SPECIES);
        TaskForm form = form(taskId, EXPERT, TaskKeys.IDENTIFY_SPECIES);
        _setValue(_get(SpeciesField.class, s -> s.withId("identify-species-0")), null);
        _setValue(_get(BigDecimalField.class, s -> s.withId("identify-quantity-1")), BigDecimal.ZERO);

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> tasks.complete(taskId, TaskBody.of(form.command()), EXPERT));

        assertThat(refused.errors()).extracting(e -> e.field()).containsExactlyInAnyOrder("conclusion",
                "identifications[0].scientificName", "identifications[1].quantity", "documentAssessments[0].verdict");
        assertThat(form.errors().show(refused.errors())).isEmpty();
        assertThat(select("identify-verdict-0").isInvalid()).isTrue();
        assertThat(_get(SpeciesField.class, s -> s.withId("identify-species-0")).getErrorMessage())
                .isEqualTo("is required");
        RadioButtonGroup<?> conclusion = _get(RadioButtonGroup.class, s -> s.withId("identify-conclusion"));
        assertThat(conclusion.isInvalid()).isTrue();
        // Not the codes ("is required: [NO_VIOLATION, ...]"): the choices are on the form.
        assertThat(conclusion.getErrorMessage()).isEqualTo("is required");
        assertThat(cases.view(n, EXPERT).stage()).isEqualTo(Stage.EXPERTISE);
    }

    @Test
    void a_question_goes_to_customs_whose_answer_the_expert_sees_in_the_next_round() throws Exception {
        String n = api.open("officer.bishkek", true);
        String taskId = api.taskId("expert", n, TaskKeys.IDENTIFY_SPECIES);
        TaskForm identify = form(taskId, EXPERT, TaskKeys.IDENTIFY_SPECIES);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> conclusion = _get(RadioButtonGroup.class, s -> s.withId("identify-conclusion"));
        _setValue(conclusion, "MORE_INFORMATION_NEEDED");
        TextArea question = _get(TextArea.class, s -> s.withId("identify-question"));
        assertThat(question.isVisible()).isTrue();

        InvalidInputException noQuestion = catchThrowableOfType(InvalidInputException.class,
                () -> tasks.complete(taskId, TaskBody.of(identify.command()), EXPERT));
        assertThat(identify.errors().show(noQuestion.errors())).isEmpty();
        assertThat(question.isInvalid()).isTrue();

        _setValue(question, "Were the birds ringed?");
        _setValue(select("identify-verdict-0"), "AUTHENTIC");
        _setValue(_get(BigDecimalField.class, s -> s.withId("identify-quantity-0")), new BigDecimal("5"));
        tasks.complete(taskId, TaskBody.of(identify.command()), EXPERT);
        UI.getCurrent().removeAll();

        String infoId = api.taskId("officer.bishkek", n, TaskKeys.PROVIDE_INFORMATION);
        TaskForm information = form(infoId, OFFICER, TaskKeys.PROVIDE_INFORMATION);
        assertThat(_get(Paragraph.class, s -> s.withId("information-question")).getText())
                .isEqualTo("Were the birds ringed?");
        InvalidInputException noAnswer = catchThrowableOfType(InvalidInputException.class,
                () -> tasks.complete(infoId, TaskBody.of(information.command()), OFFICER));
        assertThat(noAnswer.errors()).extracting(e -> e.field()).containsExactly("answer");
        assertThat(information.errors().show(noAnswer.errors())).isEmpty();
        _setValue(_get(TextArea.class, s -> s.withId("information-answer")), "No rings, no microchips");
        assertThat(mapper.writeValueAsString(information.command())).isEqualTo("{\"answer\":\"No rings, no microchips\"}");
        tasks.complete(infoId, TaskBody.of(information.command()), OFFICER);
        UI.getCurrent().removeAll();

        String again = api.taskId("expert", n, TaskKeys.IDENTIFY_SPECIES);
        form(again, EXPERT, TaskKeys.IDENTIFY_SPECIES);
        assertThat(_get(Paragraph.class, s -> s.withId("identify-earlier-answer")).getText())
                .startsWith("Customs answered: No rings, no microchips (officer.bishkek, ");
        // The next round starts from what the expert recorded, not from the registration.
        assertThat(_get(BigDecimalField.class, s -> s.withId("identify-quantity-0")).getValue())
                .isEqualByComparingTo("5");
        assertThat(ExpertiseFormsTest.<String>select("identify-verdict-0").getValue()).isEqualTo("AUTHENTIC");
        _assertNone(TextArea.class, s -> s.withId("identify-question"));
    }

    @Test
    void the_form_speaks_the_users_language() throws Exception {
        String n = api.open("officer.bishkek", false);
        String taskId = api.taskId("expert", n, TaskKeys.IDENTIFY_SPECIES);
        UI.getCurrent().setLocale(Locale.forLanguageTag("ru"));
        form(taskId, EXPERT, TaskKeys.IDENTIFY_SPECIES);

        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> conclusion = _get(RadioButtonGroup.class, s -> s.withId("identify-conclusion"));
        assertThat(conclusion.getItemLabelGenerator().apply("VIOLATION")).isEqualTo("Нарушение");
        assertThat(_get(TextArea.class, s -> s.withId("identify-opinion")).getLabel()).isEqualTo("Мнение эксперта");
        assertThat(ExpertiseFormsTest.<String>select("identify-verdict-0").getItemLabelGenerator()
                .apply("SUSPECTED_FAKE")).isEqualTo("Подозрение на подделку");
    }

    @Test
    void the_expert_completes_the_identification_in_the_task_view() throws Exception {
        String n = api.open("officer.bishkek", false);
        String taskId = api.taskId("expert", n, TaskKeys.IDENTIFY_SPECIES);
        login("expert");
        navigate("tasks/" + taskId);

        _click(_get(Button.class, s -> s.withId("task-complete")));
        assertThat(select("identify-verdict-0").isInvalid()).isTrue();
        // Every error sits next to its field: the summary has no list of errors without one.
        assertThat(_get(Div.class, s -> s.withId("task-errors")).getChildren()
                .filter(UnorderedList.class::isInstance)).isEmpty();

        _setValue(select("identify-verdict-0"), "AUTHENTIC");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> conclusion = _get(RadioButtonGroup.class, s -> s.withId("identify-conclusion"));
        _setValue(conclusion, "NO_VIOLATION");
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, s -> s.withId("task-complete")));

        assertThat(cases.view(n, EXPERT).stage()).isEqualTo(Stage.RELEASE);
        // The notice says what comes next and whose it is; it is not the expert's, so nothing to open.
        assertThat(nextNotice()).isEqualTo("Identify species and assess permits: done. Next: Release the consignment (Customs officer).");
        assertThat(_find(Button.class, s -> s.withId("task-next-open"))).isEmpty();
    }

    @Test
    void when_the_next_task_is_the_experts_own_the_notice_offers_to_open_it() throws Exception {
        // Live animals: their care is offered to customs officers and to the expert, beside the expertise.
        String n = api.open("officer.bishkek", true);
        String taskId = api.taskId("expert", n, TaskKeys.IDENTIFY_SPECIES);
        login("expert");
        navigate("tasks/" + taskId);
        _setValue(select("identify-verdict-0"), "AUTHENTIC");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> conclusion = _get(RadioButtonGroup.class, s -> s.withId("identify-conclusion"));
        _setValue(conclusion, "NO_VIOLATION");
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, s -> s.withId("task-complete")));

        assertThat(nextNotice()).isEqualTo("Identify species and assess permits: done. Next for you: Record care of live specimens.");
        _click(_get(Button.class, s -> s.withId("task-next-open")));
        assertThat(currentPath()).isEqualTo("tasks/" + workflow.openTaskId(n, TaskKeys.RECORD_LIVE_SPECIMEN_CARE)
                .orElseThrow());
    }

    private static String nextNotice() {
        return BasicUtilsKt.get_text(_get(Span.class, s -> s.withId("task-next-text")));
    }
}
