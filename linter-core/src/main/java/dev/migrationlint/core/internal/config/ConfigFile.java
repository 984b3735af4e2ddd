package dev.migrationlint.core.internal.config;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.util.List;
import java.util.Map;

/**
 * The {@code .migration-lint.yml} file, exactly as {@code cli.md} documents it. Every field is
 * optional (null when absent); unknown keys are errors.
 */
public record ConfigFile(
        String dialect,
        @JsonDeserialize(using = VersionString.class) String targetVersion,
        String layout,
        String layoutPattern,
        Boolean transactional,
        List<String> locations,
        String defaultSchema,
        Boolean lockTimeoutSetByRunner,
        Boolean statementTimeoutSetByRunner,
        Boolean requireUndo,
        List<String> bootstrap,
        String baseline,
        GolangMigrate golangMigrate,
        Flyway flyway,
        @JsonDeserialize(using = RuleLevels.Deserializer.class) RuleLevels rules,
        List<Override> overrides,
        Java java,
        Limits limits) {

    public static final ConfigFile EMPTY = new ConfigFile(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null);

    public record GolangMigrate(Boolean multiStatement) {
    }

    public record Flyway(Boolean transactionalLock, Boolean mixed, Map<String, String> placeholders) {
    }

    public record Override(List<String> paths,
                           @JsonDeserialize(using = RuleLevels.Deserializer.class) RuleLevels rules) {
    }

    public record Java(List<String> forbiddenPackages, List<String> migrationBaseClasses,
                       List<String> rollbackMethods) {
    }

    public record Limits(Integer maxStatements, Integer maxTables, Integer deletedAfterDays,
                         Integer squashAfterDays) {
    }
}
