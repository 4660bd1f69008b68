package org.wildcase.expertise.ui;


import org.springframework.stereotype.Component;
import org.wildcase.expertise.SpeciesExpertise;
import org.wildcase.seizure.CaseView;
import org.wildcase.ui.TaskForm;
import org.wildcase.species.CitesSettings;
import org.wildcase.species.SpeciesCatalogue;
import org.wildcase.species.TradeCodes;

/** The forms of the expertise tasks: the expert's identification and the officer's answer to a question. */
@Component
public class ExpertiseForms {

    private final SpeciesCatalogue catalogue;
    private final TradeCodes codes;
    private final CitesSettings settings;
    private final SpeciesExpertise expertise;
    private final org.wildcase.seizure.SeizureCases cases;

    ExpertiseForms(SpeciesCatalogue catalogue, TradeCodes codes, CitesSettings settings, SpeciesExpertise expertise,
            org.wildcase.seizure.SeizureCases cases) {
        this.catalogue = catalogue;
        this.codes = codes;
        this.settings = settings;
        this.expertise = expertise;
        this.cases = cases;
    }

    public TaskForm identifySpecies(CaseView caseFile) {
        return new IdentifySpecies(caseFile, expertise(caseFile), catalogue, codes, settings.timeZone());
    }

    public TaskForm provideInformation(CaseView caseFile) {
        return new ProvideInformation(expertise(caseFile), settings.timeZone());
    }

    /** The case's earlier rounds, typed, from the expertise itself; null before the first conclusion. */
    private SpeciesExpertise.View expertise(CaseView caseFile) {
        return expertise.view(cases.ref(caseFile.caseNumber()).id()).orElse(null);
    }
}
