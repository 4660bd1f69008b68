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

    @ArchTest
    static final ArchRule domain_modules_do_not_reach_into_the_ui_shell = noClasses()
            .that().resideInAnyPackage("org.wildcase.species", "org.wildcase.permit", "org.wildcase.check",
                    "org.wildcase.seizure", "org.wildcase.expertise", "org.wildcase.legal", "org.wildcase.custody",
                    "org.wildcase.audit", "org.wildcase.workflow")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..");
}
