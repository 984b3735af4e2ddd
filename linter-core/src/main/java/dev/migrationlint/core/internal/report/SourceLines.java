package dev.migrationlint.core.internal.report;

import dev.migrationlint.core.ContentOverrides;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;

/**
 * Chosen lines of a source file, for code frames. Lines end at LF, CRLF or CR, as the lexer counts them, and the
 * file is decoded as UTF-8 with replacement characters, as the lexer reads it. The file is streamed and only the
 * wanted lines are kept, each cut at {@link #MAX_LINE_CHARS}, because migrations include seed files of hundreds of
 * megabytes on few lines.
 */
final class SourceLines {

    /** Longer lines are cut; a frame never shows more than a window of a line anyway. */
    static final int MAX_LINE_CHARS = 8192;

    private SourceLines() {
    }

    /**
     * The wanted lines (1-based) that exist in the file at {@code path} below {@code root} (read through
     * {@code contents}, as the run read it); an empty map when the file cannot be read, so that the report goes on
     * without frames.
     */
    static Map<Integer, String> read(Path root, String path, NavigableSet<Integer> wanted, ContentOverrides contents) {
        if (wanted.isEmpty()) {
            return Map.of();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (InputStream in = contents.open(root.resolve(path));
             Reader reader = new InputStreamReader(in, decoder)) {
            return read(reader, wanted);
        } catch (IOException | RuntimeException e) {
            // An unreadable or vanished file only costs the frame: the finding itself is still reported.
            return Map.of();
        }
    }

    static Map<Integer, String> read(Reader reader, NavigableSet<Integer> wanted) throws IOException {
        Map<Integer, String> lines = new HashMap<>();
        int last = wanted.last();
        int line = 1;
        StringBuilder current = wanted.contains(line) ? new StringBuilder() : null;
        boolean afterCr = false;
        char[] buffer = new char[8192];
        for (int n = reader.read(buffer); n >= 0 && line <= last; n = reader.read(buffer)) {
            for (int i = 0; i < n && line <= last; i++) {
                char c = buffer[i];
                if (c == '\n' && afterCr) {
                    afterCr = false;
                    continue;
                }
                afterCr = c == '\r';
                if (c == '\n' || c == '\r') {
                    if (current != null) {
                        lines.put(line, current.toString());
                    }
                    line++;
                    current = wanted.contains(line) ? new StringBuilder() : null;
                } else if (current != null && current.length() < MAX_LINE_CHARS) {
                    current.append(c);
                }
            }
        }
        if (current != null) {
            lines.put(line, current.toString());
        }
        return lines;
    }
}
