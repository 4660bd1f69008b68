package org.wildcase.expertise.ui;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.wildcase.expertise.Conclusion;
import org.wildcase.expertise.Reason;
import org.wildcase.expertise.SpeciesExpertise;
import org.wildcase.expertise.Verdict;
import org.wildcase.seizure.CaseView;
import org.wildcase.ui.TaskForm;
import org.wildcase.species.SpeciesCatalogue;
import org.wildcase.species.TradeCodes;
import org.wildcase.species.ui.SpeciesField;
import org.wildcase.ui.FieldErrors;
import org.wildcase.ui.Formats;
import org.wildcase.ui.Forms;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The expert's form: what each specimen line really is, a verdict on each document presented, and the conclusion.
 * The lines start as customs registered them (or as the previous round left them, after more information came in),
 * so the expert corrects rather than retypes.
 */
class IdentifySpecies extends Composite<VerticalLayout> implements TaskForm {

    static final String MORE_INFORMATION_NEEDED = "MORE_INFORMATION_NEEDED";

    private final FieldErrors errors = new FieldErrors();
    private final List<SpecimenRow> specimens = new ArrayList<>();
    private final List<DocumentRow> documents = new ArrayList<>();
    private final RadioButtonGroup<String> conclusion = new RadioButtonGroup<>();
    private final TextArea opinion = new TextArea();
    private final TextArea question = new TextArea();

    /** The photos and scans shown beside a line or a document; none in forms that have no evidence at hand. */
    interface Evidence {
        Evidence NONE = new Evidence() {
        };

        default java.util.Optional<com.vaadin.flow.component.Component> ofSpecimen(int index) {
            return java.util.Optional.empty();
        }

        default java.util.Optional<com.vaadin.flow.component.Component> ofDocument(int index) {
            return java.util.Optional.empty();
        }
    }

    IdentifySpecies(CaseView caseFile, SpeciesExpertise.View expertise, SpeciesCatalogue catalogue,
            TradeCodes codes, ZoneId zone) {
        this(caseFile, expertise, catalogue, codes, zone, Evidence.NONE);
    }

    IdentifySpecies(CaseView caseFile, SpeciesExpertise.View expertise, SpeciesCatalogue catalogue,
            TradeCodes codes, ZoneId zone, Evidence evidence) {
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        SpeciesExpertise.RoundView previous = expertise == null || expertise.rounds() == null
                || expertise.rounds().isEmpty() ? null : expertise.rounds().get(expertise.rounds().size() - 1);
        if (previous != null && previous.question() != null) {
            layout.add(earlierRound(previous, zone));
        }

        layout.add(new H3(getTranslation("form.identify.specimens")));
        for (CaseView.SpecimenView s : caseFile.specimens()) {
            SpecimenRow row = new SpecimenRow(s, identified(previous, s.index()), catalogue, codes, specimens.size());
            specimens.add(row);
            layout.add(row.layout);
            evidence.ofSpecimen(s.index()).ifPresent(row.layout::add);
        }

        if (!caseFile.documents().isEmpty()) {
            layout.add(new H3(getTranslation("form.identify.documents")));
        }
        for (CaseView.DocumentView d : caseFile.documents()) {
            DocumentRow row = new DocumentRow(d, assessed(previous, d.index()), documents.size());
            documents.add(row);
            layout.add(row.layout);
            evidence.ofDocument(d.index()).ifPresent(row.layout::add);
        }

        layout.add(new H3(getTranslation("form.identify.conclusion")));
        conclusion.setId("identify-conclusion");
        conclusion.setItems(SpeciesExpertise.conclusions());
        conclusion.setItemLabelGenerator(c -> getTranslation("conclusion." + c));
        conclusion.setRequiredIndicatorVisible(true);
        errors.bind("conclusion", conclusion);

        opinion.setId("identify-opinion");
        opinion.setLabel(getTranslation("form.identify.opinion"));
        opinion.setWidthFull();
        errors.bind("opinion", opinion);

        question.setId("identify-question");
        question.setLabel(getTranslation("form.identify.question"));
        question.setHelperText(getTranslation("form.identify.question.help"));
        question.setRequiredIndicatorVisible(true);
        question.setWidthFull();
        question.setVisible(false);
        errors.bind("question", question);
        conclusion.addValueChangeListener(e -> question.setVisible(MORE_INFORMATION_NEEDED.equals(e.getValue())));

        layout.add(conclusion, opinion, question);
    }

