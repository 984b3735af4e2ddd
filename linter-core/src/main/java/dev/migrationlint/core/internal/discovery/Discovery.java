package dev.migrationlint.core.internal.discovery;

import java.nio.file.Path;
import java.util.List;

public final class Discovery {
    public Discovery(DiscoveryOptions options) {
    }

    public DiscoveryResult discover(List<Path> paths) {
        throw new UnsupportedOperationException("stub");
    }
}
