package dev.migrationlint.core.internal.discovery;

import dev.migrationlint.core.spi.Language;
import dev.migrationlint.core.spi.MigrationKind;
import dev.migrationlint.core.spi.Version;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads migration file names the way one layout's tool does. */
final class NameReader {

    private static final Pattern FLYWAY_VERSION = Pattern.compile("\\d+(?:[._]\\d+)*");
    /** Names that try to be Flyway migrations, so a wrong extension is worth reporting. */
    private static final Pattern FLYWAY_LIKE = Pattern.compile("^(?:[VUB]\\d[\\d._]*|R)__");
    private static final Pattern BARE_VERSION_LIKE = Pattern.compile("^\\d+__");
    /**
     * Java classes that try to be migrations (a prefix, a version, an underscore); other classes of the package, such
     * as {@code Base64Codec} or {@code V8Engine}, are support code.
     */
    private static final Pattern JAVA_MIGRATION_LIKE = Pattern.compile("^(?:[VUB]\\d[\\d._]*_|R_)");
    /** Flyway SQL callbacks ({@code beforeMigrate.sql}, {@code afterMigrate__drop_procs.sql}) run around migrations. */
    private static final Pattern FLYWAY_CALLBACK = Pattern.compile("^(?:before|after)[A-Z]\\w*?(?:__.*)?\\.sql$|^createSchema\\.sql$");
    private static final Pattern GOLANG_MIGRATE = Pattern.compile("^(\\d+)_(.*)\\.(up|down)\\.(.+)$");
    private static final Pattern NUMBERED_SQL = Pattern.compile("^(\\d+)_(.+)\\.sql$");
    private static final Pattern SQLX = Pattern.compile("^(\\d+)_(.+?)(?:\\.(up|down))?\\.sql$");
    private static final Pattern GOOSE_GO = Pattern.compile("^\\d+_.+\\.go$");
    private static final Pattern DBMATE = Pattern.compile("^(\\d+)(.*)\\.sql$");
    /** ory/x popx's own expression; a lone {@code .autocommit} lands in the dialect group. */
    private static final Pattern POP = Pattern.compile(
            "^(\\d+)_([^.]+)(\\.[a-z0-9]+)?(\\.autocommit)?\\.(up|down)\\.(sql|fizz)$");
    private static final Pattern FOLDER_NAME = Pattern.compile("^(\\d+(?:-\\d+)*)(?:_(.*))?$");
    private static final Pattern FLEXIBLE_VERSION = Pattern.compile("\\d+(?:[._-]\\d+)*");
    private static final long EPOCH_2000 = 946_684_800L;
    private static final long EPOCH_2100 = 4_102_444_800L;

    /** pop's dialect names and synonyms, to the canonical names pop compares. */
    static final Map<String, String> POP_DIALECTS = Map.ofEntries(
            Map.entry("postgres", "postgres"), Map.entry("postgresql", "postgres"), Map.entry("pg", "postgres"),
            Map.entry("cockroach", "cockroach"), Map.entry("cockroachdb", "cockroach"), Map.entry("crdb", "cockroach"),
            Map.entry("mysql", "mysql"), Map.entry("mariadb", "mysql"),
            Map.entry("sqlite3", "sqlite3"), Map.entry("sqlite", "sqlite3"),
            Map.entry("yugabyte", "yugabyte"), Map.entry("yugabytedb", "yugabyte"));

    private final Layout layout;
    private final Pattern pattern;

    /** {@code pattern} is the compiled {@code layoutPattern}, used by the {@code pattern} layout only. */
    NameReader(Layout layout, Pattern pattern) {
        this.layout = layout;
        this.pattern = pattern;
    }

    Layout layout() {
        return layout;
    }

