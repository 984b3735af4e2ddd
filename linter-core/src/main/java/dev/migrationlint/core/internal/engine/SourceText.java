package dev.migrationlint.core.internal.engine;

import dev.migrationlint.core.ContentOverrides;
import dev.migrationlint.core.spi.SourceProblem;
import dev.migrationlint.core.spi.Span;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A migration file's text, decoded as UTF-8 (a leading BOM dropped), with what went wrong reading it.
 * Binary content is detected and not decoded; invalid UTF-8 is decoded with replacement characters
 * and linted anyway.
 *
 * @param text null when the file could not be read or is binary
 */
record SourceText(String text, List<SourceProblem> problems) {

    /** Share of control characters above which a file counts as binary. */
    private static final double BINARY_CONTROL_SHARE = 0.1;

    static SourceText read(Path file) {
        return read(file, ContentOverrides.NONE);
    }

    /** Reads the file's bytes from {@code contents} (the git index for staged files), else from disk. */
    static SourceText read(Path file, ContentOverrides contents) {
        byte[] bytes;
        try {
            bytes = contents.read(file);
        } catch (IOException | OutOfMemoryError e) {
            return new SourceText(null, List.of(new SourceProblem(SourceProblem.Kind.UNREADABLE,
                    "cannot read the file: " + describe(e), Span.FILE)));
        }
        return decode(bytes);
    }

    static SourceText decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        if (looksBinary(bytes, start)) {
            return new SourceText(null, List.of(new SourceProblem(SourceProblem.Kind.BINARY,
                    "the file holds binary content, not SQL text; it was not linted", Span.FILE)));
        }
        List<SourceProblem> problems = new ArrayList<>();
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        String text;
        try {
            text = strictDecoder().decode(in).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidByte(bytes, start);
            text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
            problems.add(new SourceProblem(SourceProblem.Kind.INVALID_ENCODING,
                    "the file is not valid UTF-8 (first bad byte at offset " + bad
                            + "); it was decoded with replacement characters and linted anyway",
                    Span.FILE));
        }
        return new SourceText(text, problems);
    }

    private static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean looksBinary(byte[] bytes, int start) {
        int sample = Math.min(bytes.length, start + 8192);
        int control = 0;
        for (int i = start; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        int n = sample - start;
        return n > 0 && control > n * BINARY_CONTROL_SHARE;
    }

    private static int firstInvalidByte(byte[] bytes, int start) {
        CharsetDecoder decoder = strictDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            var result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return bytes.length;
            }
            out.clear();
        }
    }

    private static String describe(Throwable e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof OutOfMemoryError) {
            return "the file is too large to read";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
