package dev.migrationlint.core.spi;

/**
 * A lint rule. Implementations are final, stateless classes annotated with {@link RuleInfo}
 * that implement the narrowest hook they need: {@link StatementRule}, {@link MigrationRule},
 * {@link HistoryRule} or {@link FindingsRule}.
 */
public interface Rule {

    /** The metadata of this rule, read from its {@link RuleInfo} annotation. */
    default RuleDescriptor descriptor() {
        return RuleDescriptor.of(getClass());
    }
}
