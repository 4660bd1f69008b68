package org.wildcase;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Module boundaries: packages by domain, no cycles, and only the workflow module talks to the engine. */
@AnalyzeClasses(packages = "org.wildcase", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modules_do_not_depend_on_each_other_in_a_cycle = slices()
            .matching("org.wildcase.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule only_the_workflow_module_talks_to_the_engine = noClasses()
            .that().resideOutsideOfPackage("org.wildcase.workflow..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..");

    @ArchTest
    static final ArchRule the_workflow_module_knows_no_domain_module = noClasses()
            .that().resideInAPackage("org.wildcase.workflow..")
            .should().dependOnClassesThat().resideInAnyPackage("org.wildcase.seizure..", "org.wildcase.expertise..",
                    "org.wildcase.legal..", "org.wildcase.custody..");

    @ArchTest
    static final ArchRule cases_know_their_parts_only_through_ports = noClasses()
            .that().resideInAPackage("org.wildcase.seizure..")
            .should().dependOnClassesThat().resideInAnyPackage("org.wildcase.expertise..", "org.wildcase.legal..",
                    "org.wildcase.custody..", "org.wildcase.demo..");

    /** The domain modules and the modules below them: everything casework may call, and nothing that calls it. */
    static final String[] BELOW_CASEWORK = {"org.wildcase.seizure..", "org.wildcase.expertise..",
            "org.wildcase.legal..", "org.wildcase.custody..", "org.wildcase.permit..", "org.wildcase.species..",
            "org.wildcase.reconciliation..", "org.wildcase.check..", "org.wildcase.reporting..",
            "org.wildcase.audit..", "org.wildcase.workflow..", "org.wildcase.security..", "org.wildcase.api..",
            "org.wildcase.organisation..", "org.wildcase.evidence..", "org.wildcase.ui"};

    @ArchTest
    static final ArchRule no_domain_module_calls_casework = noClasses()
            .that().resideInAnyPackage(BELOW_CASEWORK)
            .should().dependOnClassesThat().resideInAPackage("org.wildcase.casework..");

    @ArchTest
    static final ArchRule casework_uses_no_other_modules_repositories = noClasses()
            .that().resideInAPackage("org.wildcase.casework..")
            .should().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class);

    /**
     * JSON is the REST edge's business: controllers and the api package (and the demo data, written as an API
     * client writes its bodies). Task commands, forms and the case file's sections are typed records inside.
     */
    @ArchTest
    static final ArchRule json_stays_at_the_rest_edge = noClasses()
            .that().resideOutsideOfPackages("org.wildcase.api..", "org.wildcase.demo..")
            .and().areNotAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
            .and().doNotHaveSimpleName("TaskBodiesDocument")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson.databind..");

    @ArchTest
    static final ArchRule domain_modules_do_not_reach_into_the_ui_shell = noClasses()
            .that().resideInAnyPackage("org.wildcase.species", "org.wildcase.permit", "org.wildcase.check",
                    "org.wildcase.seizure", "org.wildcase.expertise", "org.wildcase.legal", "org.wildcase.custody",
                    "org.wildcase.audit", "org.wildcase.workflow")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..");

    /**
     * A specimen line has three shapes, one per concept: as registered (the API body, with its field rules), as
     * stored and read by every module ({@code CaseView.SpecimenView}), and as the permit rules judge it (the check
     * module, below seizure). A fourth record with a line's components is a copy waiting to drift.
     */
    @ArchTest
    static void a_specimen_line_has_one_record_per_concept(com.tngtech.archunit.core.domain.JavaClasses classes) {
        java.util.Set<String> line = java.util.Set.of("description", "scientificName", "term", "quantity", "unit");
        java.util.List<String> shapes = classes.stream().filter(c -> c.isRecord())
                .filter(c -> java.util.Arrays.stream(c.reflect().getRecordComponents())
                        .map(java.lang.reflect.RecordComponent::getName).collect(java.util.stream.Collectors.toSet())
                        .containsAll(line))
                .map(com.tngtech.archunit.core.domain.JavaClass::getName).sorted().toList();
        org.assertj.core.api.Assertions.assertThat(shapes).containsExactly("org.wildcase.check.Shipment$Specimen",
                "org.wildcase.seizure.CaseView$SpecimenView", "org.wildcase.seizure.Registration$Specimen");
    }
}
