package dev.migrationlint.core.internal.report;

import dev.migrationlint.core.ContentOverrides;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceLinesTest {

    @TempDir
    Path root;

    private static Map<Integer, String> read(String text, Integer... wanted) throws IOException {
        return SourceLines.read(new StringReader(text), new TreeSet<>(List.of(wanted)));
    }

    @Test
    void linesEndAtLfCrlfAndCr() throws IOException {
        assertEquals(Map.of(1, "a", 2, "b", 3, "c", 4, "d"), read("a\nb\r\nc\rd", 1, 2, 3, 4));
    }

    @Test
    void emptyLinesCount() throws IOException {
        assertEquals(Map.of(2, "", 3, "b"), read("a\r\n\r\nb\r\n", 2, 3));
        assertEquals(Map.of(2, "", 3, "b"), read("a\r\rb\r", 2, 3));
    }

    @Test
    void crlfSplitAcrossReadsIsOneLineEnd() throws IOException {
        String text = "x".repeat(8191) + "\r\n" + "y\nz";

        assertEquals(Map.of(2, "y", 3, "z"), read(text, 2, 3));
    }

    @Test
    void linesPastTheEndAreAbsent() throws IOException {
        assertEquals(Map.of(1, "only"), read("only", 1, 5));
    }

    @Test
    void longLinesAreCut() throws IOException {
        String line = "x".repeat(SourceLines.MAX_LINE_CHARS + 100);

        assertEquals(SourceLines.MAX_LINE_CHARS, read(line + "\nnext", 1).get(1).length());
        assertEquals(Map.of(2, "next"), read(line + "\nnext", 2));
    }

    @Test
    void invalidUtf8IsReplaced() throws IOException {
        Files.write(root.resolve("bad.sql"), new byte[] {'a', (byte) 0xFF, 'b', '\n'});

        assertEquals(Map.of(1, "a\uFFFDb"), SourceLines.read(root, "bad.sql", new TreeSet<>(List.of(1)), ContentOverrides.NONE));
    }

    @Test
    void linesComeFromTheContentTheRunLinted() throws IOException {
        Files.writeString(root.resolve("V1__a.sql"), "work tree\n");
        ContentOverrides index = ContentOverrides.of(
                Map.of(root.resolve("V1__a.sql"), "index\r\nline two\n".getBytes(StandardCharsets.UTF_8)),
                Set.of(root.resolve("V2__gone.sql")));
        Files.writeString(root.resolve("V2__gone.sql"), "only on disk\n");

        assertEquals(Map.of(2, "line two"), SourceLines.read(root, "V1__a.sql", new TreeSet<>(List.of(2)), index));
        assertEquals(Map.of(), SourceLines.read(root, "V2__gone.sql", new TreeSet<>(List.of(1)), index));
    }

    @Test
    void unreadableFileGivesNoLines() {
        assertEquals(Map.of(), SourceLines.read(root, "missing.sql", new TreeSet<>(List.of(1)), ContentOverrides.NONE));
        assertEquals(Map.of(), SourceLines.read(root, "nul\0.sql", new TreeSet<>(List.of(1)), ContentOverrides.NONE));
    }
}