    /** Reads the name of a file directly in a location (for the folder layout: a stray file beside the migration folders). */
    NameMatch read(String fileName) {
        return switch (layout) {
            case FLYWAY, TIMESTAMP, EPOCH -> flyway(fileName);
            case GOLANG_MIGRATE -> golangMigrate(fileName);
            case SQLX -> sqlx(fileName);
            case GOOSE -> goose(fileName);
            case DBMATE -> dbmate(fileName);
            case POP -> pop(fileName);
            case PATTERN -> pattern(fileName);
            case FOLDER -> fileName.endsWith(".sql")
                    ? NameMatch.rejected("the folder layout keeps each migration in its own folder:"
                    + " <version>[_<name>]/up.sql and down.sql")
                    : NameMatch.ignored();
        };
    }

    /** Reads a folder name of the folder layout ({@code 2019-02-26-002946_add_x}, {@code 1528395943}). */
    static NameMatch readFolder(String folderName, MigrationKind kind) {
        Matcher m = FOLDER_NAME.matcher(folderName);
        if (!m.matches()) {
            return NameMatch.rejected("folder name '" + folderName + "' does not start with a version:"
                    + " expected <version>[_<name>] such as 2019-02-26-002946_add_users");
        }
        return NameMatch.accepted(ParsedName.of(flexibleVersion(m.group(1)), spaces(m.group(2)), kind, Language.SQL));
    }

    /** Whether a folder name reads as a folder-layout migration version. */
    static boolean isVersionFolderName(String folderName) {
        return FOLDER_NAME.matcher(folderName).matches();
    }

    private NameMatch flyway(String name) {
        String ext = CompanionFiles.extension(name);
        boolean bare = layout != Layout.FLYWAY;
        boolean migrationLike = FLYWAY_LIKE.matcher(name).lookingAt()
                || bare && BARE_VERSION_LIKE.matcher(name).lookingAt();
        if (ext.equals("java")) {
            if (!JAVA_MIGRATION_LIKE.matcher(name).lookingAt() && !(bare && BARE_VERSION_LIKE.matcher(name).lookingAt())) {
                return NameMatch.ignored();
            }
        } else if (!ext.equals("sql")) {
            return migrationLike
                    ? NameMatch.rejected("unknown extension ." + ext + ": Flyway runs .sql scripts and .java classes")
                    : NameMatch.ignored();
        }
        if (FLYWAY_CALLBACK.matcher(name).matches()) {
            return NameMatch.ignored();
        }
        Language language = ext.equals("java") ? Language.JAVA : Language.SQL;
        String base = name.substring(0, name.length() - ext.length() - 1);
        if (base.startsWith("R__")) {
            return NameMatch.accepted(ParsedName.of(null, spaces(base.substring(3)), MigrationKind.REPEATABLE, language));
        }
        char first = base.isEmpty() ? ' ' : base.charAt(0);
        char second = base.length() < 2 ? ' ' : base.charAt(1);
        MigrationKind kind;
        String rest;
        if (first == 'V' || first == 'U' || first == 'B') {
            kind = first == 'V' ? MigrationKind.VERSIONED : first == 'U' ? MigrationKind.UNDO : MigrationKind.BASELINE;
            rest = base.substring(1);
        } else if (bare && Character.isDigit(first)) {
            kind = MigrationKind.VERSIONED;
            rest = base;
        } else if (first == 'R' && Character.isDigit(second)) {
            return NameMatch.rejected("a repeatable migration has no version: expected R__<description>.sql");
        } else if ("vubr".indexOf(first) >= 0 && (Character.isDigit(second) || base.startsWith("__", 1))) {
            return NameMatch.rejected("prefix '" + first + "' is lower case: Flyway's prefixes are V, U, R and B");
        } else {
            return NameMatch.rejected("not a " + flywayExpectation());
        }
        int separator = rest.indexOf("__");
        if (separator < 0) {
            return NameMatch.rejected(rest.matches("\\d+(?:[._]\\d+)*_.*")
                    ? "one '_' after the version: Flyway separates version and description with '__'"
                    : "no '__' between version and description: " + flywayExpectation());
        }
        String versionText = rest.substring(0, separator);
        if (versionText.isEmpty()) {
            return NameMatch.rejected("no version before '__': " + flywayExpectation());
        }
        if (!FLYWAY_VERSION.matcher(versionText).matches()) {
            return NameMatch.rejected("version '" + versionText + "' is not numbers separated by '.' or '_'");
        }
        String variantProblem = layout == Layout.TIMESTAMP ? timestampProblem(versionText)
                : layout == Layout.EPOCH ? epochProblem(versionText) : null;
        if (variantProblem != null) {
            return NameMatch.rejected(variantProblem);
        }
        return NameMatch.accepted(ParsedName.of(Version.parse(versionText), spaces(rest.substring(separator + 2)),
                kind, language));
    }

