package dev.migrationlint.core.internal.report;

import dev.migrationlint.core.LintResult;
import dev.migrationlint.core.LintResult.EnabledRule;
import dev.migrationlint.core.Notification;
import dev.migrationlint.core.ReportFormat;
import dev.migrationlint.core.ReportOptions;
import dev.migrationlint.core.Summary;
import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Finding;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.RuleDescriptor;
import dev.migrationlint.core.spi.Span;
import dev.migrationlint.core.spi.Suppression;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Results built by hand, and the migrations they point at written below a root folder: LF, CRLF and CR line ends,
 * a tab, {@code "prénom"}, characters outside the BMP ({@code 𝒳}, one display cell; {@code 😀}, two), a suppressed
 * finding, a baseline suppression, a file-level finding on a name that needs percent-encoding, a finding on a file
 * that is gone, a message with quotes, {@code <&>}, {@code %} and a line break, and notifications with and without
 * a file.
 */
final class ReportFixture {

    static final String E_ACUTE = "\u00e9";
    /** U+1D4B3 MATHEMATICAL SCRIPT CAPITAL X: two UTF-16 units, one display cell. */
    static final String SCRIPT_X = "\uD835\uDCB3";
    /** U+1F600 GRINNING FACE: two UTF-16 units, two display cells. */
    static final String GRIN = "\uD83D\uDE00";
    static final String PRENOM = "\"pr" + E_ACUTE + "nom\"";

    static final String VIEWS = "db/migration/R__views.sql";
    static final String VIEWS_TEXT = "CREATE OR REPLACE VIEW active_users AS SELECT * FROM users;\n";

    static final String CREATE = "db/migration/V1__create_people.sql";
    static final String CREATE_INDEX = "CREATE INDEX \"idx_" + GRIN + "\" ON " + PRENOM + " (\"" + SCRIPT_X + "\")";
    static final String DROP_INDEX = "DROP INDEX \"idx_" + GRIN + "\"";
    static final String CREATE_TEXT = "CREATE TABLE " + PRENOM + " (id bigint PRIMARY KEY);\n"
            + "\tALTER TABLE " + PRENOM + " ADD COLUMN \"" + SCRIPT_X + "\" text; " + CREATE_INDEX + "; "
            + DROP_INDEX + ";\n";

    static final String USERS = "db/migration/V2__users.sql";
    static final String USERS_TEXT =
            "-- migration-lint: ignore ban-drop-column -- legacy column, no readers since 2023\r\n"
            + "ALTER TABLE users DROP COLUMN legacy;\r\n"
            + "ALTER TABLE users\r\n"
            + "  ALTER COLUMN email SET NOT NULL;\r\n";

    static final String CLEANUP = "db/migration/V3__cleanup.sql";
    static final String CLEANUP_TEXT = "UPDATE accounts SET plan = 'free' WHERE plan IS NULL;\r"
            + "DELETE FROM sessions;\r"
            + "VACUUM sessions;\r";

    static final String MISNAMED = "db/migration/notes, V4 #1 (\u00fc).sql";
    static final String GONE = "db/migration/V5__drop_audit.sql";

    private ReportFixture() {
    }

    static ReportOptions options(Path root) {
        return new ReportOptions(root, false, "0.1.0", false);
    }

