package dev.migrationlint.core.spi;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** A rule's metadata, derived once from its {@link RuleInfo} annotation. */
public record RuleDescriptor(
        String id,
        String summary,
        Level defaultLevel,
        Category category,
        List<String> tags,
        Set<Dialect> dialects,
        boolean appliesToDown,
        String since) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final ConcurrentHashMap<Class<?>, RuleDescriptor> CACHE = new ConcurrentHashMap<>();

    /** Where rule documentation is published; the rule's page is {@code DOCS_BASE + id + ".md"}. */
    public static final String DOCS_BASE = "https://github.com/migration-lint/migration-lint/blob/main/rules/docs/";

    public RuleDescriptor {
        tags = List.copyOf(tags);
        dialects = Set.copyOf(dialects);
    }

    /** Reads the {@link RuleInfo} of a rule class; throws IllegalArgumentException when it is missing or malformed. */
    public static RuleDescriptor of(Class<?> ruleClass) {
        return CACHE.computeIfAbsent(ruleClass, RuleDescriptor::read);
    }

    private static RuleDescriptor read(Class<?> ruleClass) {
        RuleInfo info = ruleClass.getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalArgumentException(ruleClass.getName() + " has no @RuleInfo annotation");
        }
        if (!ID.matcher(info.id()).matches()) {
            throw new IllegalArgumentException(ruleClass.getName() + ": rule id '" + info.id() + "' is not kebab-case");
        }
        return new RuleDescriptor(info.id(), info.summary(), info.level(), info.category(),
                List.of(info.tags()), Set.of(info.dialects()), info.appliesToDown(), info.since());
    }

    /** True when the rule runs for migrations of this dialect. */
    public boolean appliesTo(Dialect dialect) {
        return dialects.isEmpty() || dialects.contains(dialect);
    }

    /** The URL of the rule's documentation page. */
    public String helpUri() {
        return DOCS_BASE + id + ".md";
    }
}
