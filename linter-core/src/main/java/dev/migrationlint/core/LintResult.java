package dev.migrationlint.core;

import dev.migrationlint.core.spi.Finding;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.RuleDescriptor;

import java.util.List;

/**
 * The outcome of one run.
 *
 * @param findings      every finding, suppressed ones included, in {@link Finding#ORDER}
 * @param enabledRules  the rules that ran, sorted by id, with their effective levels
 * @param notifications trouble reading files or statements (also reported as findings when the meta rules are on)
 */
public record LintResult(List<Finding> findings, List<EnabledRule> enabledRules, List<Notification> notifications,
                         Summary summary) {

    public LintResult {
        findings = List.copyOf(findings);
        enabledRules = List.copyOf(enabledRules);
        notifications = List.copyOf(notifications);
    }

    /** A rule that ran, with the level configuration gave it. */
    public record EnabledRule(RuleDescriptor descriptor, Level level, String docMarkdown) {
    }

    /** Findings that count: not suppressed. */
    public List<Finding> active() {
        return findings.stream().filter(f -> !f.suppressed()).toList();
    }

    /** True when an active finding is at or above {@code threshold} ({@link Level#OFF} never fails). */
    public boolean failsAt(Level threshold) {
        return active().stream().anyMatch(f -> f.level().atLeast(threshold));
    }

    public long count(Level level) {
        return active().stream().filter(f -> f.level() == level).count();
    }
}
