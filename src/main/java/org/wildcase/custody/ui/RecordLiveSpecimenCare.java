package org.wildcase.custody.ui;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

import org.wildcase.custody.SpecimenCustody;
import org.wildcase.seizure.CaseView;
import org.wildcase.ui.TaskForm;
import org.wildcase.ui.FieldErrors;
import org.wildcase.ui.Formats;
import org.wildcase.ui.Forms;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** Where the live specimens were placed and who keeps them; placement time defaults to now. */
class RecordLiveSpecimenCare extends Composite<VerticalLayout> implements TaskForm {

    private final FieldErrors errors = new FieldErrors();
    private final TextField facility = new TextField();
    private final TextField keeper = new TextField();
    private final DateTimePicker placedAt = new DateTimePicker();
    private final ZoneId zone;

    RecordLiveSpecimenCare(CaseView caseFile, ZoneId zone, LocalDateTime now) {
        this.zone = zone;
        VerticalLayout layout = getContent();
        layout.setPadding(false);

        layout.add(new Paragraph(getTranslation("form.care.live")));
        UnorderedList live = new UnorderedList();
        live.setId("care-live-specimens");
        caseFile.specimens().stream().filter(CaseView.SpecimenView::live).forEach(s -> live.add(new ListItem(
                (s.index() + 1) + ". " + Objects.toString(s.description(), "") + " — "
                        + Objects.toString(s.scientificName(), "—") + ", " + Formats.quantity(s.quantity(), s.unit()))));
        layout.add(live);

        facility.setId("care-facility");
        facility.setLabel(getTranslation("form.care.facility"));
        facility.setRequiredIndicatorVisible(true);
        errors.bind("facility", facility);

        keeper.setId("care-keeper");
        keeper.setLabel(getTranslation("form.care.keeper"));
        keeper.setRequiredIndicatorVisible(true);
        errors.bind("keeper", keeper);

        placedAt.setId("care-placed-at");
        placedAt.setLabel(getTranslation("form.care.placedAt"));
        placedAt.setHelperText(getTranslation("form.care.placedAt.help", zone.getId()));
        placedAt.setRequiredIndicatorVisible(true);
        placedAt.setValue(now);
        errors.bind("placedAt", placedAt);

        FormLayout fields = new FormLayout(facility, keeper, placedAt);
        layout.add(fields);
    }

    @Override
    public Component content() {
        return this;
    }

    @Override
    public SpecimenCustody.Care command() {
        return new SpecimenCustody.Care(Forms.text(facility.getValue()), Forms.text(keeper.getValue()),
                Forms.at(placedAt.getValue(), zone));
    }

    @Override
    public FieldErrors errors() {
        return errors;
    }
}
