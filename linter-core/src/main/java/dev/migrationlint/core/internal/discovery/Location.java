package dev.migrationlint.core.internal.discovery;

import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Migration;
import dev.migrationlint.core.spi.Runner;

import java.nio.file.Path;
import java.util.List;

public record Location(String path, Path directory, String layout, Runner runner, List<Migration> migrations,
                       List<RejectedFile> rejected, ToolSettings toolSettings, Dialect dialectHint) {
}
