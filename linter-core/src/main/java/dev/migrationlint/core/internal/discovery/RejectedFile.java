package dev.migrationlint.core.internal.discovery;

import java.nio.file.Path;

public record RejectedFile(String path, Path file, String reason) {
}
