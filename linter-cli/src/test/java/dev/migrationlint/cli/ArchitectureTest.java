package dev.migrationlint.cli;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module and package directions of architecture.md, enforced over all modules' production classes. */
class ArchitectureTest {

    static final ArchRule nothingDependsOnTheCli = noClasses().that().resideOutsideOfPackage("dev.migrationlint.cli..")
            .should().dependOnClassesThat().resideInAPackage("dev.migrationlint.cli..");

    static final ArchRule coreDoesNotKnowTheBuiltInRules = noClasses().that()
            .resideInAPackage("dev.migrationlint.core..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.migrationlint.rules..",
                    "dev.migrationlint.archunit..", "com.tngtech.archunit..", "picocli..");

    static final ArchRule spiDoesNotReachIntoTheEngine = noClasses().that()
            .resideInAPackage("dev.migrationlint.core.spi..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.migrationlint.core.internal..",
                    "dev.migrationlint.core")
            .because("the SPI is what rules see; the engine implements it");

    static final ArchRule rulesSeeOnlyTheSpi = noClasses().that().resideInAPackage("dev.migrationlint.rules..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.migrationlint.core.internal..",
                    "dev.migrationlint.core");

    static final ArchRule onlyMainExits = noClasses().that().doNotHaveFullyQualifiedName("dev.migrationlint.cli.Main")
            .should().callMethod(System.class, "exit", int.class);

    static final ArchRule picocliStaysInTheCli = noClasses().that().resideOutsideOfPackage("dev.migrationlint.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.migrationlint");

    /** Every ArchRule constant of this class, checked as its own test. */
    @TestFactory
    Stream<DynamicTest> architectureRules() throws IllegalAccessException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Field f : getClass().getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && ArchRule.class.isAssignableFrom(f.getType())) {
                ArchRule rule = (ArchRule) f.get(null);
                tests.add(DynamicTest.dynamicTest(f.getName(), () -> rule.check(CLASSES)));
            }
        }
        return tests.stream();
    }
}
