package dev.migrationlint.core.internal.discovery;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

public record DiscoveryResult(List<Location> locations, Set<Path> focusFiles) {
}
