package dev.migrationlint.core.internal.discovery;

import java.util.List;
import java.util.Map;

/**
 * What the migration tool's own configuration ({@code flyway.conf}, {@code flyway.toml}, {@code spring.flyway.*})
 * says about a location. Null fields mean "not set there".
 *
 * @param mixed             Flyway {@code mixed}
 * @param transactionalLock Flyway {@code postgresql.transactional.lock}
 * @param placeholders      Flyway placeholders, nearest file first per key
 * @param locations         Flyway {@code locations} as written ({@code classpath:db/migration}, {@code filesystem:sql})
 * @param source            the files the values came from, as reports show them, comma-separated; null when none
 */
public record ToolSettings(Boolean mixed, Boolean transactionalLock, Map<String, String> placeholders,
                           List<String> locations, String source) {

    public static final ToolSettings NONE = new ToolSettings(null, null, Map.of(), null, null);

    public ToolSettings {
        placeholders = Map.copyOf(placeholders);
        locations = locations == null ? null : List.copyOf(locations);
    }
}
