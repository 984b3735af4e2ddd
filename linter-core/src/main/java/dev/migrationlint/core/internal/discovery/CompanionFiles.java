package dev.migrationlint.core.internal.discovery;

import java.util.Locale;
import java.util.Set;

/**
 * Files that live beside migrations and are never migrations nor reported as badly named: tool metadata, lock files,
 * documentation, licences, data files and dotfiles.
 */
final class CompanionFiles {

    private static final Set<String> NAMES = Set.of(
            "migrations.lock", "flyway.conf", "flyway.toml", "metadata.yaml", "metadata.toml");
    private static final Set<String> DOCUMENT_STEMS = Set.of(
            "readme", "license", "licence", "notice", "copying", "changelog", "authors");
    private static final Set<String> DOCUMENT_EXTENSIONS = Set.of(
            "md", "txt", "json", "yaml", "yml", "toml", "conf", "properties", "xml", "csv", "adoc", "rst");

    private CompanionFiles() {
    }

    static boolean isCompanion(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith(".") || lower.endsWith(".sql.conf") || NAMES.contains(lower)) {
            return true;
        }
        int firstDot = lower.indexOf('.');
        String stem = firstDot < 0 ? lower : lower.substring(0, firstDot);
        return DOCUMENT_STEMS.contains(stem) || DOCUMENT_EXTENSIONS.contains(extension(lower));
    }

    /** The text after the last dot, or "" when there is none. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
