package dev.migrationlint.core.internal.config;

/** A configuration problem the user must fix; the message names the file, the line and the key. Exit code 2. */
public final class ConfigException extends dev.migrationlint.core.UsageException {
    public ConfigException(String message) {
        super(message);
    }
}
