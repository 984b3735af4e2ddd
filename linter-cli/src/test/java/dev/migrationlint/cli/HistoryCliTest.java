package dev.migrationlint.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code check --base}, {@code lock} and {@code lock --check} on real temporary git repositories. */
class HistoryCliTest {

    @TempDir
    Path dir;

    /** The author and committer date of the next commits. */
    private String commitDate = "2020-01-01T00:00:00Z";

    @BeforeEach
    void repository() throws Exception {
        git("init", "-q", "-b", "main");
        git("config", "user.email", "dev@example.com");
        git("config", "user.name", "Dev");
        git("config", "commit.gpgsign", "false");
    }

    private void write(String path, String content) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private String git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("GIT_AUTHOR_DATE", commitDate);
        pb.environment().put("GIT_COMMITTER_DATE", commitDate);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", command) + ": " + out);
        return out;
    }

    private void commitAll(String message) throws Exception {
        git("add", "-A");
        git("commit", "-q", "-m", message);
    }

    @Test
    void baseRefReportsTheEditedMigrationAndNothingOfTheKindOnANewOne() throws Exception {
        write("db/migration/V1__users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n");
        write("db/migration/V2__a.sql", "ALTER TABLE users ADD COLUMN email text;\n");
        commitAll("first migrations");
        write("db/migration/V2__a.sql", "ALTER TABLE users ADD COLUMN email varchar(200);\n");
        write("db/migration/V3__b.sql", "ALTER TABLE users ADD COLUMN name text;\n");

        CliRun run = CliRun.in(dir, "check", "--base", "HEAD", "--format", "json");
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("\"edited-applied-migration\""), run.out());
        assertTrue(run.out().contains("db/migration/V2__a.sql"), run.out());
        assertTrue(run.out().contains("(version 2) was edited"), run.out());
        CliRun text = CliRun.in(dir, "check", "--base", "HEAD");
        assertFalse(text.out().contains("V3__b.sql:1:1: error[edited-applied-migration]"), text.out());
        assertFalse(text.out().contains("V1__users.sql"), "unchanged migrations are not reported: " + text.out());
    }

    @Test
    void baseRefReportsOnlyChangedMigrationsUnlessAll() throws Exception {
        write("db/migration/V1__index.sql", "CREATE TABLE t (x int);\nCREATE INDEX t_x ON t (x);\n");
        commitAll("v1");
        write("db/migration/V2__more.sql", "CREATE INDEX t_x2 ON t (x);\n");

        CliRun changed = CliRun.in(dir, "check", "--base", "HEAD");
        assertTrue(changed.out().contains("V2__more.sql:1:1: error[require-concurrent-index-creation]"),
                changed.out());
        assertFalse(changed.out().contains("V1__index.sql"), changed.out());
        CliRun all = CliRun.in(dir, "check", "--base", "HEAD", "--all");
        assertTrue(all.out().contains("V2__more.sql:1:1"), all.out());
        assertEquals(1, all.exitCode());
    }

    @Test
    void baseRefReportsDeletedAndOutOfOrderMigrations() throws Exception {
        commitDate = java.time.Instant.now().minusSeconds(86_400).toString();
        write("db/migration/V1__a.sql", "CREATE TABLE a (id int);\n");
        write("db/migration/V5__b.sql", "CREATE TABLE b (id int);\n");
        commitAll("v1 and v5");
        Files.delete(dir.resolve("db/migration/V1__a.sql"));
        write("db/migration/V3__c.sql", "CREATE TABLE c (id int);\n");

        CliRun run = CliRun.in(dir, "check", "--base", "HEAD", "--rule", "deleted-applied-migration=error");
        assertTrue(run.out().contains("db/migration/V1__a.sql:1:1: error[deleted-applied-migration]"), run.out());
        assertTrue(run.out().contains("db/migration/V3__c.sql:1:1: warning[out-of-order-migration]"), run.out());
        assertTrue(run.out().contains("lower than V5__b.sql (version 5)"), run.out());
    }

    @Test
    void deletingMigrationsOlderThanDeletedAfterDaysIsAllowed() throws Exception {
        write("db/migration/V1__a.sql", "CREATE TABLE a (id int);\n");
        write("db/migration/V2__b.sql", "CREATE TABLE b (id int);\n");
        commitAll("old migrations, 2020");
        commitDate = java.time.Instant.now().minusSeconds(86_400).toString();
        write("db/migration/V3__c.sql", "CREATE TABLE c (id int);\n");
        commitAll("recent migration");
        Files.delete(dir.resolve("db/migration/V1__a.sql"));
        Files.delete(dir.resolve("db/migration/V3__c.sql"));

        CliRun run = CliRun.in(dir, "check", "--base", "HEAD");
        assertFalse(run.out().contains("V1__a.sql"), "committed in 2020, older than 365 days: " + run.out());
        assertTrue(run.out().contains("db/migration/V3__c.sql:1:1: warning[deleted-applied-migration]"), run.out());
        Files.writeString(dir.resolve(".migration-lint.yml"), "limits: { deletedAfterDays: 100000 }\n");
        CliRun strict = CliRun.in(dir, "check", "--base", "HEAD");
        assertTrue(strict.out().contains("db/migration/V1__a.sql:1:1: warning[deleted-applied-migration]"),
                strict.out());
    }

    @Test
    void unknownBaseRefIsAUsageError() throws Exception {
        write("db/migration/V1__a.sql", "CREATE TABLE a (id int);\n");
        commitAll("v1");
        CliRun run = CliRun.in(dir, "check", "--base", "no-such-branch");
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("unknown git ref 'no-such-branch'"), run.err());
    }

    @Test
    void lockThenEditingAnyMigrationIsReportedAndFailsLockCheck() throws Exception {
        write("db/migration/V1__users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n");
        write("db/migration/V2__email.sql", "ALTER TABLE users ADD COLUMN email text;\n");
        write("db/migration/V3__name.sql", "ALTER TABLE users ADD COLUMN name text;\n");
        CliRun lock = CliRun.in(dir, "lock");
        assertEquals(0, lock.exitCode(), lock.out() + lock.err());
        assertTrue(lock.out().contains("wrote db/migration/migrations.lock (3 migrations)"), lock.out());
        String lockText = Files.readString(dir.resolve("db/migration/migrations.lock"));
        assertTrue(lockText.startsWith("# migrations.lock"), lockText);
        assertTrue(lockText.contains("\n2\tV2__email.sql\tsha256:"), lockText);

        assertEquals(0, CliRun.in(dir, "lock", "--check").exitCode());
        assertEquals(0, CliRun.in(dir, "check").exitCode());

        for (String name : List.of("V1__users.sql", "V2__email.sql", "V3__name.sql")) {
            Path file = dir.resolve("db/migration").resolve(name);
            String before = Files.readString(file);
            Files.writeString(file, before + "-- edited\n");
            CliRun check = CliRun.in(dir, "check");
            assertEquals(1, check.exitCode(), name + ": " + check.out());
            assertTrue(check.out().contains("db/migration/" + name + ":1:1: error[edited-applied-migration]"),
                    check.out());
            CliRun verify = CliRun.in(dir, "lock", "--check");
            assertEquals(1, verify.exitCode(), verify.out());
            assertTrue(verify.out().contains(name + " (version "), verify.out());
            assertTrue(verify.out().contains("changed since it was locked"), verify.out());
            Files.writeString(file, before);
        }
    }

    @Test
    void lockIgnoresLineEndingsAndNamesAddedAndDeletedMigrations() throws Exception {
        write("db/migration/V1__a.sql", "CREATE TABLE a (id int);\n");
        write("db/migration/V2__b.sql", "CREATE TABLE b (id int);\n");
        assertEquals(0, CliRun.in(dir, "lock").exitCode());
        write("db/migration/V1__a.sql", "CREATE TABLE a (id int);\r\n");
        assertEquals(0, CliRun.in(dir, "lock", "--check").exitCode(), "line endings are not an edit");

        write("db/migration/V3__c.sql", "CREATE TABLE c (id int);\n");
        CliRun added = CliRun.in(dir, "lock", "--check");
        assertEquals(1, added.exitCode());
        assertTrue(added.out().contains("V3__c.sql (version 3) is not in the lock file"), added.out());
        Files.delete(dir.resolve("db/migration/V3__c.sql"));

        Files.delete(dir.resolve("db/migration/V1__a.sql"));
        CliRun deleted = CliRun.in(dir, "lock", "--check");
        assertEquals(1, deleted.exitCode());
        assertTrue(deleted.out().contains("V1__a.sql (version 1, line 8) was deleted"), deleted.out());
        CliRun check = CliRun.in(dir, "check");
        assertTrue(check.out().contains("db/migration/V1__a.sql:1:1: warning[deleted-applied-migration]"),
                check.out());
    }

    @Test
    void handEditedLockLineBreaksTheChain() throws Exception {
        write("db/migration/V1__a.sql", "CREATE TABLE a (id int);\n");
        write("db/migration/V2__b.sql", "CREATE TABLE b (id int);\n");
        write("db/migration/V3__c.sql", "CREATE TABLE c (id int);\n");
        assertEquals(0, CliRun.in(dir, "lock").exitCode());
        Path lock = dir.resolve("db/migration/migrations.lock");
        List<String> lines = new ArrayList<>(Files.readAllLines(lock));
        String edited = lines.stream().filter(l -> l.startsWith("2\t")).findFirst().orElseThrow();
        String[] f = edited.split("\t");
        // Someone "fixes" the checksum of V2 by hand after editing it: the chain still gives it away.
        write("db/migration/V2__b.sql", "CREATE TABLE b (id bigint);\n");
        String forged = f[0] + "\t" + f[1] + "\t" + sha256OfLockLine("CREATE TABLE b (id bigint);\n") + "\t" + f[3];
        lines.set(lines.indexOf(edited), forged);
        Files.write(lock, lines);
        CliRun verify = CliRun.in(dir, "lock", "--check");
        assertEquals(1, verify.exitCode(), verify.out());
        assertTrue(verify.out().contains("was changed by hand"), verify.out());
        CliRun check = CliRun.in(dir, "check", "--format", "json");
        assertTrue(check.out().contains("was changed by hand"), check.out());
    }

    private static String sha256OfLockLine(String content) throws Exception {
        byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
        return "sha256:" + java.util.HexFormat.of().formatHex(d);
    }

    @Test
    void explicitLockFileAndMissingLockFile() throws Exception {
        write("db/migration/V1__a.sql", "CREATE TABLE a (id int);\n");
        assertEquals(0, CliRun.in(dir, "lock").exitCode());
        Files.move(dir.resolve("db/migration/migrations.lock"), dir.resolve("released.lock"));
        CliRun missing = CliRun.in(dir, "lock", "--check");
        assertEquals(1, missing.exitCode());
        assertTrue(missing.out().contains("no lock file"), missing.out());
        write("db/migration/V1__a.sql", "CREATE TABLE a (id bigint);\n");
        assertEquals(0, CliRun.in(dir, "check").exitCode(), "the moved lock file is not read by default");
        // Paths inside the moved lock file are relative to its old folder, so they name no migration now.
        CliRun explicit = CliRun.in(dir, "check", "--lock-file", "released.lock");
        assertEquals(0, explicit.exitCode(), explicit.out());
        CliRun nope = CliRun.in(dir, "check", "--lock-file", "nope.lock");
        assertEquals(2, nope.exitCode());
        assertTrue(nope.err().contains("--lock-file: no such file: nope.lock"), nope.err());
    }

    @Test
    void allNeedsBaseAndPasswordEnvMustBeSet() throws Exception {
        write("db/migration/V1__a.sql", "CREATE TABLE a (id int);\n");
        assertEquals(2, CliRun.in(dir, "check", "--all").exitCode());
        CliRun run = CliRun.in(dir, Map.of(), "check", "--jdbc-url", "jdbc:h2:mem:x", "--jdbc-password-env", "PW");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("PW is not set"), run.err());
    }
}
