package dev.migrationlint.rules;

import dev.migrationlint.core.spi.Rule;
import dev.migrationlint.core.spi.RuleProvider;
import dev.migrationlint.rules.data.BanDataChangeOutsideBootstrap;
import dev.migrationlint.rules.history.BanDumpGeneratedMigration;
import dev.migrationlint.rules.history.BanExistenceChecks;
import dev.migrationlint.rules.history.BanReverseMigration;
import dev.migrationlint.rules.history.DeletedAppliedMigration;
import dev.migrationlint.rules.history.DuplicateMigrationVersion;
import dev.migrationlint.rules.history.EditedAppliedMigration;
import dev.migrationlint.rules.history.EmptyMigrationFile;
import dev.migrationlint.rules.history.InvalidMigrationName;
import dev.migrationlint.rules.history.MigrationRetention;
import dev.migrationlint.rules.history.MigrationTooLarge;
import dev.migrationlint.rules.history.OutOfOrderMigration;
import dev.migrationlint.rules.history.PreferRobustStatements;
import dev.migrationlint.rules.history.RequireRollback;
import dev.migrationlint.rules.history.RequireStandaloneSchemaChange;
import dev.migrationlint.rules.meta.RequireSuppressionReason;
import dev.migrationlint.rules.meta.SyntaxError;
import dev.migrationlint.rules.meta.UnreadableFile;
import dev.migrationlint.rules.meta.UnusedSuppression;
import dev.migrationlint.rules.postgres.RequireConcurrentIndexCreation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The built-in rules, one sorted list; registered with {@link java.util.ServiceLoader}. A test fails
 * when a rule class of this module is missing here.
 */
public final class BuiltInRules implements RuleProvider {

    /** Every built-in rule, sorted by class name. */
    public static final List<Rule> ALL = List.of(
            new BanDataChangeOutsideBootstrap(),
            new BanDumpGeneratedMigration(),
            new BanExistenceChecks(),
            new BanReverseMigration(),
            new DeletedAppliedMigration(),
            new DuplicateMigrationVersion(),
            new EditedAppliedMigration(),
            new EmptyMigrationFile(),
            new InvalidMigrationName(),
            new MigrationRetention(),
            new MigrationTooLarge(),
            new OutOfOrderMigration(),
            new PreferRobustStatements(),
            new RequireConcurrentIndexCreation(),
            new RequireRollback(),
            new RequireStandaloneSchemaChange(),
            new RequireSuppressionReason(),
            new SyntaxError(),
            new UnreadableFile(),
            new UnusedSuppression());

    @Override
    public List<Rule> rules() {
        return ALL;
    }

    @Override
    public Optional<String> documentation(String ruleId) {
        try (InputStream in = BuiltInRules.class.getResourceAsStream("docs/" + ruleId + ".md")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
