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
    static final ArchRule domain_modules_do_not_reach_into_the_ui_shell = noClasses()
            .that().resideInAnyPackage("org.wildcase.species", "org.wildcase.permit", "org.wildcase.check",
                    "org.wildcase.seizure")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..");
}
