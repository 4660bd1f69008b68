package org.wildcase.expertise.ui;


import org.springframework.stereotype.Component;
import org.wildcase.expertise.SpeciesExpertise;
import org.wildcase.seizure.CaseView;
import org.wildcase.ui.TaskForm;
import org.wildcase.species.CitesSettings;
import org.wildcase.species.SpeciesCatalogue;
import org.wildcase.species.TradeCodes;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The forms of the expertise tasks: the expert's identification and the officer's answer to a question. */
@Component
public class ExpertiseForms {

    private final SpeciesCatalogue catalogue;
    private final TradeCodes codes;
    private final CitesSettings settings;
    private final ObjectMapper mapper;

    ExpertiseForms(SpeciesCatalogue catalogue, TradeCodes codes, CitesSettings settings, ObjectMapper mapper) {
        this.catalogue = catalogue;
        this.codes = codes;
        this.settings = settings;
        this.mapper = mapper;
    }

    public TaskForm identifySpecies(CaseView caseFile) {
        return new IdentifySpecies(caseFile, expertise(caseFile), catalogue, codes, settings.timeZone());
    }

    public TaskForm provideInformation(CaseView caseFile) {
        return new ProvideInformation(expertise(caseFile), settings.timeZone());
    }

    /** The case file carries the section as the module wrote it, or as JSON read back: either converts. */
    private SpeciesExpertise.View expertise(CaseView caseFile) {
        return caseFile.expertise() == null ? null
                : mapper.convertValue(caseFile.expertise(), SpeciesExpertise.View.class);
    }
}