    private String flywayExpectation() {
        return switch (layout) {
            case TIMESTAMP -> "timestamped Flyway migration name: expected [V]<yyyyMMddHHmmssSSS>__<description>.sql";
            case EPOCH -> "Flyway migration name with epoch seconds: expected [V]<seconds>__<description>.sql";
            default -> "Flyway migration name: expected V<version>__<description>.sql (or the U, R and B prefixes)";
        };
    }

    /** Null when {@code version} is 17 digits that make a real {@code yyyyMMddHHmmssSSS} date and time. */
    static String timestampProblem(String version) {
        if (!digits(version, 17, 17)) {
            return "version '" + version + "' is not a 17-digit timestamp (yyyyMMddHHmmssSSS)";
        }
        try {
            LocalDateTime.of(num(version, 0, 4), num(version, 4, 6), num(version, 6, 8), num(version, 8, 10),
                    num(version, 10, 12), num(version, 12, 14), num(version, 14, 17) * 1_000_000);
            return null;
        } catch (DateTimeException e) {
            return "version '" + version + "' is not a real date and time (yyyyMMddHHmmssSSS)";
        }
    }

    /** Null when {@code version} is Unix epoch seconds between 2000 and 2100. */
    static String epochProblem(String version) {
        if (!digits(version, 1, 12)
                || Long.parseLong(version) < EPOCH_2000 || Long.parseLong(version) >= EPOCH_2100) {
            return "version '" + version + "' is not Unix epoch seconds between 2000 and 2100";
        }
        return null;
    }

