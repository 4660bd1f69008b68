package org.wildcase.expertise.ui;


import org.springframework.stereotype.Component;
import org.wildcase.expertise.SpeciesExpertise;
import org.wildcase.seizure.CaseRef;
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

    ExpertiseForms(SpeciesCatalogue catalogue, TradeCodes codes, CitesSettings settings, SpeciesExpertise expertise) {
        this.catalogue = catalogue;
        this.codes = codes;
        this.settings = settings;
        this.expertise = expertise;
    }

    public TaskForm identifySpecies(CaseRef ref, CaseView caseFile) {
        return new IdentifySpecies(caseFile, expertise(ref), catalogue, codes, settings.timeZone());
    }

    public TaskForm provideInformation(CaseRef ref, CaseView caseFile) {
        return new ProvideInformation(expertise(ref), settings.timeZone());
    }

    /** The case's earlier rounds, typed, from the expertise itself; null before the first conclusion. */
    private SpeciesExpertise.View expertise(CaseRef ref) {
        return expertise.view(ref.id()).orElse(null);
    }
}
