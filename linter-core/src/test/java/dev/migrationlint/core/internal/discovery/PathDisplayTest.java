package dev.migrationlint.core.internal.discovery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.migrationlint.core.internal.discovery.Trees.files;
import static dev.migrationlint.core.internal.discovery.Trees.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PathDisplayTest {

    @TempDir
    Path root;

    @Test
    void insideGitPathsAreRelativeToTheTopLevel() throws IOException {
        Files.createDirectories(root.resolve(".git"));
        Path wd = Files.createDirectories(root.resolve("service/sub"));
        PathDisplay display = PathDisplay.forWorkingDirectory(wd);
        assertEquals(root, display.root());
        assertEquals("service/sub/db/V1__a.sql", display.display(wd.resolve("db/V1__a.sql")));
        assertEquals("service/V1__a.sql", display.display(wd.resolve("../V1__a.sql")));
        assertEquals(".", display.display(root));
    }

    @Test
    void aGitFileMarksAWorktree() throws IOException {
        write(root, "worktree/.git", "gitdir: /elsewhere/.git/worktrees/worktree\n");
        Path wd = Files.createDirectories(root.resolve("worktree/module"));
        assertEquals(root.resolve("worktree"), PathDisplay.gitTopLevel(wd));
        assertEquals("module/x.sql", PathDisplay.forWorkingDirectory(wd).display(wd.resolve("x.sql")));
    }

    @Test
    void outsideGitPathsAreRelativeToTheWorkingDirectory(@TempDir Path elsewhere) {
        assertNull(PathDisplay.gitTopLevel(root));
        PathDisplay display = PathDisplay.forWorkingDirectory(root);
        assertEquals("db/V1__a.sql", display.display(root.resolve("db/V1__a.sql")));
        String outside = display.display(elsewhere.resolve("V1__a.sql"));
        assertEquals(elsewhere.resolve("V1__a.sql").toString().replace('\\', '/'), outside);
    }

    @Test
    void migrationsAndLocationsUseTheDisplayForm() throws IOException {
        Files.createDirectories(root.resolve(".git"));
        files(root, "svc/db/migration/V1__a.sql");
        DiscoveryResult result = Trees.discover(DiscoveryOptions.defaults(root.resolve("svc")), "db");
        Location location = result.locations().get(0);
        assertEquals("svc/db/migration", location.path());
        assertEquals("svc/db/migration/V1__a.sql", location.migrations().get(0).path());
        assertEquals("svc/db/migration", location.migrations().get(0).location());
    }
}
