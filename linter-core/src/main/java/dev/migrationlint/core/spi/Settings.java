package dev.migrationlint.core.spi;

import java.util.List;
import java.util.Map;

/**
 * The effective settings a run reasons with: configuration file, the migration tool's own
 * configuration and command-line options, merged.
 */
public record Settings(
        Dialect dialect,
        TargetVersion targetVersion,
        String defaultSchema,
        boolean lockTimeoutSetByRunner,
        boolean statementTimeoutSetByRunner,
        boolean requireUndo,
        Flyway flyway,
        boolean golangMigrateMultiStatement,
        JavaMigrations java,
        Limits limits) {

    /** Flyway behaviour that changes how scripts run. */
    public record Flyway(boolean transactionalLock, boolean mixed, Map<String, String> placeholders) {
        public Flyway {
            placeholders = Map.copyOf(placeholders);
        }
    }

    public record JavaMigrations(List<String> forbiddenPackages, List<String> migrationBaseClasses,
                                 List<String> rollbackMethods) {
        public JavaMigrations {
            forbiddenPackages = List.copyOf(forbiddenPackages);
            migrationBaseClasses = List.copyOf(migrationBaseClasses);
            rollbackMethods = List.copyOf(rollbackMethods);
        }
    }

    public record Limits(int maxStatements, int maxTables, int deletedAfterDays, int squashAfterDays) {
    }

    public static final List<String> DEFAULT_FORBIDDEN_PACKAGES =
            List.of("..model..", "..entity..", "..domain..", "..repository..", "..service..");

    /** The defaults of {@code cli.md}: PostgreSQL 15, schema {@code public}, Flyway's transactional lock on. */
    public static Settings defaults() {
        return new Settings(Dialect.POSTGRESQL, TargetVersion.parse("15"), "public", false, false, false,
                new Flyway(true, false, Map.of()), false,
                new JavaMigrations(DEFAULT_FORBIDDEN_PACKAGES, List.of(), List.of("rollback", "undo", "down")),
                new Limits(50, 3, 365, 730));
    }

    public boolean postgres() {
        return dialect == Dialect.POSTGRESQL;
    }
}
