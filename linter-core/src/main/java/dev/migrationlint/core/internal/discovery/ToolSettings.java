package dev.migrationlint.core.internal.discovery;

import java.util.List;
import java.util.Map;

public record ToolSettings(Boolean mixed, Boolean transactionalLock, Map<String, String> placeholders,
                           List<String> locations, String source) {
}