    private Component earlierRound(SpeciesExpertise.RoundView round, ZoneId zone) {
        Div box = new Div();
        box.setId("identify-earlier-round");
        Paragraph asked = new Paragraph(getTranslation("form.identify.earlier.question", round.question()));
        asked.setId("identify-earlier-question");
        box.add(asked);
        String answer = round.answer() == null ? getTranslation("form.identify.earlier.noAnswer")
                : getTranslation("form.identify.earlier.answer", round.answer(),
                        Objects.toString(round.answeredBy(), ""),
                        Formats.dateTime(round.answeredAt(), zone, getLocale()));
        Paragraph answered = new Paragraph(answer);
        answered.setId("identify-earlier-answer");
        box.add(answered);
        return box;
    }

    private static Optional<SpeciesExpertise.IdentificationView> identified(SpeciesExpertise.RoundView round,
            int specimenIndex) {
        return round == null || round.identifications() == null ? Optional.empty()
                : round.identifications().stream().filter(i -> i.specimenIndex() == specimenIndex).findFirst();
    }

    private static Optional<SpeciesExpertise.AssessmentView> assessed(SpeciesExpertise.RoundView round,
            int documentIndex) {
        return round == null || round.documentAssessments() == null ? Optional.empty()
                : round.documentAssessments().stream().filter(a -> a.documentIndex() == documentIndex).findFirst();
    }

    @Override
    public Component content() {
        return this;
    }

    @Override
    public FieldErrors errors() {
        return errors;
    }

    @Override
    public SpeciesExpertise.IdentifySpecies command() {
        List<SpeciesExpertise.Identification> identifications = specimens.stream()
                .map(row -> new SpeciesExpertise.Identification(row.index, Forms.text(row.species.getValue()),
                        row.quantity.getValue(), Forms.text(row.unit.getValue()), row.live.getValue()))
                .toList();
        List<SpeciesExpertise.Assessment> assessments = documents.stream()
                .map(row -> new SpeciesExpertise.Assessment(row.index, Forms.code(Verdict.class,
                        row.verdict.getValue()),
                        // In the order of the list, not of clicking, so the same choice always reads the same.
                        SpeciesExpertise.reasons().stream().filter(row.reasons.getValue()::contains)
                                .map(r -> Forms.code(Reason.class, r)).toList()))
                .toList();
        // A question typed and then abandoned for another conclusion is not sent.
        return new SpeciesExpertise.IdentifySpecies(identifications, assessments,
                Forms.code(Conclusion.class, conclusion.getValue()), Forms.text(opinion.getValue()),
                MORE_INFORMATION_NEEDED.equals(conclusion.getValue()) ? Forms.text(question.getValue()) : null);
    }

    /** One specimen line: its registration beside the expert's identification. */
    private final class SpecimenRow {
        final int index;
        final SpeciesField species;
        final BigDecimalField quantity = new BigDecimalField();
        final ComboBox<String> unit = new ComboBox<>();
        final Checkbox live = new Checkbox();
        final Div layout = new Div();

