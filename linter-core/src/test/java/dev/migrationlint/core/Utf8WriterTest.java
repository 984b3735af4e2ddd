package dev.migrationlint.core;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Utf8WriterTest {

    private static final String TEXT = "ALTER TABLE \"Ünïcode\" ADD COLUMN 😀 text; -- 日本語\r\n";

    @Test
    void writesWhatAnOutputStreamWriterWrites() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintWriter out = new PrintWriter(new Utf8Writer(bytes))) {
            out.print(TEXT);
            out.println(42);
            out.write(TEXT.toCharArray(), 3, 20);
            out.write('x');
        }
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(expected, StandardCharsets.UTF_8))) {
            out.print(TEXT);
            out.println(42);
            out.write(TEXT.toCharArray(), 3, 20);
            out.write('x');
        }
        assertEquals(expected.toString(StandardCharsets.UTF_8), bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aSurrogatePairSplitBetweenWritesStaysOneCharacter() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8Writer out = new Utf8Writer(bytes);
        char[] chars = "a😀b".toCharArray();
        // Every split point, including between the two halves of the emoji, one char at a time.
        for (char c : chars) {
            out.write(new char[] {c}, 0, 1);
        }
        out.write("😀", 0, 1);
        out.write("😀", 1, 1);
        out.close();
        assertEquals("a😀b😀", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aLoneHighSurrogateAtTheEndIsWrittenOnClose() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8Writer out = new Utf8Writer(bytes);
        out.write("ok\uD83D");
        out.flush();
        assertEquals("ok", bytes.toString(StandardCharsets.UTF_8));
        out.close();
        assertEquals("ok?", bytes.toString(StandardCharsets.UTF_8));
    }
}
