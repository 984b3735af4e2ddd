package dev.migrationlint.core;

import dev.migrationlint.core.spi.Rule;
import dev.migrationlint.core.spi.RuleDescriptor;
import dev.migrationlint.core.spi.RuleProvider;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** Every rule available to a run, from the {@link RuleProvider}s found with {@link ServiceLoader}. */
public final class RuleRegistry {

    private final Map<String, Rule> rules;
    private final Map<String, RuleProvider> providers;

    private RuleRegistry(Map<String, Rule> rules, Map<String, RuleProvider> providers) {
        this.rules = rules;
        this.providers = providers;
    }

    /** Loads the providers visible to this class's loader; throws IllegalStateException on a duplicate id. */
    public static RuleRegistry load() {
        return of(ServiceLoader.load(RuleProvider.class, RuleRegistry.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).toList());
    }

    public static RuleRegistry of(List<RuleProvider> providers) {
        List<Rule> all = new ArrayList<>();
        Map<String, RuleProvider> owners = new LinkedHashMap<>();
        for (RuleProvider provider : providers) {
            for (Rule rule : provider.rules()) {
                all.add(rule);
                if (owners.putIfAbsent(rule.descriptor().id(), provider) != null) {
                    throw new IllegalStateException("two rules have the id '" + rule.descriptor().id() + "'");
                }
            }
        }
        all.sort(Comparator.comparing(r -> r.descriptor().id()));
        Map<String, Rule> byId = new LinkedHashMap<>();
        all.forEach(r -> byId.put(r.descriptor().id(), r));
        return new RuleRegistry(byId, owners);
    }

    /** All rules, sorted by id. */
    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    public List<RuleDescriptor> descriptors() {
        return rules.values().stream().map(Rule::descriptor).toList();
    }

    public Optional<Rule> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    public boolean contains(String id) {
        return rules.containsKey(id);
    }

    /** The rule's documentation page (markdown), when its provider ships one. */
    public Optional<String> documentation(String id) {
        RuleProvider p = providers.get(id);
        return p == null ? Optional.empty() : p.documentation(id);
    }
}
