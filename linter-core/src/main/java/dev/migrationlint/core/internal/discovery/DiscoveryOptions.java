package dev.migrationlint.core.internal.discovery;

import dev.migrationlint.core.spi.Dialect;

import java.nio.file.Path;
import java.util.List;

public record DiscoveryOptions(String layout, String layoutPattern, Boolean patternTransactional,
                               Path workingDirectory, List<String> configuredLocations, Dialect dialect) {
}
