package dev.migrationlint.rules;

import dev.migrationlint.core.spi.Rule;
import dev.migrationlint.core.spi.RuleProvider;
import dev.migrationlint.rules.compat.BanDropColumn;
import dev.migrationlint.rules.compat.BanDropNotNull;
import dev.migrationlint.rules.compat.BanDropSchemaOrDatabase;
import dev.migrationlint.rules.compat.BanDropTable;
import dev.migrationlint.rules.compat.BanRenameColumn;
import dev.migrationlint.rules.compat.BanRenameTable;
import dev.migrationlint.rules.compat.BanTruncate;
import dev.migrationlint.rules.data.BanDataChangeOutsideBootstrap;
import dev.migrationlint.rules.data.BanUnbatchedBackfill;
import dev.migrationlint.rules.design.BanCharField;
import dev.migrationlint.rules.design.PreferBigintOverInt;
import dev.migrationlint.rules.design.PreferIdentity;
import dev.migrationlint.rules.design.PreferJsonb;
import dev.migrationlint.rules.design.PreferTextField;
import dev.migrationlint.rules.design.PreferTimestamptz;
import dev.migrationlint.rules.design.RequireColumnComment;
import dev.migrationlint.rules.design.RequirePrimaryKey;
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
import dev.migrationlint.rules.meta.UnrecognizedStatement;
import dev.migrationlint.rules.meta.UnusedSuppression;
import dev.migrationlint.rules.mysql.MysqlBanBlockingAlter;
import dev.migrationlint.rules.mysql.MysqlRequireOnlineDdl;
import dev.migrationlint.rules.postgres.BanAddRequiredColumn;
import dev.migrationlint.rules.postgres.BanAddRewritingColumn;
import dev.migrationlint.rules.postgres.BanAlterDomainAddConstraint;
import dev.migrationlint.rules.postgres.BanColumnTypeChange;
import dev.migrationlint.rules.postgres.BanConcurrentlyInTransaction;
import dev.migrationlint.rules.postgres.BanConcurrentlyUnderFlywayLock;
import dev.migrationlint.rules.postgres.BanEnumAddValueInTransaction;
import dev.migrationlint.rules.postgres.BanExclusionConstraint;
import dev.migrationlint.rules.postgres.BanLongExclusiveLock;
import dev.migrationlint.rules.postgres.BanSetNotNull;
import dev.migrationlint.rules.postgres.BanTableRewrite;
import dev.migrationlint.rules.postgres.BanUncommittedTransaction;
import dev.migrationlint.rules.postgres.BanValidateInSameTransaction;
import dev.migrationlint.rules.postgres.BanVolatileDefault;
import dev.migrationlint.rules.postgres.ConstraintMissingNotValid;
import dev.migrationlint.rules.postgres.RequireConcurrentIndexCreation;
import dev.migrationlint.rules.postgres.RequireConcurrentIndexDeletion;
import dev.migrationlint.rules.postgres.RequireConcurrentPartitionDetach;
import dev.migrationlint.rules.postgres.RequireConcurrentRefresh;
import dev.migrationlint.rules.postgres.RequireConcurrentReindex;
import dev.migrationlint.rules.postgres.RequireFkIndex;
import dev.migrationlint.rules.postgres.RequireLockTimeout;
import dev.migrationlint.rules.postgres.RequireStatementTimeout;
import dev.migrationlint.rules.postgres.RequireUniqueIndexFirst;
import dev.migrationlint.rules.postgres.TransactionNesting;

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
            new BanAddRequiredColumn(),
            new BanAddRewritingColumn(),
            new BanAlterDomainAddConstraint(),
            new BanCharField(),
            new BanColumnTypeChange(),
            new BanConcurrentlyInTransaction(),
            new BanConcurrentlyUnderFlywayLock(),
            new BanDataChangeOutsideBootstrap(),
            new BanDropColumn(),
            new BanDropNotNull(),
            new BanDropSchemaOrDatabase(),
            new BanDropTable(),
            new BanDumpGeneratedMigration(),
            new BanEnumAddValueInTransaction(),
            new BanExclusionConstraint(),
            new BanExistenceChecks(),
            new BanLongExclusiveLock(),
            new BanRenameColumn(),
            new BanRenameTable(),
            new BanReverseMigration(),
            new BanSetNotNull(),
            new BanTableRewrite(),
            new BanTruncate(),
            new BanUnbatchedBackfill(),
            new BanUncommittedTransaction(),
            new BanValidateInSameTransaction(),
            new BanVolatileDefault(),
            new ConstraintMissingNotValid(),
            new DeletedAppliedMigration(),
            new DuplicateMigrationVersion(),
            new EditedAppliedMigration(),
            new EmptyMigrationFile(),
            new InvalidMigrationName(),
            new MigrationRetention(),
            new MigrationTooLarge(),
            new MysqlBanBlockingAlter(),
            new MysqlRequireOnlineDdl(),
            new OutOfOrderMigration(),
            new PreferBigintOverInt(),
            new PreferIdentity(),
            new PreferJsonb(),
            new PreferRobustStatements(),
            new PreferTextField(),
            new PreferTimestamptz(),
            new RequireColumnComment(),
            new RequireConcurrentIndexCreation(),
            new RequireConcurrentIndexDeletion(),
            new RequireConcurrentPartitionDetach(),
            new RequireConcurrentRefresh(),
            new RequireConcurrentReindex(),
            new RequireFkIndex(),
            new RequireLockTimeout(),
            new RequirePrimaryKey(),
            new RequireRollback(),
            new RequireStandaloneSchemaChange(),
            new RequireStatementTimeout(),
            new RequireSuppressionReason(),
            new RequireUniqueIndexFirst(),
            new SyntaxError(),
            new TransactionNesting(),
            new UnreadableFile(),
            new UnrecognizedStatement(),
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
