package dev.migrationlint.archunit;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.PackageMatchers;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * ArchUnit rules for Flyway Java migrations, in the style of ArchUnit's {@code GeneralCodingRules}: each constant is a
 * ready {@link ArchRule} with a stable description (so it works under {@code FreezingArchRule}).
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "com.acme")
 * class MigrationArchitectureTest {
 *     @ArchTest
 *     static final ArchRule migrations_do_not_use_models =
 *             MigrationArchRules.MIGRATIONS_SHOULD_NOT_DEPEND_ON_APPLICATION_MODEL;
 *
 *     @ArchTest  // or every rule at once
 *     static final ArchRule migration_rules = MigrationArchRules.ALL_MIGRATION_RULES;
 * }
 * }</pre>
 *
 * <p>A Flyway Java migration is a concrete class that extends or implements one of Flyway's migration types
 * ({@code org.flywaydb.core.api.migration.BaseJavaMigration}, {@code JavaMigration}, the legacy {@code JdbcMigration}
 * and {@code SpringJdbcMigration}), or that is named like one ({@code V1__Add_users}) in a {@code ..db.migration..}
 * package. Types are matched by name: the rules need no Flyway on the class path. {@link #configure()} builds the same
 * rules for other package lists, base classes and naming.
 *
 * <p>Every rule passes when the analysed classes hold no migration at all.
 */
public final class MigrationArchRules {

    /** The packages application code lives in by convention, as ArchUnit package patterns. */
    public static final List<String> DEFAULT_FORBIDDEN_PACKAGES =
            List.of("..model..", "..entity..", "..domain..", "..repository..", "..service..");

    /** Flyway's migration types, current and legacy (before Flyway 6). */
    public static final List<String> FLYWAY_MIGRATION_TYPES = List.of(
            "org.flywaydb.core.api.migration.BaseJavaMigration",
            "org.flywaydb.core.api.migration.JavaMigration",
            "org.flywaydb.core.api.migration.jdbc.JdbcMigration",
            "org.flywaydb.core.api.migration.jdbc.BaseJdbcMigration",
            "org.flywaydb.core.api.migration.spring.SpringJdbcMigration",
            "org.flywaydb.core.api.migration.spring.BaseSpringJdbcMigration");

    /** ORM entry points a migration must not use: JPA, Hibernate and Spring Data repositories. */
    public static final List<String> ORM_TYPES = List.of(
            "jakarta.persistence.EntityManager", "jakarta.persistence.EntityManagerFactory",
            "javax.persistence.EntityManager", "javax.persistence.EntityManagerFactory",
            "org.hibernate.Session", "org.hibernate.SessionFactory", "org.hibernate.StatelessSession",
            "org.springframework.data.repository.Repository");

    private static final Configuration DEFAULTS = new Configuration();

    /** No Flyway Java migration depends on classes in {@code ..model..}, {@code ..entity..}, {@code ..domain..}, {@code ..repository..} or {@code ..service..}. */
    public static final ArchRule MIGRATIONS_SHOULD_NOT_DEPEND_ON_APPLICATION_MODEL =
            DEFAULTS.migrationsShouldNotDependOnApplicationModel();

    /** No Flyway Java migration uses JPA's {@code EntityManager}, Hibernate's {@code Session} or a Spring Data repository. */
    public static final ArchRule MIGRATIONS_SHOULD_NOT_USE_ORM = DEFAULTS.migrationsShouldNotUseOrm();

    /** Every Flyway Java migration is named {@code V<version>__<description>} (or {@code U}, {@code B}, {@code R__}). */
    public static final ArchRule MIGRATIONS_SHOULD_FOLLOW_NAMING_CONVENTION =
            DEFAULTS.migrationsShouldFollowNamingConvention();

    /** Every Flyway Java migration resides in a {@code ..db.migration..} package. */
    public static final ArchRule MIGRATIONS_SHOULD_RESIDE_IN_MIGRATION_PACKAGE =
            DEFAULTS.migrationsShouldResideInMigrationPackage();

    /**
     * Every versioned Flyway Java migration has its way back: an undo migration {@code U<version>__...} among the
     * analysed classes, or a method named {@code rollback}, {@code undo} or {@code down}.
     */
    public static final ArchRule MIGRATIONS_SHOULD_PROVIDE_ROLLBACK = DEFAULTS.migrationsShouldProvideRollback();

    /** Every rule above in one: {@code @ArchTest static final ArchRule migrations = ALL_MIGRATION_RULES;}. */
    public static final ArchRule ALL_MIGRATION_RULES = DEFAULTS.allRules();

    private MigrationArchRules() {
    }

    /** The classes that are Flyway Java migrations, for rules of your own: {@code noClasses().that(flywayJavaMigrations())...}. */
    public static DescribedPredicate<JavaClass> flywayJavaMigrations() {
        return DEFAULTS.migrations();
    }

    /** A builder for the same rules with other packages, base classes, naming or rollback methods. */
    public static Configuration configure() {
        return new Configuration();
    }

    /**
     * The settings the rules are built from; each setter returns a new configuration, and the rule factories build
     * rules whose descriptions name the settings that differ from the defaults.
     */
    public static final class Configuration {
        private final List<String> forbiddenPackages;
        private final List<String> baseClasses;
        private final List<String> migrationPackages;
        private final List<String> rollbackMethods;
        private final Pattern naming;

        private Configuration() {
            this(DEFAULT_FORBIDDEN_PACKAGES, List.of(), List.of("..db.migration.."), List.of("rollback", "undo", "down"),
                    Pattern.compile("(?:[VUB]\\d+(?:_\\d+)*|R)__\\w+"));
        }

        private Configuration(List<String> forbiddenPackages, List<String> baseClasses, List<String> migrationPackages,
                              List<String> rollbackMethods, Pattern naming) {
            this.forbiddenPackages = List.copyOf(forbiddenPackages);
            this.baseClasses = List.copyOf(baseClasses);
            this.migrationPackages = List.copyOf(migrationPackages);
            this.rollbackMethods = List.copyOf(rollbackMethods);
            this.naming = naming;
        }

        /** The packages migrations must not depend on, as ArchUnit package patterns ({@code "..model.."}); replaces the default list. */
        public Configuration forbiddenPackages(String... packages) {
            return new Configuration(nonEmpty(packages, "forbiddenPackages"), baseClasses, migrationPackages,
                    rollbackMethods, naming);
        }

        /** Further base classes or interfaces that make a class a migration (qualified names), e.g. a project's {@code AbstractMigration}. */
        public Configuration migrationBaseClasses(String... qualifiedNames) {
            return new Configuration(forbiddenPackages, List.of(qualifiedNames), migrationPackages, rollbackMethods,
                    naming);
        }

        /** The packages migrations belong in, as ArchUnit package patterns; replaces {@code "..db.migration.."}. */
        public Configuration migrationPackages(String... packages) {
            return new Configuration(forbiddenPackages, baseClasses, nonEmpty(packages, "migrationPackages"),
                    rollbackMethods, naming);
        }

        /** Names of methods that hold a migration's way back; replaces {@code rollback, undo, down}. */
        public Configuration rollbackMethods(String... names) {
            return new Configuration(forbiddenPackages, baseClasses, migrationPackages, List.of(names), naming);
        }

        /** The regular expression migration class names must match (the whole simple name). */
        public Configuration namingPattern(String regex) {
            return new Configuration(forbiddenPackages, baseClasses, migrationPackages, rollbackMethods,
                    Pattern.compile(regex));
        }

        private static List<String> nonEmpty(String[] values, String what) {
            if (values.length == 0) {
                throw new IllegalArgumentException(what + " needs at least one package pattern");
            }
            return List.of(values);
        }

        /** The Flyway Java migrations among the analysed classes. */
        public DescribedPredicate<JavaClass> migrations() {
            return DescribedPredicate.describe("are Flyway Java migrations", this::isMigration);
        }

        /** Classes that are Flyway Java migrations by their type (naming plays no part: that is a rule's business). */
        private DescribedPredicate<JavaClass> migrationsByType() {
            return DescribedPredicate.describe("are Flyway Java migrations",
                    c -> concrete(c) && hasMigrationSupertype(c));
        }

        public ArchRule migrationsShouldNotDependOnApplicationModel() {
            DescribedPredicate<JavaClass> target = DescribedPredicate.describe(
                    "reside in any package " + forbiddenPackages,
                    c -> matchesAny(c.getPackageName(), forbiddenPackages) && !isMigrationCode(c));
            return noClasses().that(migrations()).should().dependOnClassesThat(target)
                    .as("Flyway Java migrations should not depend on application classes in "
                            + String.join(", ", forbiddenPackages))
                    .because("a migration must keep doing what it did when it ran, while application code keeps"
                            + " changing")
                    .allowEmptyShould(true);
        }

        public ArchRule migrationsShouldNotUseOrm() {
            DescribedPredicate<JavaClass> orm = DescribedPredicate.describe(
                    "are JPA EntityManagers, Hibernate Sessions or Spring Data repositories", Configuration::isOrm);
            return noClasses().that(migrations()).should().dependOnClassesThat(orm)
                    .as("Flyway Java migrations should not use JPA EntityManager, Hibernate Session or Spring Data"
                            + " repositories")
                    .because("entity mappings follow the application's current model, not the schema the migration"
                            + " runs against; use SQL through the migration's JDBC connection")
                    .allowEmptyShould(true);
        }

        public ArchRule migrationsShouldFollowNamingConvention() {
            return classes().that(migrationsByType()).should(new NamedLike(naming))
                    .as("Flyway Java migrations should be named like V<version>__<description>")
                    .because("Flyway reads the version and description from the class name and ignores (or rejects)"
                            + " other names")
                    .allowEmptyShould(true);
        }

        public ArchRule migrationsShouldResideInMigrationPackage() {
            return classes().that(migrationsByType()).should()
                    .resideInAnyPackage(migrationPackages.toArray(String[]::new))
                    .as("Flyway Java migrations should reside in a package " + String.join(", ", migrationPackages))
                    .because("Flyway finds Java migrations through its configured locations, db/migration by default")
                    .allowEmptyShould(true);
        }

        public ArchRule migrationsShouldProvideRollback() {
            return classes().that(migrationsByType()).should(new ProvideRollback(rollbackMethods))
                    .as("Flyway Java migrations should provide a rollback (an undo migration U<version>__ or a"
                            + " method named " + String.join(", ", rollbackMethods) + ")")
                    .because("a deploy that goes wrong needs a tested way back")
                    .allowEmptyShould(true);
        }

        /** Every rule of this configuration in one. */
        public ArchRule allRules() {
            return CompositeArchRule.of(migrationsShouldNotDependOnApplicationModel())
                    .and(migrationsShouldNotUseOrm())
                    .and(migrationsShouldFollowNamingConvention())
                    .and(migrationsShouldResideInMigrationPackage())
                    .and(migrationsShouldProvideRollback())
                    .allowEmptyShould(true);
        }

        private boolean isMigration(JavaClass c) {
            if (!concrete(c)) {
                return false;
            }
            return hasMigrationSupertype(c)
                    || naming.matcher(c.getSimpleName()).matches() && matchesAny(c.getPackageName(), migrationPackages);
        }

        private static boolean concrete(JavaClass c) {
            return !c.isInterface() && !c.isEnum() && !c.isAnnotation() && !c.getModifiers().contains(JavaModifier.ABSTRACT);
        }

        private boolean hasMigrationSupertype(JavaClass c) {
            for (String name : supertypeNames(c)) {
                if (FLYWAY_MIGRATION_TYPES.contains(name) || baseClasses.contains(name)) {
                    return true;
                }
            }
            return false;
        }

        /** Migration support code: the migration packages hold migrations and their helpers, never the model. */
        private boolean isMigrationCode(JavaClass c) {
            return matchesAny(c.getPackageName(), migrationPackages) || isMigration(c);
        }

        private static boolean isOrm(JavaClass c) {
            for (String name : supertypeNamesAndSelf(c)) {
                if (ORM_TYPES.contains(name)) {
                    return true;
                }
                int dot = name.lastIndexOf('.');
                if (name.startsWith("org.springframework.data.") && name.substring(dot + 1).endsWith("Repository")) {
                    return true;
                }
            }
            return false;
        }
    }

    private static Set<String> supertypeNames(JavaClass c) {
        Set<String> names = new LinkedHashSet<>();
        c.getAllRawSuperclasses().forEach(s -> names.add(s.getName()));
        c.getAllRawInterfaces().forEach(i -> names.add(i.getName()));
        return names;
    }

    private static Set<String> supertypeNamesAndSelf(JavaClass c) {
        Set<String> names = new LinkedHashSet<>();
        names.add(c.getName());
        names.addAll(supertypeNames(c));
        return names;
    }

    private static boolean matchesAny(String packageName, List<String> patterns) {
        for (String p : patterns) {
            if (PackageMatchers.of(p).test(packageName)) {
                return true;
            }
        }
        return false;
    }

    /** The simple name matches the migration naming pattern. */
    private static final class NamedLike extends ArchCondition<JavaClass> {
        private final Pattern naming;

        NamedLike(Pattern naming) {
            super("have a simple name matching the Flyway naming");
            this.naming = naming;
        }

        @Override
        public void check(JavaClass item, ConditionEvents events) {
            if (!naming.matcher(item.getSimpleName()).matches()) {
                events.add(SimpleConditionEvent.violated(item, item.getName() + " is not named like a Flyway"
                        + " migration (V<version>__<description>, matching " + naming.pattern() + ") in "
                        + item.getSourceCodeLocation()));
            }
        }
    }

    /** A versioned migration has an undo migration of the same version among the analysed classes, or a rollback method. */
    private static final class ProvideRollback extends ArchCondition<JavaClass> {
        private static final Pattern VERSIONED = Pattern.compile("([VU])(\\d+(?:_\\d+)*)__\\w+");
        private final Set<String> methods = new HashSet<>();
        private final Set<String> undone = new HashSet<>();

        ProvideRollback(List<String> rollbackMethods) {
            super("provide a rollback");
            rollbackMethods.forEach(m -> methods.add(m.toLowerCase(Locale.ROOT)));
        }

        @Override
        public void init(Collection<JavaClass> allObjectsToTest) {
            undone.clear();
            for (JavaClass c : allObjectsToTest) {
                Matcher m = VERSIONED.matcher(c.getSimpleName());
                if (m.matches() && m.group(1).equals("U")) {
                    undone.add(version(m.group(2)));
                }
            }
        }

        @Override
        public void check(JavaClass item, ConditionEvents events) {
            Matcher m = VERSIONED.matcher(item.getSimpleName());
            if (!m.matches() || !m.group(1).equals("V") || undone.contains(version(m.group(2)))) {
                return;
            }
            for (JavaMethod method : item.getAllMethods()) {
                if (methods.contains(method.getName().toLowerCase(Locale.ROOT))
                        && !method.getOwner().getName().startsWith("org.flywaydb.")) {
                    return;
                }
            }
            events.add(SimpleConditionEvent.violated(item, item.getName() + " has no undo migration U"
                    + m.group(2) + "__ and no method named " + String.join(", ", methods.stream().sorted().toList())
                    + " in " + item.getSourceCodeLocation()));
        }

        /** Numerically equal versions match: V1_01 and U1_1, V2 and U2_0. */
        private static String version(String digits) {
            List<BigInteger> parts = new ArrayList<>();
            Arrays.stream(digits.split("_")).forEach(p -> parts.add(new BigInteger(p)));
            while (parts.size() > 1 && parts.get(parts.size() - 1).signum() == 0) {
                parts.remove(parts.size() - 1);
            }
            return parts.toString();
        }
    }
}
