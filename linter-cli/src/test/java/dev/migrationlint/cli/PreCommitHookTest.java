package dev.migrationlint.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code install-hook} in a fresh repository, then real {@code git commit}s through the hook. The hook calls the
 * launcher that installed it; here that is a script starting this test's class path, standing in for
 * {@code ./migration-lint} (which would build the jar with Maven).
 */
class PreCommitHookTest {

    @TempDir
    Path tmp;
    GitRepo repo;
    Map<String, String> launcher;

    @BeforeEach
    void repository() throws IOException {
        repo = GitRepo.init(tmp.resolve("repo with space"));
        Path script = tmp.resolve("bin/migration-lint");
        Files.createDirectories(script.getParent());
        Files.writeString(script, "#!/bin/sh\nexec " + InstallHookCommand.quote(javaExecutable())
                + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "
                + InstallHookCommand.quote(System.getProperty("java.class.path"))
                + " dev.migrationlint.cli.Main \"$@\"\n");
        assertTrue(script.toFile().setExecutable(true));
        launcher = Map.of(Environment.LAUNCHER_VARIABLE, script.toString());
        repo.write("db/migration/V1__create_users.sql",
                "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n");
        repo.commitAll("users");
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private CliRun install(String... more) {
        String[] args = new String[more.length + 1];
        args[0] = "install-hook";
        System.arraycopy(more, 0, args, 1, more.length);
        return CliRun.in(repo.dir, launcher, args);
    }

    @Test
    void theHookRefusesABlockingIndexAndLetsTheConcurrentFormThrough() throws IOException {
        CliRun installed = install();
        assertEquals(0, installed.exitCode(), installed.err());
        String hook = Files.readString(repo.dir.resolve(".git/hooks/pre-commit"));
        assertTrue(hook.startsWith("#!/bin/sh\n"), hook);
        assertTrue(hook.contains("exec '" + launcher.get(Environment.LAUNCHER_VARIABLE) + "' check --staged\n"), hook);
        assertTrue(Files.isExecutable(repo.dir.resolve(".git/hooks/pre-commit")));

        repo.write("db/migration/V2__index_users_email.sql", "CREATE INDEX users_email_idx ON users (email);\n");
        repo.ok("add", "-A");
        GitRepo.Result refused = repo.git("commit", "-m", "index");
        assertNotEquals(0, refused.exitCode(), refused.output());
        assertTrue(refused.output().contains("db/migration/V2__index_users_email.sql:1:1: error["), refused.output());
        assertTrue(refused.output().contains("CREATE INDEX users_email_idx ON users (email);"), refused.output());
        assertEquals("users", repo.ok("log", "-1", "--format=%s").strip(), "nothing was committed");

        repo.write(".migration-lint.yml", "flyway: {transactionalLock: false}\n");
        repo.write("db/migration/V2__index_users_email.sql",
                "CREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n");
        repo.ok("add", "-A");
        GitRepo.Result accepted = repo.git("commit", "-m", "concurrent index");
        assertEquals(0, accepted.exitCode(), accepted.output());
        assertFalse(accepted.output().contains("error["), "no error-level finding on the CONCURRENTLY script: "
                + accepted.output());
        assertEquals("concurrent index", repo.ok("log", "-1", "--format=%s").strip());
    }

    @Test
    void aForeignHookIsKeptUnlessForcedAndOursIsReplacedFreely() throws IOException {
        Path hook = repo.write(".git/hooks/pre-commit", "#!/bin/sh\necho other tool\n");

        CliRun kept = install();
        assertEquals(2, kept.exitCode());
        assertTrue(kept.err().contains("already exists and is not migration-lint's; it was kept"), kept.err());
        assertTrue(kept.err().contains(" check --staged"), kept.err());
        assertEquals("#!/bin/sh\necho other tool\n", Files.readString(hook));

        assertEquals(0, install("--force").exitCode());
        assertTrue(Files.readString(hook).contains(InstallHookCommand.MARKER));

        CliRun again = install();
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(Files.readString(hook).contains(InstallHookCommand.MARKER));
    }

    @Test
    void coreHooksPathIsHonoured() throws IOException {
        repo.ok("config", "core.hooksPath", ".githooks");

        CliRun run = CliRun.in(repo.dir.resolve("db"), launcher, "install-hook");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.exists(repo.dir.resolve(".githooks/pre-commit")));
        assertFalse(Files.exists(repo.dir.resolve(".git/hooks/pre-commit")));
    }

    @Test
    void withoutALauncherOutsideAJarItSaysHowToInstall() {
        CliRun run = CliRun.in(repo.dir, "install-hook");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("install the hook with one of those"), run.err());
    }

    @Test
    void outsideGitItIsAUsageError() throws IOException {
        CliRun run = CliRun.in(Files.createDirectories(tmp.resolve("plain")), launcher, "install-hook");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("install-hook"), run.err());
    }

    @Test
    void thePreCommitFrameworkRunsTheLauncherWithCheckStaged() throws IOException {
        String hooks = Files.readString(Path.of("..", ".pre-commit-hooks.yaml"));

        assertTrue(hooks.contains("entry: migration-lint check --staged"), hooks);
        assertTrue(hooks.contains("language: script"), hooks);
        assertTrue(hooks.contains("pass_filenames: false"), hooks);
        assertTrue(Files.isExecutable(Path.of("..", "migration-lint")));
    }
}
