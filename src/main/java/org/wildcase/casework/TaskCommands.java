package org.wildcase.casework;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;
import org.wildcase.custody.SpecimenCustody;
import org.wildcase.expertise.SpeciesExpertise;
import org.wildcase.legal.LegalHandling;
import org.wildcase.reconciliation.Reconciliations;
import org.wildcase.security.WildcaseUser;
import org.wildcase.seizure.CaseRef;
import org.wildcase.seizure.CaseStep;
import org.wildcase.seizure.ReleaseConsignment;
import org.wildcase.workflow.ReconciliationWorkflow;
import org.wildcase.workflow.TaskKeys;

/**
 * The one table of the user tasks: each task key, the command record its completion takes (api.md's body, bound by
 * Jackson at the edge and judged by the owning module), and the module's service method that carries it out.
 * Adding a user task is one line here.
 */
@Component
class TaskCommands {

    /** A case task's step: the owning module's typed service method. */
    @FunctionalInterface
    interface Step<C> {
        CaseStep take(CaseRef ref, WildcaseUser user, C command);
    }

    /** A case task's command type, whether a body is required, and its step. */
    record CaseCommand<C>(Class<C> type, boolean required, Step<C> step) {

        CaseStep take(CaseRef ref, WildcaseUser user, Object command) {
            return step.take(ref, user, type.cast(command));
        }
    }

    /** The review of a reconciliation run, the one user task that is not about a case. */
    static final String REVIEW = ReconciliationWorkflow.REVIEW_DISCREPANCIES;

    private final Map<String, CaseCommand<?>> caseTasks;

    TaskCommands(SpeciesExpertise expertise, LegalHandling legal, SpecimenCustody custody,
            ReleaseConsignment release) {
        caseTasks = Map.of(
                TaskKeys.IDENTIFY_SPECIES, required(SpeciesExpertise.IdentifySpecies.class, expertise::identifySpecies),
                TaskKeys.PROVIDE_INFORMATION, required(SpeciesExpertise.ProvideInformation.class,
                        expertise::provideInformation),
                TaskKeys.RELEASE_CONSIGNMENT, new CaseCommand<>(ReleaseConsignment.Body.class, false,
                        release::release),
                TaskKeys.RECORD_LIVE_SPECIMEN_CARE, required(SpecimenCustody.Care.class,
                        custody::recordLiveSpecimenCare),
                TaskKeys.QUALIFY_OFFENCE, required(LegalHandling.QualifyOffence.class, legal::qualifyOffence),
                TaskKeys.RECORD_PENALTY, required(LegalHandling.RecordPenalty.class, legal::recordPenalty),
                TaskKeys.RECORD_PAYMENT, required(LegalHandling.RecordPayment.class, legal::recordPayment),
                TaskKeys.REFER_TO_INVESTIGATION, required(LegalHandling.ReferToInvestigation.class,
                        legal::referToInvestigation),
                TaskKeys.DECIDE_DISPOSAL, required(SpecimenCustody.DecideDisposal.class, custody::decideDisposal),
                TaskKeys.RECORD_DISPOSAL, required(SpecimenCustody.RecordDisposal.class, custody::recordDisposal));
    }

    private static <C> CaseCommand<C> required(Class<C> type, Step<C> step) {
        return new CaseCommand<>(type, true, step);
    }

    /** The command of a case task (a task of the seizure case flow). */
    CaseCommand<?> forCase(String taskKey) {
        CaseCommand<?> command = caseTasks.get(taskKey);
        if (command == null) {
            throw new IllegalStateException("No command for task " + taskKey);
        }
        return command;
    }

    /** Every task's body type by task key, for the published OpenAPI document. */
    Map<String, Class<?>> bodies() {
        Map<String, Class<?>> bodies = new TreeMap<>();
        caseTasks.forEach((key, command) -> bodies.put(key, command.type()));
        bodies.put(REVIEW, Reconciliations.Review.class);
        return bodies;
    }
}