        SpecimenRow(CaseView.SpecimenView s, Optional<SpeciesExpertise.IdentificationView> earlier,
                SpeciesCatalogue catalogue, TradeCodes codes, int row) {
            this.index = s.index();
            String at = "identifications[" + row + "].";

            Span registered = new Span(getTranslation("form.identify.registered", s.index() + 1,
                    Objects.toString(s.description(), ""), Objects.toString(s.term(), ""),
                    s.scientificName() == null ? "—" : s.scientificName(),
                    Formats.quantity(s.quantity(), s.unit()),
                    s.appendix() == null ? "—" : s.appendix()));
            registered.setId("identify-description-" + row);

            species = new SpeciesField(getTranslation("form.identify.species"), catalogue);
            species.setId("identify-species-" + row);
            species.setRequiredIndicatorVisible(true);
            species.setMinWidth("20em");
            errors.bind(at + "scientificName", species);

            quantity.setId("identify-quantity-" + row);
            quantity.setLabel(getTranslation("form.identify.quantity"));
            quantity.setWidth("8em");
            errors.bind(at + "quantity", quantity);

            unit.setId("identify-unit-" + row);
            unit.setLabel(getTranslation("form.identify.unit"));
            unit.setPlaceholder(getTranslation("form.identify.unit.count"));
            unit.setItems(codes.units().keySet().stream().filter(c -> !c.isBlank()).toList());
            unit.setItemLabelGenerator(c -> codes.unit(c).map(u -> c + " — " + u.description()).orElse(c));
            unit.setClearButtonVisible(true);
            unit.setWidth("12em");
            errors.bind(at + "unit", unit);

            live.setId("identify-live-" + row);
            live.setLabel(getTranslation("form.identify.live"));
            errors.bind(at + "live", live);

            species.setValue(earlier.map(SpeciesExpertise.IdentificationView::scientificName)
                    .orElse(s.scientificName()));
            BigDecimal q = earlier.isPresent() ? earlier.get().quantity() : s.quantity();
            quantity.setValue(q == null ? null : new BigDecimal(q.stripTrailingZeros().toPlainString()));
            String u = earlier.isPresent() ? earlier.get().unit() : s.unit();
            unit.setValue(u == null || u.isBlank() ? null : u);
            live.setValue(earlier.map(SpeciesExpertise.IdentificationView::live).orElse(s.live()) == Boolean.TRUE);

            FlexLayout fields = new FlexLayout(species, quantity, unit, live);
            fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            fields.setAlignItems(FlexComponent.Alignment.BASELINE);
            fields.getStyle().set("gap", "var(--lumo-space-m)");
            layout.add(registered, fields);
            layout.setWidthFull();
        }
    }

    /** One document presented: the expert's verdict and the indicators behind it. */
    private final class DocumentRow {
        final int index;
        final Select<String> verdict = new Select<>();
        final MultiSelectComboBox<String> reasons = new MultiSelectComboBox<>();
        final Div layout = new Div();

        DocumentRow(CaseView.DocumentView d, Optional<SpeciesExpertise.AssessmentView> earlier, int row) {
            this.index = d.index();
            String at = "documentAssessments[" + row + "].";
            Span document = new Span(getTranslation("form.identify.document", d.index() + 1,
                    d.type() == null ? "" : getTranslation("documentType." + d.type().name()),
                    Objects.toString(d.number(), ""), Objects.toString(d.issuingCountry(), "")));
            document.setId("identify-document-" + row);

            verdict.setId("identify-verdict-" + row);
            verdict.setLabel(getTranslation("form.identify.verdict"));
            verdict.setItems(SpeciesExpertise.verdicts());
            verdict.setItemLabelGenerator(v -> v == null ? "" : getTranslation("verdict." + v));
            verdict.setEmptySelectionAllowed(true);
            verdict.setRequiredIndicatorVisible(true);
            errors.bind(at + "verdict", verdict);

            reasons.setId("identify-reasons-" + row);
            reasons.setLabel(getTranslation("form.identify.reasons"));
            reasons.setItems(SpeciesExpertise.reasons());
            reasons.setItemLabelGenerator(r -> getTranslation("reason." + r));
            reasons.setMinWidth("24em");
            errors.bind(at + "reasons", reasons);

            earlier.ifPresent(a -> {
                verdict.setValue(a.verdict());
                reasons.setValue(a.reasons() == null ? Set.of() : a.reasons().stream()
                        .filter(SpeciesExpertise.reasons()::contains).collect(Collectors.toSet()));
            });

            FlexLayout fields = new FlexLayout(verdict, reasons);
            fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            fields.setAlignItems(FlexComponent.Alignment.BASELINE);
            fields.getStyle().set("gap", "var(--lumo-space-m)");
            layout.add(document, fields);
            layout.setWidthFull();
        }
    }
}
