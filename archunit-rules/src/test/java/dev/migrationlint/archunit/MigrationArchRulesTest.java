package dev.migrationlint.archunit;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule against the compiled sample service: it fails on the bad classes and passes on the good one. */
class MigrationArchRulesTest {

    private static final String GOOD = "V2__Add_display_name";
    private static final String BAD = "V4__Copy_user_emails";
    private static final String MISPLACED = "AddAuditColumns";

    /** Each rule, the bad class it fails on, and words its failure names. */
    private static final Map<String, Object[]> CASES = Map.of(
            "MIGRATIONS_SHOULD_NOT_DEPEND_ON_APPLICATION_MODEL", new Object[]{
                    MigrationArchRules.MIGRATIONS_SHOULD_NOT_DEPEND_ON_APPLICATION_MODEL, BAD, "com.acme.model.User"},
            "MIGRATIONS_SHOULD_NOT_USE_ORM", new Object[]{
                    MigrationArchRules.MIGRATIONS_SHOULD_NOT_USE_ORM, BAD, "jakarta.persistence.EntityManager"},
            "MIGRATIONS_SHOULD_FOLLOW_NAMING_CONVENTION", new Object[]{
                    MigrationArchRules.MIGRATIONS_SHOULD_FOLLOW_NAMING_CONVENTION, MISPLACED,
                    "com.acme.migrations.AddAuditColumns is not named like a Flyway migration"},
            "MIGRATIONS_SHOULD_RESIDE_IN_MIGRATION_PACKAGE", new Object[]{
                    MigrationArchRules.MIGRATIONS_SHOULD_RESIDE_IN_MIGRATION_PACKAGE, MISPLACED,
                    "com.acme.migrations.AddAuditColumns"},
            "MIGRATIONS_SHOULD_PROVIDE_ROLLBACK", new Object[]{
                    MigrationArchRules.MIGRATIONS_SHOULD_PROVIDE_ROLLBACK, BAD,
                    "V4__Copy_user_emails has no undo migration U4__ and no method named down, rollback, undo"});

