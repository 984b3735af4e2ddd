package dev.migrationlint.core.internal.history;

import dev.migrationlint.core.spi.Language;
import dev.migrationlint.core.spi.Migration;
import dev.migrationlint.core.spi.MigrationKind;
import dev.migrationlint.core.spi.Runner;
import dev.migrationlint.core.spi.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LockFileTest {

    @TempDir
    Path dir;

    private Migration migration(String name, String version, MigrationKind kind, String sql) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, sql);
        return new Migration("db/migration/" + name, file, "db/migration", version == null ? null
                : Version.parse(version), name, kind, Language.SQL, "flyway", Runner.FLYWAY, null, null);
    }

    private List<Migration> history() throws IOException {
        List<Migration> list = new ArrayList<>();
        list.add(migration("V1__a.sql", "1", MigrationKind.VERSIONED, "CREATE TABLE a (id int);\n"));
        list.add(migration("V2__b.sql", "2", MigrationKind.VERSIONED, "CREATE TABLE b (id int);\n"));
        list.add(migration("U2__b.sql", "2", MigrationKind.UNDO, "DROP TABLE b;\n"));
        list.add(migration("V3__c.sql", "3", MigrationKind.VERSIONED, "CREATE TABLE c (id int);\n"));
        list.add(migration("R__v.sql", null, MigrationKind.REPEATABLE, "CREATE VIEW v AS SELECT 1;\n"));
        return list;
    }

    @Test
    void writesForwardMigrationsOnlyAndReadsThemBack() throws IOException {
        Path lock = dir.resolve(LockFile.NAME);
        List<LockFile.Entry> computed = LockFile.compute(lock, history());
        assertEquals(List.of("V1__a.sql", "V2__b.sql", "V3__c.sql"), computed.stream().map(LockFile.Entry::path)
                .toList());
        LockFile.write(lock, computed);
        List<LockFile.Entry> read = LockFile.read(lock);
        assertEquals(3, read.size());
        assertTrue(read.stream().allMatch(LockFile.Entry::chainValid));
        assertNull(LockFile.firstDifference(read, computed));
        assertTrue(Files.readString(lock).startsWith("# migrations.lock"));
    }

    @Test
    void anEditInTheMiddleChangesEveryLaterLine() throws IOException {
        Path lock = dir.resolve(LockFile.NAME);
        List<Migration> history = history();
        List<LockFile.Entry> before = LockFile.compute(lock, history);
        Files.writeString(dir.resolve("V2__b.sql"), "CREATE TABLE b (id bigint);\n");
        List<LockFile.Entry> after = LockFile.compute(lock, history);
        assertEquals(before.get(0), after.get(0));
        assertNotEquals(before.get(1).chain(), after.get(1).chain());
        assertNotEquals(before.get(2).chain(), after.get(2).chain());
        assertEquals(before.get(2).checksum(), after.get(2).checksum(), "V3 itself did not change");
        String difference = LockFile.firstDifference(before, after);
        assertTrue(difference.startsWith("V2__b.sql (version 2) changed since it was locked"), difference);
    }

    @Test
    void insertionAndDeletionAreNamed() throws IOException {
        Path lock = dir.resolve(LockFile.NAME);
        List<Migration> history = history();
        List<LockFile.Entry> all = LockFile.compute(lock, history);
        List<Migration> withoutTwo = new ArrayList<>(history);
        withoutTwo.remove(1);
        List<LockFile.Entry> fewer = LockFile.compute(lock, withoutTwo);
        assertNotEquals(all.get(2).chain(), fewer.get(1).chain(), "V3's line changes when V2 is gone");
        assertTrue(LockFile.firstDifference(all, fewer).startsWith("V2__b.sql (version 2, line 0) was deleted"));
        assertTrue(LockFile.firstDifference(fewer, all).startsWith("V2__b.sql (version 2) is not in the lock file"));
    }

    @Test
    void aHandEditedLineIsCaughtByTheChain() throws IOException {
        Path lock = dir.resolve(LockFile.NAME);
        LockFile.write(lock, LockFile.compute(lock, history()));
        List<String> lines = new ArrayList<>(Files.readAllLines(lock));
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t");
            if (f[0].equals("2")) {
                lines.set(i, f[0] + "\t" + f[1] + "\tsha256:" + "f".repeat(64) + "\t" + f[3]);
            }
        }
        Files.write(lock, lines);
        List<LockFile.Entry> read = LockFile.read(lock);
        assertEquals(List.of(true, false, true), read.stream().map(LockFile.Entry::chainValid).toList());
        assertTrue(LockFile.firstDifference(read, LockFile.compute(lock, history())).contains("changed by hand"));
    }

    @Test
    void malformedLinesAreAnError() throws IOException {
        Path lock = dir.resolve(LockFile.NAME);
        Files.writeString(lock, "# header\n1 V1__a.sql sha256:00\n");
        IOException e = assertThrows(IOException.class, () -> LockFile.read(lock));
        assertTrue(e.getMessage().contains(":2: expected version, path, checksum and chain"), e.getMessage());
    }
}
