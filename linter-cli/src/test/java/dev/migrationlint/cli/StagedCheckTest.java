package dev.migrationlint.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code check --staged}: the index content of staged files, the rest of the history as context. */
class StagedCheckTest {

    private static final String INDEX_FINDING = ":1:1: error[require-concurrent-index-creation]";

    @TempDir
    Path tmp;
    GitRepo repo;

    @BeforeEach
    void history() throws IOException {
        repo = GitRepo.init(tmp.resolve("repo"));
        // Teams that build indexes concurrently turn Flyway's transactional lock off (ban-concurrently-under-flyway-lock).
        repo.write(".migration-lint.yml", "flyway: {transactionalLock: false}\n");
        repo.write("db/migration/V1__create.sql", "CREATE TABLE t (id bigint PRIMARY KEY, a int);\n");
        repo.write("db/migration/V2__legacy.sql", "CREATE INDEX legacy ON t (id);\n");
        repo.commitAll("history");
    }

    private CliRun staged(String... more) {
        String[] args = new String[more.length + 2];
        args[0] = "check";
        args[1] = "--staged";
        System.arraycopy(more, 0, args, 2, more.length);
        return CliRun.in(repo.dir, args);
    }

    @Test
    void theIndexContentIsLintedNotTheWorkTree() throws IOException {
        repo.write("db/migration/V3__index.sql", "-- staged\nCREATE INDEX i ON t (a);\n");
        repo.ok("add", "db/migration/V3__index.sql");
        repo.write("db/migration/V3__index.sql", "-- fixed in the work tree, not staged yet\n\n"
                + "CREATE INDEX CONCURRENTLY i ON t (a);\n");

        CliRun run = staged();

        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("db/migration/V3__index.sql:2:1: error[require-concurrent-index-creation]"),
                run.out());
        assertTrue(run.out().contains("2 | CREATE INDEX i ON t (a);"), "the code frame shows the staged text too: "
                + run.out());
        assertFalse(run.out().contains("V2__legacy.sql"), "committed migrations are context only: " + run.out());
        assertEquals(0, CliRun.in(repo.dir, "check", "db/migration/V3__index.sql").exitCode(),
                "the work tree version is fine");
    }

    @Test
    void aFixStagedOverAHazardInTheWorkTreePasses() throws IOException {
        repo.write("db/migration/V3__index.sql", "CREATE INDEX CONCURRENTLY i ON t (a);\n");
        repo.ok("add", "-A");
        repo.write("db/migration/V3__index.sql", "CREATE INDEX i ON t (a);\n");
        repo.write("db/migration/V4__untracked.sql", "CREATE INDEX k ON t (a);\n");

        CliRun run = staged();

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertFalse(run.out().contains(INDEX_FINDING), run.out());
    }

    @Test
    void nothingStagedReportsNothingAndAllReportsEverything() throws IOException {
        repo.write("README.md", "docs\n");
        repo.ok("add", "README.md");

        assertEquals(0, staged().exitCode());

        CliRun all = staged("--all");
        assertEquals(1, all.exitCode());
        assertTrue(all.out().contains("db/migration/V2__legacy.sql" + INDEX_FINDING), all.out());
    }

    @Test
    void aStagedScriptConfigReportsItsScriptAndIsReadFromTheIndex() throws IOException {
        repo.write("db/migration/V2__legacy.sql.conf", "executeInTransaction=false\n");
        repo.ok("add", "-A");

        CliRun run = staged();

        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.out().contains("db/migration/V2__legacy.sql" + INDEX_FINDING), run.out());
    }

    @Test
    void stagedDeletionsAreNotLinted() throws IOException {
        repo.ok("rm", "-q", "db/migration/V2__legacy.sql");
        assertFalse(Files.exists(repo.dir.resolve("db/migration/V2__legacy.sql")));

        CliRun run = staged();

        assertEquals(0, run.exitCode(), run.out() + run.err());
    }

    @Test
    void aStagedDeletionOrRenameOfALockedMigrationIsReported() throws IOException {
        assertEquals(0, CliRun.in(repo.dir, "lock", "db/migration").exitCode());
        repo.commitAll("lock");
        String deleted = "db/migration/V2__legacy.sql:1:1: warning[deleted-applied-migration]";

        repo.ok("rm", "-q", "db/migration/V2__legacy.sql");
        CliRun removed = staged("--fail-on", "warning");
        assertEquals(1, removed.exitCode(), removed.out() + removed.err());
        assertTrue(removed.out().contains(deleted), removed.out());

        repo.ok("reset", "-q", "--hard");
        repo.ok("mv", "db/migration/V2__legacy.sql", "db/migration/V3__legacy.sql");
        CliRun renamed = staged("--fail-on", "warning");
        assertTrue(renamed.out().contains(deleted), "a rename removes the old path: " + renamed.out());
        assertTrue(renamed.out().contains("db/migration/V3__legacy.sql" + INDEX_FINDING), renamed.out());
    }

    @Test
    void reportPathsAreFromTheTopLevelWhateverTheWorkingDirectory() throws IOException {
        repo.write("db/migration/V3__index.sql", "CREATE INDEX i ON t (a);\n");
        repo.ok("add", "-A");

        CliRun run = CliRun.in(repo.dir.resolve("db"), "check", "--staged", "--format", "github");

        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().startsWith("::error file=db/migration/V3__index.sql,line=1"), run.out());
    }

    @Test
    void outsideGitItIsAUsageError() throws IOException {
        Path plain = Files.createDirectories(tmp.resolve("plain"));

        CliRun run = CliRun.in(plain, "check", "--staged");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--staged needs a git work tree") || run.err().contains("not a git repository"),
                run.err());
    }
}
