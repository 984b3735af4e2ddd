package dev.migrationlint.rules.java;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.JavaSource;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.MigrationContext;
import dev.migrationlint.core.spi.MigrationRule;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.rules.support.PackagePatterns;

/**
 * A Java migration that uses the application's own classes (entities, repositories, services) changes what it does
 * whenever those classes change, long after it ran; on a fresh database it then no longer builds the schema it built
 * in production. Reported at each import, and at each fully qualified use in the code.
 */
@RuleInfo(id = "ban-model-import",
        summary = "Keep Java migrations free of the application's model, entity, repository and service classes",
        level = Level.ERROR, category = Category.JAVA, tags = {"java", "architecture"})
public final class BanModelImport implements MigrationRule {

    private static final String HELP = "copy what the migration needs (table and column names, values) into the "
            + "migration and use plain SQL through the JDBC connection, so it keeps doing what it did when it ran";

    @Override
    public void check(MigrationContext context) {
        context.javaSource().ifPresent(java -> check(context, java));
    }

    /** The migration's own package and its sub-packages, and migration packages, hold migration code, not the model. */
    private static boolean migrationCode(String pkg, String own) {
        return !own.isEmpty() && (pkg.equals(own) || pkg.startsWith(own + "."))
                || MIGRATION_PACKAGES.match(pkg) != null;
    }

    private static final PackagePatterns MIGRATION_PACKAGES = PackagePatterns.of(java.util.List.of("..db.migration.."));

    private static void check(MigrationContext context, JavaSource java) {
        PackagePatterns forbidden = PackagePatterns.of(context.settings().java().forbiddenPackages());
        String own = java.packageName();
        for (JavaSource.Import i : java.imports()) {
            String pkg = i.packageName();
            String pattern = forbidden.match(pkg);
            if (pattern != null && !migrationCode(pkg, own)) {
                context.report(i.span(), java.className() + " imports " + i.name() + (i.onDemand() ? ".*" : "")
                        + " from the application package " + pkg + " (" + pattern + "): the migration's behaviour "
                        + "changes whenever that code changes, after the migration has run", HELP);
            }
        }
        for (JavaSource.TypeReference r : java.typeReferences()) {
            if (!r.qualified()) {
                continue;
            }
            String pkg = r.packageName();
            String pattern = forbidden.match(pkg);
            if (pattern != null && !migrationCode(pkg, own)) {
                context.report(r.span(), java.className() + " uses " + r.resolved() + " from the application "
                        + "package " + pkg + " (" + pattern + "): the migration's behaviour changes whenever that "
                        + "code changes, after the migration has run", HELP);
            }
        }
    }
}
