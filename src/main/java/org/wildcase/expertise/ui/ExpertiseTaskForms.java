package org.wildcase.expertise.ui;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.wildcase.expertise.SpeciesExpertise;
import org.wildcase.seizure.CaseView;
import org.wildcase.seizure.ui.TaskForm;
import org.wildcase.seizure.ui.TaskForms;
import org.wildcase.species.CitesSettings;
import org.wildcase.species.SpeciesCatalogue;
import org.wildcase.species.TradeCodes;
import org.wildcase.workflow.TaskKeys;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The forms of the expertise tasks: the expert's identification and the officer's answer to a question. */
@Component
class ExpertiseTaskForms implements TaskForms {

    private final SpeciesCatalogue catalogue;
    private final TradeCodes codes;
    private final CitesSettings settings;
    private final ObjectMapper mapper;

    ExpertiseTaskForms(SpeciesCatalogue catalogue, TradeCodes codes, CitesSettings settings, ObjectMapper mapper) {
        this.catalogue = catalogue;
        this.codes = codes;
        this.settings = settings;
        this.mapper = mapper;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of(TaskKeys.IDENTIFY_SPECIES, TaskKeys.PROVIDE_INFORMATION);
    }

    @Override
    public TaskForm create(String taskKey, CaseView caseFile) {
        return switch (taskKey) {
            case TaskKeys.IDENTIFY_SPECIES -> new IdentifySpecies(caseFile, expertise(caseFile), catalogue, codes,
                    settings.timeZone());
            case TaskKeys.PROVIDE_INFORMATION -> new ProvideInformation(expertise(caseFile), settings.timeZone());
            default -> throw new IllegalArgumentException("No expertise form for " + taskKey);
        };
    }

    /** The case file carries the section as the module wrote it, or as JSON read back: either converts. */
    private SpeciesExpertise.View expertise(CaseView caseFile) {
        return caseFile.expertise() == null ? null
                : mapper.convertValue(caseFile.expertise(), SpeciesExpertise.View.class);
    }
}
