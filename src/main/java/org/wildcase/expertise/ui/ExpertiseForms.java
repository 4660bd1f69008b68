package org.wildcase.expertise.ui;


import java.util.List;

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

    private final org.wildcase.evidence.CaseEvidence evidence;
    private final org.wildcase.security.CurrentUser currentUser;

    ExpertiseForms(SpeciesCatalogue catalogue, TradeCodes codes, CitesSettings settings, SpeciesExpertise expertise,
            org.wildcase.evidence.CaseEvidence evidence, org.wildcase.security.CurrentUser currentUser) {
        this.evidence = evidence;
        this.currentUser = currentUser;
        this.catalogue = catalogue;
        this.codes = codes;
        this.settings = settings;
        this.expertise = expertise;
    }

    public TaskForm identifySpecies(CaseRef ref, CaseView caseFile) {
        return new IdentifySpecies(caseFile, expertise(ref), catalogue, codes, settings.timeZone(), evidence(ref));
    }

    /** The case's photos and scans beside each line and document they show (retracted ones left out). */
    private IdentifySpecies.Evidence evidence(CaseRef ref) {
        // The files are read as the signed-in user may read them; a form built for nobody shows none.
        org.wildcase.security.WildcaseUser user = currentUser.get().orElse(null);
        if (user == null) {
            return IdentifySpecies.Evidence.NONE;
        }
        List<org.wildcase.evidence.CaseEvidence.Attachment> files = evidence.all(ref.id()).stream()
                .filter(a -> !a.retracted()).toList();
        return new IdentifySpecies.Evidence() {
            @Override
            public java.util.Optional<com.vaadin.flow.component.Component> ofSpecimen(int index) {
                return gallery(files.stream().filter(a -> Integer.valueOf(index).equals(a.specimenIndex())).toList(),
                        "identify-evidence-specimen-" + index);
            }

            @Override
            public java.util.Optional<com.vaadin.flow.component.Component> ofDocument(int index) {
                return gallery(files.stream().filter(a -> Integer.valueOf(index).equals(a.documentIndex())).toList(),
                        "identify-evidence-document-" + index);
            }

            private java.util.Optional<com.vaadin.flow.component.Component> gallery(
                    List<org.wildcase.evidence.CaseEvidence.Attachment> shown, String id) {
                if (shown.isEmpty()) {
                    return java.util.Optional.empty();
                }
                org.wildcase.evidence.ui.Gallery g = new org.wildcase.evidence.ui.Gallery(evidence,
                        ref.caseNumber(), user, shown);
                g.setId(id);
                return java.util.Optional.of(g);
            }
        };
    }

    public TaskForm provideInformation(CaseRef ref, CaseView caseFile) {
        return new ProvideInformation(expertise(ref), settings.timeZone());
    }

    /** The case's earlier rounds, typed, from the expertise itself; null before the first conclusion. */
    private SpeciesExpertise.View expertise(CaseRef ref) {
        return expertise.view(ref.id()).orElse(null);
    }
}
