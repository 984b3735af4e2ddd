package dev.migrationlint.rules;

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
import dev.migrationlint.core.spi.RuleInfo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

/** Rules see the core SPI only, and are stateless final classes. */
class RulesArchitectureTest {

    static final ArchRule rulesDependOnlyOnTheSpi = classes().that().resideInAPackage("dev.migrationlint.rules..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.migrationlint.rules..",
                    "dev.migrationlint.core.spi..", "java..", "net.sf.jsqlparser..")
            .because("rules are written against the SPI, never the engine's internals");

    static final ArchRule rulesAreFinal = classes().that().areAnnotatedWith(RuleInfo.class).should().haveModifier(
            com.tngtech.archunit.core.domain.JavaModifier.FINAL);

    static final ArchRule rulesAreStateless = fields().that().areDeclaredInClassesThat().areAnnotatedWith(RuleInfo.class)
            .should().beStatic().andShould().beFinal()
            .allowEmptyShould(true)
            .because("one rule instance serves every statement of every run, possibly on several threads");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.migrationlint.rules");

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
