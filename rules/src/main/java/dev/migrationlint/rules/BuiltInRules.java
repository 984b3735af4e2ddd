package dev.migrationlint.rules;

import dev.migrationlint.core.spi.Rule;
import dev.migrationlint.core.spi.RuleProvider;
import dev.migrationlint.rules.data.BanDataChangeOutsideBootstrap;
import dev.migrationlint.rules.history.RequireRollback;
import dev.migrationlint.rules.java.BanModelImport;
import dev.migrationlint.rules.java.RequireMigrationTest;
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
            new BanModelImport(),
            new RequireConcurrentIndexCreation(),
            new RequireMigrationTest(),
            new RequireRollback(),
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
