package dev.migrationlint.core.internal.discovery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which layout a folder's files follow: the configured one, or with {@code auto} the one most files show
 * signs of (Flyway prefixes, 17-digit or epoch versions, {@code .up.sql} pairs, pop dialect infixes, goose and
 * dbmate markers, {@code <version>/up.sql} folders).
 */
final class LayoutDetector {

    private static final Pattern FLYWAY_SHAPE = Pattern.compile(
            "^(?:[VUB](\\d+(?:[._]\\d+)*)|R|(\\d+))__.*\\.(?:sql|java)$");
    private static final Pattern UP_DOWN_SHAPE = Pattern.compile("^\\d+_.*\\.(?:up|down)\\..*sql$");
    private static final Pattern POP_INFIX = Pattern.compile("^\\d+_[^.]+\\.([a-z0-9]+)(?:\\.autocommit)?\\.(?:up|down)\\.sql$");
    private static final Pattern PLAIN_SHAPE = Pattern.compile("^\\d+_.+\\.sql$");
    private static final Pattern GOOSE_MARKER = Pattern.compile("(?im)^\\s*--\\s*\\+goose\\s+up\\b");
    private static final Pattern DBMATE_MARKER = Pattern.compile("(?im)^\\s*--\\s*migrate:up\\b");
    /** Markers sit at the top of a file; reading a few KB keeps detection cheap on large data migrations. */
    private static final int HEAD_BYTES = 8192;

    private final FolderTree tree;
    private final Layout forced;
    private final NameReader forcedReader;
    /** Decisions by folder (empty: no layout); locations are read in parallel. */
    private final Map<Path, Optional<Layout>> decided = new ConcurrentHashMap<>();

    /** {@code forcedReader} null means {@code auto}. */
    LayoutDetector(FolderTree tree, NameReader forcedReader) {
        this.tree = tree;
        this.forcedReader = forcedReader;
        this.forced = forcedReader == null ? null : forcedReader.layout();
    }

    boolean isAuto() {
        return forced == null;
    }

    /** The layout of the migrations directly in {@code dir} (or in its migration folders), or null when there are none. */
    Layout detect(Path dir) {
        // Merging asks again about folders already searched; the answer may have cost file reads.
        Optional<Layout> known = decided.get(dir);
        if (known == null) {
            known = Optional.ofNullable(decide(dir));
            decided.put(dir, known);
        }
        return known.orElse(null);
    }

    private Layout decide(Path dir) {
        FolderTree.Listing listing = tree.list(dir);
        if (forced == Layout.FOLDER) {
            return migrationFolders(listing) > 0 ? Layout.FOLDER : null;
        }
        if (forced != null) {
            return listing.files().stream().anyMatch(f -> !CompanionFiles.isCompanion(f) && forcedReader.read(f).isAccepted())
                    ? forced : null;
        }
        int folders = migrationFolders(listing);
        List<String> names = migrationCandidates(listing.files());
        int flyway = 0;
        int upDown = 0;
        int pop = 0;
        List<String> plain = new ArrayList<>();
        for (String name : names) {
            if (FLYWAY_SHAPE.matcher(name).matches()) {
                flyway++;
            } else if (UP_DOWN_SHAPE.matcher(name).matches()) {
                upDown++;
                if (isPopName(name)) {
                    pop++;
                }
            } else if (PLAIN_SHAPE.matcher(name).matches()) {
                plain.add(name);
            }
        }
        int best = Math.max(Math.max(folders, flyway), Math.max(upDown, plain.size()));
        if (best == 0) {
            return null;
        }
        if (folders == best) {
            return Layout.FOLDER;
        }
        if (flyway == best) {
            return flywayVariant(names);
        }
        if (upDown == best) {
            if (pop * 2 >= upDown) {
                return Layout.POP;
            }
            // Both name pairs alike; a stray unpaired file then is reported rather than making it sqlx.
            return inRustProject(dir) ? Layout.SQLX : Layout.GOLANG_MIGRATE;
        }
        return markedLayout(dir, plain);
    }

    /**
     * Flyway, or its 17-digit timestamp or epoch-seconds variant when most versions are such: the variants only add
     * checks (and the bare, V-less names), so an outlier is reported rather than silently accepted.
     */
    static Layout flywayVariant(Collection<String> names) {
        int versioned = 0;
        int timestamps = 0;
        int epochs = 0;
        for (String name : names) {
            Matcher m = FLYWAY_SHAPE.matcher(name);
            if (!m.matches() || m.group(1) == null && m.group(2) == null) {
                continue;
            }
            String version = m.group(1) != null ? m.group(1) : m.group(2);
            versioned++;
            if (NameReader.digits(version, 17, 17)) {
                timestamps++;
            } else if (NameReader.epochProblem(version) == null) {
                epochs++;
            }
        }
        if (timestamps * 2 > versioned) {
            return Layout.TIMESTAMP;
        }
        return epochs * 2 > versioned ? Layout.EPOCH : Layout.FLYWAY;
    }

    /** Files that could be migrations: not companions or documentation. */
    static List<String> migrationCandidates(Collection<String> files) {
        return files.stream().filter(f -> !CompanionFiles.isCompanion(f)).toList();
    }

    /** Subfolders that are migrations of the folder layout: a version name holding {@code up.sql} or {@code down.sql}. */
    int migrationFolders(FolderTree.Listing listing) {
        int count = 0;
        for (Path sub : listing.dirs()) {
            if (NameReader.isVersionFolderName(sub.getFileName().toString()) && holdsUpOrDown(sub)) {
                count++;
            }
        }
        return count;
    }

    /** Whether a subfolder of a folder-layout location is part of it (a migration, or a badly named one). */
    boolean belongsToFolderLayout(Path sub) {
        return NameReader.isVersionFolderName(sub.getFileName().toString()) || holdsUpOrDown(sub);
    }

    private boolean holdsUpOrDown(Path dir) {
        FolderTree.Listing listing = tree.list(dir);
        return listing.hasFile("up.sql") || listing.hasFile("down.sql");
    }

    private static boolean isPopName(String name) {
        Matcher m = POP_INFIX.matcher(name);
        return m.matches() && (m.group(1).equals("autocommit") || NameReader.POP_DIALECTS.containsKey(m.group(1)));
    }

    /**
     * goose and dbmate need their marker in every file; plain numbered files without them are sqlx's. Most files must
     * carry a marker, so a stray comment does not turn a sqlx folder into dbmate.
     */
    private static Layout markedLayout(Path dir, List<String> plain) {
        int goose = 0;
        int dbmate = 0;
        for (String name : plain) {
            String head = head(dir.resolve(name));
            if (GOOSE_MARKER.matcher(head).find()) {
                goose++;
            } else if (DBMATE_MARKER.matcher(head).find()) {
                dbmate++;
            }
        }
        if (goose * 2 >= plain.size() && goose >= dbmate) {
            return Layout.GOOSE;
        }
        return dbmate * 2 >= plain.size() ? Layout.DBMATE : Layout.SQLX;
    }

    private static String head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(HEAD_BYTES), StandardCharsets.ISO_8859_1);
        } catch (IOException | SecurityException e) {
            // Unreadable files are reported when the engine reads them; here they just carry no marker.
            return "";
        }
    }

    /** sqlx and golang-migrate name pairs alike; a Cargo project (up to its repository) means sqlx. */
    private static boolean inRustProject(Path dir) {
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve("Cargo.toml"))) {
                return true;
            }
            if (Files.exists(d.resolve("go.mod")) || Files.exists(d.resolve(".git"))) {
                return false;
            }
        }
        return false;
    }
}
