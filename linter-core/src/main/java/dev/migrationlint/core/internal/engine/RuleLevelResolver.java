package dev.migrationlint.core.internal.engine;

import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.RuleDescriptor;

import java.util.List;
import java.util.Map;

/**
 * The level a rule has for a path: the last matching {@code overrides} entry, else {@code --rule}
 * options, else the config's {@code rules:}, else the rule's default.
 */
public record RuleLevelResolver(Map<String, Level> configured, List<PathOverride> overrides) {

    /** One {@code overrides:} entry. */
    public record PathOverride(List<Glob> paths, Map<String, Level> levels) {
    }

    public RuleLevelResolver {
        configured = Map.copyOf(configured);
        overrides = List.copyOf(overrides);
    }

    public Level level(RuleDescriptor rule, String path) {
        for (int i = overrides.size() - 1; i >= 0; i--) {
            PathOverride o = overrides.get(i);
            Level l = o.levels().get(rule.id());
            if (l != null && Glob.anyMatches(o.paths(), path)) {
                return l;
            }
        }
        return configured.getOrDefault(rule.id(), rule.defaultLevel());
    }

    /** The level outside any override: what reports list as the rule's configured level. */
    public Level baseLevel(RuleDescriptor rule) {
        return configured.getOrDefault(rule.id(), rule.defaultLevel());
    }

    /** True when the rule is on somewhere: by default or in some override. */
    public boolean enabledAnywhere(RuleDescriptor rule) {
        return baseLevel(rule) != Level.OFF
                || overrides.stream().anyMatch(o -> o.levels().getOrDefault(rule.id(), Level.OFF) != Level.OFF);
    }
}
