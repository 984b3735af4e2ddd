package dev.migrationlint.core.internal.discovery;

import dev.migrationlint.core.spi.MigrationKind;
import dev.migrationlint.core.spi.Version;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a file name the way a location's layout does, for files that are not on disk (a git base ref's files): what
 * version and kind the file would be, or nothing when the layout would not run it.
 */
public final class MigrationNames {

    /** A migration's version (null for repeatables) and kind. */
    public record Name(Version version, MigrationKind kind) {
    }

    private MigrationNames() {
    }

    /** A version as the layouts write them: digits separated by {@code .}, {@code _} or {@code -}; null otherwise. */
    public static Version version(String text) {
        return NameReader.flexibleVersion(text);
    }

    /**
     * @param layoutId      the location's layout
     * @param layoutPattern the configured {@code layoutPattern} (for the pattern layout), or null
     * @param relativePath  the file's path inside the location, with {@code /}
     */
    public static Optional<Name> read(String layoutId, String layoutPattern, String relativePath) {
        Layout layout = Layout.byId(layoutId);
        if (layout == null) {
            return Optional.empty();
        }
        String[] parts = relativePath.split("/");
        String fileName = parts[parts.length - 1];
        if (layout == Layout.FOLDER) {
            if (parts.length != 2 || !fileName.equals("up.sql") && !fileName.equals("down.sql")) {
                return Optional.empty();
            }
            NameMatch m = NameReader.readFolder(parts[0], fileName.equals("up.sql") ? MigrationKind.UP
                    : MigrationKind.DOWN);
            return m.isAccepted() ? Optional.of(new Name(m.name().version(), m.name().kind())) : Optional.empty();
        }
        if (!layout.recursive() && parts.length > 1 || CompanionFiles.isCompanion(fileName)) {
            return Optional.empty();
        }
        Pattern pattern = layout == Layout.PATTERN && layoutPattern != null ? Pattern.compile(layoutPattern) : null;
        if (layout == Layout.PATTERN && pattern == null) {
            return Optional.empty();
        }
        NameMatch m = new NameReader(layout, pattern).read(fileName);
        return m.isAccepted() ? Optional.of(new Name(m.name().version(), m.name().kind())) : Optional.empty();
    }
}