    /** Whether {@code s} is {@code min} to {@code max} ASCII digits (what {@code \\d{min,max}} matches). */
    static boolean digits(String s, int min, int max) {
        if (s.length() < min || s.length() > max) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int num(String s, int from, int to) {
        return Integer.parseInt(s.substring(from, to));
    }

    private NameMatch golangMigrate(String name) {
        Matcher m = GOLANG_MIGRATE.matcher(name);
        if (m.matches()) {
            if (!m.group(4).endsWith("sql")) {
                return NameMatch.rejected("unknown extension ." + m.group(4) + ": expected .up.sql or .down.sql");
            }
            return NameMatch.accepted(ParsedName.of(Version.parse(m.group(1)), spaces(m.group(2)),
                    direction(m.group(3)), Language.SQL));
        }
        if (!name.endsWith(".sql")) {
            return NameMatch.ignored();
        }
        return NameMatch.rejected(NUMBERED_SQL.matcher(name).matches()
                ? "no .up or .down before .sql: golang-migrate reads <version>_<title>.up.sql and .down.sql"
                : "expected <version>_<title>.up.sql or .down.sql");
    }

    private NameMatch sqlx(String name) {
        Matcher m = SQLX.matcher(name);
        if (m.matches()) {
            if (!fitsLong(m.group(1))) {
                return NameMatch.rejected("version '" + m.group(1) + "' is larger than sqlx's 64-bit versions");
            }
            MigrationKind kind = m.group(3) == null ? MigrationKind.VERSIONED : direction(m.group(3));
            return NameMatch.accepted(ParsedName.of(Version.parse(m.group(1)), spaces(m.group(2)), kind, Language.SQL));
        }
        return name.endsWith(".sql")
                ? NameMatch.rejected("expected <version>_<description>.sql, or .up.sql and .down.sql")
                : NameMatch.ignored();
    }

    private NameMatch goose(String name) {
        Matcher m = NUMBERED_SQL.matcher(name);
        if (m.matches()) {
            if (!fitsLong(m.group(1)) || new BigInteger(m.group(1)).signum() == 0) {
                return NameMatch.rejected("version '" + m.group(1) + "' is not a goose version (1 to 2^63-1)");
            }
            return NameMatch.accepted(ParsedName.of(Version.parse(m.group(1)), spaces(m.group(2)),
                    MigrationKind.VERSIONED, Language.SQL));
        }
        if (GOOSE_GO.matcher(name).matches() || !name.endsWith(".sql")) {
            // Go migrations are goose migrations the linter cannot read, not badly named files.
            return NameMatch.ignored();
        }
        return NameMatch.rejected("expected <version>_<name>.sql");
    }

    private NameMatch dbmate(String name) {
        Matcher m = DBMATE.matcher(name);
        if (m.matches()) {
            String description = m.group(2).replaceFirst("^[_-]", "");
            return NameMatch.accepted(ParsedName.of(Version.parse(m.group(1)), spaces(description),
                    MigrationKind.VERSIONED, Language.SQL));
        }
        return name.endsWith(".sql")
                ? NameMatch.rejected("dbmate reads names that start with a numeric version: expected <version>_<name>.sql")
                : NameMatch.ignored();
    }

    private NameMatch pop(String name) {
        Matcher m = POP.matcher(name);
        if (!m.matches()) {
            return name.endsWith(".sql")
                    ? NameMatch.rejected("expected <version>_<name>[.<dialect>].up.sql or .down.sql")
                    : NameMatch.ignored();
        }
        if (m.group(6).equals("fizz")) {
            return NameMatch.ignored();
        }
        String infix = m.group(3);
        boolean autocommit = m.group(4) != null || ".autocommit".equals(infix);
        String dialect = "all";
        if (infix != null && !infix.equals(".autocommit")) {
            dialect = POP_DIALECTS.get(infix.substring(1));
            if (dialect == null) {
                return NameMatch.rejected("unknown pop dialect '" + infix.substring(1)
                        + "': expected postgres, cockroach, mysql or sqlite3");
            }
        }
        return NameMatch.accepted(new ParsedName(Version.parse(m.group(1)), spaces(m.group(2)), direction(m.group(5)),
                Language.SQL, dialect, autocommit));
    }

    private NameMatch pattern(String name) {
        Matcher m = pattern.matcher(name);
        if (!m.matches()) {
            return name.endsWith(".sql")
                    ? NameMatch.rejected("does not match layoutPattern " + pattern.pattern())
                    : NameMatch.ignored();
        }
        Version version = flexibleVersion(m.group("version"));
        if (version == null) {
            return NameMatch.rejected("version '" + m.group("version") + "' is not numbers separated by '.', '_' or '-'");
        }
        String direction = optionalGroup(m, "direction");
        MigrationKind kind = MigrationKind.VERSIONED;
        if (direction != null) {
            String lower = direction.toLowerCase(Locale.ROOT);
            if (!lower.equals("up") && !lower.equals("down")) {
                return NameMatch.rejected("direction '" + direction + "' is neither up nor down");
            }
            kind = direction(lower);
        }
        String description = optionalGroup(m, "description");
        return NameMatch.accepted(ParsedName.of(version, spaces(description == null ? "" : description), kind,
                Language.SQL));
    }

    private static String optionalGroup(Matcher m, String group) {
        try {
            return m.group(group);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    /** Digits separated by {@code .}, {@code _} or {@code -} (diesel's {@code 2019-02-26-002946}), compared part by part; null otherwise. */
    static Version flexibleVersion(String text) {
        if (text == null || !FLEXIBLE_VERSION.matcher(text).matches()) {
            return null;
        }
        List<BigInteger> parts = new ArrayList<>();
        for (String part : text.split("[._-]")) {
            parts.add(new BigInteger(part));
        }
        return new Version(text, parts);
    }

    private static MigrationKind direction(String upOrDown) {
        return upOrDown.equals("up") ? MigrationKind.UP : MigrationKind.DOWN;
    }

    private static boolean fitsLong(String digits) {
        return new BigInteger(digits).bitLength() < 64;
    }

    private static String spaces(String description) {
        return description == null ? "" : description.replace('_', ' ');
    }
}
