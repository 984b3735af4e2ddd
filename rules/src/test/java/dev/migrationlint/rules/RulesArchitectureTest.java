package dev.migrationlint.rules;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

import com.tngtech.archunit.lang.ArchRule;
import dev.migrationlint.core.spi.RuleInfo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

/** Rules see the core SPI only, and are stateless final classes. */
@AnalyzeClasses(packages = "dev.migrationlint.rules", importOptions = ImportOption.DoNotIncludeTests.class)
class RulesArchitectureTest {

    @ArchTest
    static final ArchRule rulesDependOnlyOnTheSpi = classes().that().resideInAPackage("dev.migrationlint.rules..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.migrationlint.rules..",
                    "dev.migrationlint.core.spi..", "java..", "net.sf.jsqlparser..")
            .because("rules are written against the SPI, never the engine's internals");

    @ArchTest
    static final ArchRule rulesAreFinal = classes().that().areAnnotatedWith(RuleInfo.class).should().haveModifier(
            com.tngtech.archunit.core.domain.JavaModifier.FINAL);

    @ArchTest
    static final ArchRule rulesAreStateless = fields().that().areDeclaredInClassesThat().areAnnotatedWith(RuleInfo.class)
            .should().beStatic().andShould().beFinal()
            .allowEmptyShould(true)
            .because("one rule instance serves every statement of every run, possibly on several threads");
}
