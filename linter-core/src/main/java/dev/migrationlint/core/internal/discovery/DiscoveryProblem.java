package dev.migrationlint.core.internal.discovery;

/**
 * Something discovery could not do and went on without: an unreadable folder, a symlink loop, an unreadable tool
 * configuration file, a folder of scripts no layout reads. Never fatal; the engine shows them as notes.
 *
 * @param path    the file or folder, as reports show it
 * @param message what happened, in one line
 */
public record DiscoveryProblem(String path, String message) {
}
