package dev.migrationlint.cli;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module and package directions of architecture.md, enforced over all modules' production classes. */
@AnalyzeClasses(packages = "dev.migrationlint", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule nothingDependsOnTheCli = noClasses().that().resideOutsideOfPackage("dev.migrationlint.cli..")
            .should().dependOnClassesThat().resideInAPackage("dev.migrationlint.cli..");

    @ArchTest
    static final ArchRule coreDoesNotKnowTheBuiltInRules = noClasses().that()
            .resideInAPackage("dev.migrationlint.core..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.migrationlint.rules..",
                    "dev.migrationlint.archunit..", "com.tngtech.archunit..", "picocli..");

    @ArchTest
    static final ArchRule spiDoesNotReachIntoTheEngine = noClasses().that()
            .resideInAPackage("dev.migrationlint.core.spi..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.migrationlint.core.internal..",
                    "dev.migrationlint.core")
            .because("the SPI is what rules see; the engine implements it");

    @ArchTest
    static final ArchRule rulesSeeOnlyTheSpi = noClasses().that().resideInAPackage("dev.migrationlint.rules..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.migrationlint.core.internal..",
                    "dev.migrationlint.core");

    @ArchTest
    static final ArchRule onlyMainExits = noClasses().that().doNotHaveFullyQualifiedName("dev.migrationlint.cli.Main")
            .should().callMethod(System.class, "exit", int.class);

    @ArchTest
    static final ArchRule picocliStaysInTheCli = noClasses().that().resideOutsideOfPackage("dev.migrationlint.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");
}