    static String render(ReportFormat format, LintResult result, ReportOptions options) {
        StringWriter out = new StringWriter();
        try {
            format.writer().write(result, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes the migrations below {@code root} and returns the result of linting them. */
    static LintResult full(Path root) throws IOException {
        write(root, VIEWS, VIEWS_TEXT);
        write(root, CREATE, CREATE_TEXT);
        write(root, USERS, USERS_TEXT);
        write(root, CLEANUP, CLEANUP_TEXT);
        write(root, MISNAMED, "SELECT 1;\n");

        List<Finding> findings = new ArrayList<>(List.of(
                new Finding("ban-select-star", Level.WARNING,
                        "SELECT * in view \"active_users\" freezes its column list",
                        "List the columns.", VIEWS,
                        span(VIEWS_TEXT, "CREATE OR REPLACE VIEW active_users AS SELECT * FROM users"),
                        "ban-select-star:" + VIEWS + ":5d41402a", new Suppression(Suppression.Kind.EXTERNAL, null)),
                new Finding("require-concurrent-index", Level.WARNING,
                        "CREATE INDEX \"idx_" + GRIN + "\" on " + PRENOM
                                + " blocks writes <until it is built> & locks 100% of the table",
                        "Use CREATE INDEX CONCURRENTLY, outside a transaction.", CREATE,
                        span(CREATE_TEXT, CREATE_INDEX),
                        "require-concurrent-index:" + CREATE + ":7d793037", null),
                new Finding("require-concurrent-index-deletion", Level.WARNING,
                        "DROP INDEX \"idx_" + GRIN + "\" takes an ACCESS EXCLUSIVE lock on " + PRENOM,
                        "Use DROP INDEX CONCURRENTLY.", CREATE, span(CREATE_TEXT, DROP_INDEX),
                        "require-concurrent-index-deletion:" + CREATE + ":0cc175b9", null),
                new Finding("ban-drop-column", Level.ERROR,
                        "Dropping \"users\".\"legacy\" breaks the running version, which still reads it",
                        "Stop reading the column in a release first, then drop it.", USERS,
                        span(USERS_TEXT, "ALTER TABLE users DROP COLUMN legacy"),
                        "ban-drop-column:" + USERS + ":92eb5ffe",
                        new Suppression(Suppression.Kind.IN_SOURCE, "legacy column, no readers since 2023")),
                new Finding("ban-set-not-null", Level.ERROR,
                        "SET NOT NULL on \"users\".\"email\" scans the whole table\n"
                                + "while holding an ACCESS EXCLUSIVE lock",
                        "Add CHECK (email IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL:\n"
                                + "PostgreSQL 12+ then skips the scan.",
                        USERS, span(USERS_TEXT, "ALTER TABLE users\r\n  ALTER COLUMN email SET NOT NULL"),
                        "ban-set-not-null:" + USERS + ":e4da3b7f", null),
                new Finding("require-where", Level.NOTE,
                        "DELETE FROM \"sessions\" has no WHERE clause: every row goes",
                        "Add a WHERE clause, or TRUNCATE when emptying the table is meant.", CLEANUP,
                        span(CLEANUP_TEXT, "DELETE FROM sessions"), "require-where:" + CLEANUP + ":1679091c", null),
                new Finding("invalid-migration-name", Level.ERROR,
                        "\"notes, V4 #1 (\u00fc).sql\" matches no file name of the flyway layout",
                        "Rename it to V<version>__<description>.sql, or move it out of the migration folder.",
                        MISNAMED, Span.FILE, "invalid-migration-name:" + MISNAMED, null),
                new Finding("ban-drop-table", Level.ERROR, "DROP TABLE \"audit\" breaks every reader of \"audit\"",
                        null, GONE, new Span(0, 21, 1, 1, 1, 22), "ban-drop-table:" + GONE + ":8f14e45f", null)));
        findings.sort(Finding.ORDER);

        List<Notification> notifications = List.of(
                new Notification(CLEANUP, span(CLEANUP_TEXT, "VACUUM sessions"), Level.NOTE,
                        "Statement not understood (VACUUM): only syntax rules checked it"),
                new Notification(null, null, Level.WARNING,
                        "No migrations.lock in db/migration: checksum rules are off"));
        Summary summary = new Summary(1, 6, 0, 10, 9, Map.of("VACUUM", 1), 420, 0, 1, 2);
        return new LintResult(findings, rules(), notifications, summary);
    }

    /** A clean run: no findings, no notifications. */
    static LintResult clean() {
        return new LintResult(List.of(), rules().subList(0, 2), List.of(),
                new Summary(1, 3, 0, 12, 12, Map.of(), 75, 0, 0, 0));
    }

    static List<EnabledRule> rules() {
        return List.of(
                rule("ban-drop-column", "Dropping a column breaks code that still reads it", Level.ERROR,
                        Category.COMPATIBILITY, List.of("breaking-change"), Level.ERROR, doc("ban-drop-column",
                                "Dropping a column breaks every deployed version of the application that still reads "
                                        + "or writes it.", "ALTER TABLE users DROP COLUMN legacy;")),
                rule("ban-drop-table", "Dropping a table breaks code that still reads it", Level.ERROR,
                        Category.COMPATIBILITY, List.of(), Level.ERROR, null),
                rule("ban-select-star", "SELECT * in a view freezes its column list", Level.WARNING,
                        Category.DESIGN, List.of(), Level.WARNING, null),
                rule("ban-set-not-null", "SET NOT NULL scans the table under an ACCESS EXCLUSIVE lock", Level.ERROR,
                        Category.LOCKING, List.of("lock", "postgresql"), Level.ERROR, doc("ban-set-not-null",
                                "`ALTER TABLE ... SET NOT NULL` reads every row while holding an ACCESS EXCLUSIVE "
                                        + "lock:\nno reads, no writes until it is done.",
                                "ALTER TABLE users ALTER COLUMN email SET NOT NULL;")),
                rule("invalid-migration-name", "A file in a migration folder matches no naming of its layout",
                        Level.ERROR, Category.META, List.of(), Level.ERROR, null),
                rule("prefer-text-field", "Prefer text to varchar(n)", Level.NOTE, Category.DESIGN, List.of(),
                        Level.NOTE, null),
                rule("require-concurrent-index", "Create indexes concurrently", Level.WARNING, Category.LOCKING,
                        List.of("lock", "index"), Level.WARNING, doc("require-concurrent-index",
                                "A plain CREATE INDEX blocks writes to the table until the index is built.",
                                "CREATE INDEX ON users (email);")),
                rule("require-concurrent-index-deletion", "Drop indexes concurrently", Level.WARNING,
                        Category.LOCKING, List.of("lock", "index"), Level.WARNING, null),
                // Configured down from its default, so that the effective level shows in SARIF.
                rule("require-where", "UPDATE and DELETE need a WHERE clause", Level.WARNING, Category.DATA,
                        List.of(), Level.NOTE, null));
    }

    private static EnabledRule rule(String id, String summary, Level defaultLevel, Category category,
                                    List<String> tags, Level level, String doc) {
        return new EnabledRule(new RuleDescriptor(id, summary, defaultLevel, category, tags, Set.of(), false, "0.1.0"),
                level, doc);
    }

    private static String doc(String id, String problem, String bad) {
        return "# " + id + "\n\n## Problem\n\n" + problem + "\n\n## Instead of\n\n```sql bad\n" + bad
                + "\n```\n\n## Use\n\nSee the safe sequence in the help.\n";
    }

    private static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /**
     * The span of the first {@code fragment} in {@code text}, counted independently of the writers: lines end at
     * LF, CRLF or CR, columns are UTF-16 code units, the end is exclusive.
     */
    static Span span(String text, String fragment) {
        int start = text.indexOf(fragment);
        if (start < 0) {
            throw new IllegalArgumentException("no '" + fragment + "' in the text");
        }
        int end = start + fragment.length();
        int[] from = position(text, start);
        int[] to = position(text, end);
        return new Span(start, end, from[0], from[1], to[0], to[1]);
    }

    private static int[] position(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }
}
