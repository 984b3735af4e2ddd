package dev.migrationlint.core.spi;

import java.util.List;
import java.util.Optional;

/**
 * Supplies rules to the engine. Registered with {@link java.util.ServiceLoader} under
 * {@code META-INF/services/dev.migrationlint.core.spi.RuleProvider}; the built-in rules and
 * third-party rule packs use the same mechanism.
 */
public interface RuleProvider {
    List<Rule> rules();

    /** The documentation page (markdown) of one of this provider's rules, if it ships one. */
    default Optional<String> documentation(String ruleId) {
        return Optional.empty();
    }
}