    @TestFactory
    Stream<DynamicTest> eachRuleFailsOnTheBadClassAndPassesOnTheGoodOne() {
        return CASES.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> DynamicTest.dynamicTest(
                e.getKey(), () -> {
                    ArchRule rule = (ArchRule) e.getValue()[0];
                    EvaluationResult bad = rule.evaluate(JavaService.only((String) e.getValue()[1]));
                    assertTrue(bad.hasViolation(), e.getKey() + " does not fail on " + e.getValue()[1]);
                    String report = bad.getFailureReport().toString();
                    assertTrue(report.contains((String) e.getValue()[2]), report);
                    assertFalse(rule.evaluate(JavaService.only(GOOD)).hasViolation(),
                            () -> rule.evaluate(JavaService.only(GOOD)).getFailureReport().toString());
                    AssertionError thrown = assertThrows(AssertionError.class,
                            () -> rule.check(JavaService.only((String) e.getValue()[1])));
                    assertTrue(thrown.getMessage().contains(rule.getDescription()), thrown.getMessage());
                }));
    }

    @Test
    void theBundleHoldsEveryRule() {
        EvaluationResult all = MigrationArchRules.ALL_MIGRATION_RULES.evaluate(JavaService.classes());
        String report = all.getFailureReport().toString();
        for (Object[] c : CASES.values()) {
            assertTrue(report.contains(((ArchRule) c[0]).getDescription()), report);
        }
        assertFalse(MigrationArchRules.ALL_MIGRATION_RULES.evaluate(JavaService.only(GOOD, "User")).hasViolation());
    }

    @Test
    void descriptionsAreStableText() {
        assertEquals("Flyway Java migrations should not depend on application classes in ..model.., ..entity.., "
                        + "..domain.., ..repository.., ..service.., because a migration must keep doing what it did "
                        + "when it ran, while application code keeps changing",
                MigrationArchRules.MIGRATIONS_SHOULD_NOT_DEPEND_ON_APPLICATION_MODEL.getDescription());
        assertEquals(MigrationArchRules.MIGRATIONS_SHOULD_NOT_USE_ORM.getDescription(),
                MigrationArchRules.configure().migrationsShouldNotUseOrm().getDescription());
        assertTrue(MigrationArchRules.MIGRATIONS_SHOULD_FOLLOW_NAMING_CONVENTION.getDescription()
                .startsWith("Flyway Java migrations should be named like V<version>__<description>"));
    }

    @Test
    void worksUnderFreezingArchRule(@TempDir Path store) throws IOException {
        ArchConfiguration config = ArchConfiguration.get();
        config.setProperty("freeze.store.default.path", store.toString());
        config.setProperty("freeze.store.default.allowStoreCreation", "true");
        try {
            ArchRule frozen = FreezingArchRule.freeze(MigrationArchRules.MIGRATIONS_SHOULD_NOT_DEPEND_ON_APPLICATION_MODEL);
            frozen.check(JavaService.classes());   // records today's violations
            frozen.check(JavaService.classes());   // and accepts them again
            try (Stream<Path> files = Files.list(store)) {
                assertTrue(files.count() > 0, "the store holds the frozen violations");
            }
            // A new violation in another migration still fails.
            Path extra = JavaService.compile(List.of(JavaService.ROOT.resolve("src/main/java"),
                    JavaService.ROOT.resolve("stubs")), write(store.resolve("src"), "V6__Also_bad.java", """
                    package com.acme.db.migration;
                    public class V6__Also_bad extends org.flywaydb.core.api.migration.BaseJavaMigration {
                        public void migrate(org.flywaydb.core.api.migration.Context c) {
                            new com.acme.model.User().getId();
                        }
                    }
                    """));
            AssertionError error = assertThrows(AssertionError.class,
                    () -> frozen.check(new ClassFileImporter().importPath(extra)));
            assertTrue(error.getMessage().contains("V6__Also_bad"), error.getMessage());
            assertFalse(error.getMessage().contains("V4__Copy_user_emails.migrate"), error.getMessage());
        } finally {
            config.reset();
        }
    }

    @Test
    void theBuilderTakesOtherPackagesBaseClassesAndNames() {
        ArchRule onlyJpa = MigrationArchRules.configure().forbiddenPackages("jakarta.persistence..")
                .migrationsShouldNotDependOnApplicationModel();
        assertTrue(onlyJpa.getDescription().contains("jakarta.persistence.."), onlyJpa.getDescription());
        String report = onlyJpa.evaluate(JavaService.only(BAD)).getFailureReport().toString();
        assertTrue(report.contains("EntityManager") && !report.contains("com.acme.model.User"), report);

        ArchRule naming = MigrationArchRules.configure().namingPattern("(?:[VR]\\d+__\\w+|AddAuditColumns)")
                .migrationsShouldFollowNamingConvention();
        assertFalse(naming.evaluate(JavaService.only(MISPLACED, GOOD)).hasViolation());

        ArchRule packages = MigrationArchRules.configure().migrationPackages("..migrations..", "..db.migration..")
                .migrationsShouldResideInMigrationPackage();
        assertFalse(packages.evaluate(JavaService.only(MISPLACED)).hasViolation());

        ArchRule rollback = MigrationArchRules.configure().rollbackMethods("revert").migrationsShouldProvideRollback();
        assertTrue(rollback.evaluate(JavaService.only(GOOD)).hasViolation(), "rollback() no longer counts");

        assertThrows(IllegalArgumentException.class, () -> MigrationArchRules.configure().forbiddenPackages());
    }

    @Test
    void migrationsAreFoundByTypeOrByNameInAMigrationPackage(@TempDir Path dir) throws IOException {
        Path classes = JavaService.compile(List.of(JavaService.ROOT.resolve("stubs"), JavaService.ROOT.resolve(
                "src/main/java/com/acme/model")), write(dir, "AbstractMigration.java", """
                package com.acme.support;
                public abstract class AbstractMigration {
                    public abstract void migrate() throws Exception;
                }
                """), write(dir, "V7__Legacy.java", """
                package com.acme.db.migration;
                public class V7__Legacy extends com.acme.support.AbstractMigration {
                    public void migrate() { new com.acme.model.User().getId(); }
                }
                """), write(dir, "V8__Custom.java", """
                package com.acme.setup;
                public class V8__Custom extends com.acme.support.AbstractMigration {
                    public void migrate() { new com.acme.model.User().getId(); }
                }
                """), write(dir, "U7__Legacy.java", """
                package com.acme.db.migration;
                public class U7__Legacy extends org.flywaydb.core.api.migration.BaseJavaMigration {
                    public void migrate(org.flywaydb.core.api.migration.Context c) { }
                }
                """), write(dir, "V9__Abstract.java", """
                package com.acme.db.migration;
                public abstract class V9__Abstract extends org.flywaydb.core.api.migration.BaseJavaMigration {
                    com.acme.model.User user;
                }
                """));
        JavaClasses imported = new ClassFileImporter().importPath(classes);
        List<String> migrations = imported.stream().filter(MigrationArchRules.flywayJavaMigrations())
                .map(JavaClass::getSimpleName).sorted().toList();
        assertEquals(List.of("U7__Legacy", "V7__Legacy"), migrations);

        String report = MigrationArchRules.MIGRATIONS_SHOULD_NOT_DEPEND_ON_APPLICATION_MODEL.evaluate(imported)
                .getFailureReport().toString();
        assertTrue(report.contains("V7__Legacy") && !report.contains("V8__Custom") && !report.contains("V9__"),
                report);
        ArchRule configured = MigrationArchRules.configure().migrationBaseClasses("com.acme.support.AbstractMigration")
                .migrationsShouldNotDependOnApplicationModel();
        assertTrue(configured.evaluate(imported).getFailureReport().toString().contains("V8__Custom"));

        // U7 undoes V7 (a migration by name in db.migration): no rollback finding for either.
        ArchRule rollback = MigrationArchRules.configure().migrationBaseClasses("com.acme.support.AbstractMigration")
                .migrationsShouldProvideRollback();
        String rollbackReport = rollback.evaluate(imported).getFailureReport().toString();
        assertFalse(rollbackReport.contains("V7__Legacy"), rollbackReport);
        assertTrue(rollbackReport.contains("V8__Custom"), rollbackReport);
    }

    @Test
    void rulesPassWhenThereIsNoMigration() {
        JavaClasses none = JavaService.only("User");
        for (ArchRule rule : List.of(MigrationArchRules.ALL_MIGRATION_RULES,
                MigrationArchRules.MIGRATIONS_SHOULD_NOT_DEPEND_ON_APPLICATION_MODEL,
                MigrationArchRules.MIGRATIONS_SHOULD_PROVIDE_ROLLBACK)) {
            rule.check(none);
        }
    }

    private static String write(Path dir, String name, String source) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        Files.writeString(file, source);
        return file.toString();
    }
}
