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
import dev.migrationlint.rules.history.RequireRollback;
import dev.migrationlint.rules.meta.RequireSuppressionReason;
import dev.migrationlint.rules.meta.SyntaxError;
import dev.migrationlint.rules.meta.UnreadableFile;
import dev.migrationlint.rules.meta.UnrecognizedStatement;
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
            new BanCharField(),
            new BanDataChangeOutsideBootstrap(),
            new BanDropColumn(),
            new BanDropNotNull(),
            new BanDropSchemaOrDatabase(),
            new BanDropTable(),
            new BanRenameColumn(),
            new BanRenameTable(),
            new BanTruncate(),
            new BanUnbatchedBackfill(),
            new PreferBigintOverInt(),
            new PreferIdentity(),
            new PreferJsonb(),
            new PreferTextField(),
            new PreferTimestamptz(),
            new RequireColumnComment(),
            new RequireConcurrentIndexCreation(),
            new RequirePrimaryKey(),
            new RequireRollback(),
            new RequireSuppressionReason(),
            new SyntaxError(),
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
