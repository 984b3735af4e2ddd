package dev.migrationlint.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile input at the command line: every bad file is reported where it is, with the exit code a user expects, the
 * run never hangs, and the other files are still linted (a hazard in a sibling file is still reported). The big
 * inputs (a 100 MB single-line statement, a 50 MB unterminated dollar quote) are generated once.
 */
class HostileInputTest {

    @TempDir
    static Path root;
    static Path tree;
    static Path migrations;

    private static final String HAZARD = "db/migration/V8__index.sql:1:1: error[require-concurrent-index-creation] "
            + "CREATE INDEX \"users_email\" on \"users\" takes a SHARE lock";

    @BeforeAll
    static void hostileTree() throws IOException {
        tree = root.resolve("hostile");
        migrations = Files.createDirectories(tree.resolve("db/migration"));
        byte[] png = new byte[4096];
        for (int i = 0; i < png.length; i++) {
            png[i] = (byte) i;
        }
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, png, 0, 8);
        Files.write(migrations.resolve("V1__binary.sql"), png);
        Files.write(migrations.resolve("V2__invalid_utf8.sql"),
                bytes("CREATE TABLE t2 (id bigint PRIMARY KEY, a text DEFAULT 'caf", new byte[] {(byte) 0xE9},
                        "');\n"));
        Files.write(migrations.resolve("V3__nul.sql"), bytes("SELECT 1;", new byte[] {0, 0}, "SELECT 2;\n"));
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(migrations.resolve(
                "V5__long_line.sql")), 1 << 16)) {
            out.write("UPDATE t2 SET a = '".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'x');
            for (int i = 0; i < 100; i++) {
                out.write(chunk);
            }
            out.write("';".getBytes(StandardCharsets.US_ASCII));
        }
        Files.writeString(migrations.resolve("V6__nested.sql"), "CREATE TABLE t5 (a int);\nCREATE INDEX deep ON users ("
                + "(".repeat(100_000) + "lower(email)" + ")".repeat(100_000) + ");\n");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(migrations.resolve(
                "V7__dollar.sql")), 1 << 16)) {
            out.write("DO $body$ BEGIN\n".getBytes(StandardCharsets.US_ASCII));
            byte[] line = "  PERFORM 1; -- a line of a body that is never closed\n".getBytes(StandardCharsets.US_ASCII);
            for (long n = 0; n < (50L << 20) / line.length; n++) {
                out.write(line);
            }
        }
        Files.writeString(migrations.resolve("V4__users.sql"), "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n");
        Files.writeString(migrations.resolve("V8__index.sql"), "CREATE INDEX users_email ON users (email);\n");
        Files.createSymbolicLink(migrations.resolve("V9__loop.sql"), Path.of("V10__loop.sql"));
        Files.createSymbolicLink(migrations.resolve("V10__loop.sql"), Path.of("V9__loop.sql"));
        Files.createSymbolicLink(migrations.resolve("sub"), Path.of(".."));
        Path unreadable = migrations.resolve("V11__unreadable.sql");
        if (isRoot()) {
            // root reads whatever the permissions say: a file whose reads fail stands in for an unreadable one
            Files.createSymbolicLink(unreadable, Path.of("/proc/self/mem"));
        } else {
            Files.writeString(unreadable, "SELECT 1;\n");
            assertTrue(unreadable.toFile().setReadable(false, false));
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static byte[] bytes(String head, byte[] middle, String tail) {
        byte[] a = head.getBytes(StandardCharsets.UTF_8);
        byte[] c = tail.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[a.length + middle.length + c.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(middle, 0, out, a.length, middle.length);
        System.arraycopy(c, 0, out, a.length + middle.length, c.length);
        return out;
    }

    private static CliRun check(Path dir, String... args) {
        return assertTimeoutPreemptively(Duration.ofSeconds(120), () -> CliRun.in(dir, args));
    }

    private static void assertReports(CliRun run, String expected) {
        assertTrue(run.out().contains(expected), () -> "expected " + expected + " in:\n" + cut(run.out()));
    }

    private static String cut(String text) {
        return text.lines().map(l -> l.length() > 300 ? l.substring(0, 300) + "…" : l)
                .reduce((a, b) -> a + "\n" + b).orElse("");
    }

    @Test
    void everyHostileFileIsReportedWhereItIsAndTheOthersAreStillLinted() {
        CliRun run = check(tree, "check", "db/migration");

        assertEquals(Cli.FINDINGS, run.exitCode(), run.err());
        assertReports(run, "db/migration/V1__binary.sql:1:1: warning[unreadable-file] the file holds binary content, "
                + "not SQL text; it was not linted");
        assertReports(run, "db/migration/V2__invalid_utf8.sql:1:1: warning[unreadable-file] the file is not valid "
                + "UTF-8 (first bad byte at offset 59); it was decoded with replacement characters and linted anyway");
        assertReports(run, "db/migration/V3__nul.sql:1:1: warning[unreadable-file] the file holds binary content");
        assertReports(run, "db/migration/V5__long_line.sql:1:1: error[");
        assertReports(run, "db/migration/V7__dollar.sql:1:4: warning[syntax-error] unterminated dollar quote $body$ "
                + "(started at line 1, column 4)");
        assertReports(run, "db/migration/V9__loop.sql:1:1: warning[unreadable-file] cannot read the file: "
                + "Too many levels of symbolic links");
        assertReports(run, "db/migration/V10__loop.sql:1:1: warning[unreadable-file] cannot read the file: "
                + "Too many levels of symbolic links");
        assertReports(run, "db/migration/sub:1:1: note: symlink loop: it points to ");
        assertReports(run, isRoot() ? "db/migration/V11__unreadable.sql:1:1: warning[unreadable-file] cannot read "
                + "the file: Input/output error" : "db/migration/V11__unreadable.sql:1:1: warning[unreadable-file] "
                + "cannot read the file: permission denied");
        assertReports(run, HAZARD);
        assertFalse(run.out().contains("failed here"), () -> cut(run.out()));
        assertReports(run, "db/migration/V6__nested.sql:2:1: error[require-concurrent-index-creation] CREATE INDEX "
                + "\"deep\" on \"users\" takes a SHARE lock");
        assertTrue(run.out().contains("Checked 11 files"), () -> cut(run.out()));
        assertEquals("", run.err());
    }

    @Test
    void badFilesAloneAreWarningsThatFailOnlyAtWarningLevel() throws IOException {
        Path dir = Files.createDirectories(root.resolve("warnings/db/migration"));
        Files.copy(migrations.resolve("V1__binary.sql"), dir.resolve("V1__binary.sql"));
        Files.copy(migrations.resolve("V3__nul.sql"), dir.resolve("V2__nul.sql"));
        Files.write(dir.resolve("V3__latin1.sql"), bytes("COMMENT ON TABLE t IS 'caf", new byte[] {(byte) 0xE9}, "';"));
        Path base = dir.getParent().getParent();

        CliRun run = check(base, "check", "db/migration");
        assertEquals(Cli.OK, run.exitCode(), run.out());
        assertReports(run, "db/migration/V3__latin1.sql:1:1: warning[unreadable-file] the file is not valid UTF-8 "
                + "(first bad byte at offset 26)");
        assertEquals(Cli.FINDINGS, check(base, "check", "--fail-on", "warning", "db/migration").exitCode());
    }

    @Test
    void anEmptyConfigIsNoConfig() throws IOException {
        Path dir = Files.createDirectories(root.resolve("empty-config/db/migration"));
        Files.copy(migrations.resolve("V4__users.sql"), dir.resolve("V1__users.sql"));
        Files.copy(migrations.resolve("V8__index.sql"), dir.resolve("V2__index.sql"));
        Path base = dir.getParent().getParent();
        Files.writeString(base.resolve(".migration-lint.yml"), "");

        CliRun run = check(base, "check", "db/migration");
        assertEquals(Cli.FINDINGS, run.exitCode(), run.err());
        assertReports(run, "db/migration/V2__index.sql:1:1: error[require-concurrent-index-creation]");
    }

    @Test
    void aHugeConfigIsAUsageErrorNamingTheFile() throws IOException {
        Path base = Files.createDirectories(root.resolve("huge-config"));
        Files.createDirectories(base.resolve("db/migration"));
        Files.copy(migrations.resolve("V4__users.sql"), base.resolve("db/migration/V1__users.sql"));
        StringBuilder yaml = new StringBuilder("rules:\n");
        for (int i = 0; yaml.length() <= 2 << 20; i++) {
            yaml.append("  rule-").append(i).append(": off\n");
        }
        Path config = base.resolve("big.yml");
        Files.writeString(config, yaml);

        CliRun run = check(base, "check", "--config", "big.yml", "db/migration");
        assertEquals(Cli.USAGE, run.exitCode(), run.out());
        assertTrue(run.err().contains("big.yml: the configuration file is larger than 1 MiB"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aCheckNeverWritesIntoMigrations() throws IOException {
        Path base = Files.createDirectories(root.resolve("untouched"));
        Path dir = Files.createDirectories(base.resolve("db/migration"));
        Files.copy(migrations.resolve("V4__users.sql"), dir.resolve("V1__users.sql"));
        Files.copy(migrations.resolve("V8__index.sql"), dir.resolve("V2__index.sql"));
        Files.copy(migrations.resolve("V2__invalid_utf8.sql"), dir.resolve("V3__latin1.sql"));
        Files.writeString(dir.resolve("V4__ignored.sql"), "-- migration-lint-ignore require-concurrent-index-creation: "
                + "small table\nCREATE INDEX users_id ON users (id);\nCREATE TABLE no_pk (a int)");
        Files.writeString(base.resolve(".migration-lint.yml"), "targetVersion: \"15\"\n");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.setLastModifiedTime(f, old);
            }
        }
        Map<String, String> before = state(base);

        for (String format : List.of("text", "json", "sarif", "junit")) {
            CliRun run = check(base, "check", "--format", format, "--output", "report." + format, "db/migration");
            assertEquals(Cli.FINDINGS, run.exitCode(), run.err());
        }
        CliRun run = check(base, "check", "db/migration/V2__index.sql");
        assertEquals(Cli.FINDINGS, run.exitCode(), run.err());

        Map<String, String> after = state(base);
        for (String format : List.of("text", "json", "sarif", "junit")) {
            assertTrue(after.remove("report." + format) != null, "the report was written");
        }
        assertEquals(before, after, "the check changed nothing but its reports (no temporary file left behind)");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                assertEquals(old, Files.getLastModifiedTime(f), f.toString());
            }
        }
        assertArrayEquals(Files.readAllBytes(migrations.resolve("V2__invalid_utf8.sql")),
                Files.readAllBytes(dir.resolve("V3__latin1.sql")));
    }

    /** Every file below {@code base} with its size, mtime and content hash. */
    private static Map<String, String> state(Path base) throws IOException {
        Map<String, String> state = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(base)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                state.put(base.relativize(f).toString().replace('\\', '/'), bytes.length + " "
                        + Files.getLastModifiedTime(f).toMillis() + " " + Arrays.hashCode(bytes));
            }
        }
        return state;
    }
}
