package dev.migrationlint.core.internal.discovery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.migrationlint.core.internal.discovery.Trees.files;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FolderTreeTest {

    @TempDir
    Path root;

    @Test
    void aFolderThatCannotBeListedIsEmptyWithAProblem() {
        files(root, "not-a-folder");
        Problems problems = new Problems(PathDisplay.forWorkingDirectory(root));
        FolderTree.Listing listing = new FolderTree(PathDisplay.forWorkingDirectory(root), problems)
                .list(root.resolve("not-a-folder"));
        assertTrue(listing.files().isEmpty() && listing.dirs().isEmpty());
        assertEquals("not-a-folder", problems.list().get(0).path());
        assertTrue(problems.list().get(0).message().startsWith("folder not read"), problems.list().get(0).message());
    }

    @Test
    void subtreesStopAtDialectFolders() {
        files(root, "db/V1__a.sql", "db/common/V2__b.sql", "db/mysql/V3__c.sql", "db/common/h2/V4__d.sql");
        FolderTree tree = new FolderTree(PathDisplay.forWorkingDirectory(root), new Problems(PathDisplay.forWorkingDirectory(root)));
        FolderTree.Subtree subtree = tree.subtree(root.resolve("db"));
        assertEquals(List.of(root.resolve("db"), root.resolve("db/common")), subtree.dirs());
        assertEquals(List.of(root.resolve("db/common/h2"), root.resolve("db/mysql")), subtree.dialectFolders());
    }
}
