package dev.migrationlint.core.spi;

import java.util.List;

/**
 * Supplies rules to the engine. Registered with {@link java.util.ServiceLoader} under
 * {@code META-INF/services/dev.migrationlint.core.spi.RuleProvider}; the built-in rules and
 * third-party rule packs use the same mechanism.
 */
public interface RuleProvider {
    List<Rule> rules();
}
