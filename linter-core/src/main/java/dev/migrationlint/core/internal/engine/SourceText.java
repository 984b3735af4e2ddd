package dev.migrationlint.core.internal.engine;

import dev.migrationlint.core.ContentOverrides;
import dev.migrationlint.core.spi.SourceProblem;
import dev.migrationlint.core.spi.Span;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
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
 * <p>Files larger than {@link #STREAM_ABOVE} bytes are not held whole: {@link #open} gives a {@link Streamed}
 * source, a {@link Reader} that decodes as it goes, with the same binary test, BOM handling, replacement
 * characters and problem messages as {@link #read}.
 *
 * @param text null when the file could not be read or is binary
 */
record SourceText(String text, List<SourceProblem> problems) {

    /** Files above this size are streamed rather than read whole (a seed file of hundreds of megabytes). */
    static final long STREAM_ABOVE = 32L << 20;

    /** Share of control characters above which a file counts as binary. */
    private static final double BINARY_CONTROL_SHARE = 0.1;
    /** Bytes looked at to tell binary content from text. */
    private static final int BINARY_SAMPLE = 8192;

    static SourceText read(Path file) {
        return read(file, ContentOverrides.NONE);
    }

    /** Reads the file's bytes from {@code contents} (the git index for staged files), else from disk. */
    static SourceText read(Path file, ContentOverrides contents) {
        byte[] bytes;
        try {
            bytes = contents.read(file);
        } catch (IOException | OutOfMemoryError e) {
            return new SourceText(null, List.of(unreadable(e)));
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
            problems.add(invalidEncoding(bad));
        }
        return new SourceText(text, problems);
    }

    /** The file's size in bytes, or -1 when it cannot be told (then reading it reports why). */
    static long size(Path file, ContentOverrides contents) {
        try {
            return contents.size(file);
        } catch (IOException | SecurityException e) {
            return -1;
        }
    }

    /** Opens a file for streaming; a file that cannot be read or is binary gives a source without a reader. */
    static Streamed open(Path file) {
        return open(file, ContentOverrides.NONE);
    }

    /** Opens a file for streaming from {@code contents} (the git index for staged files), else from disk. */
    static Streamed open(Path file, ContentOverrides contents) {
        InputStream in = null;
        try {
            in = contents.open(file);
            byte[] head = in.readNBytes(3 + BINARY_SAMPLE);
            int start = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                    && (head[2] & 0xFF) == 0xBF ? 3 : 0;
            if (looksBinary(head, start)) {
                in.close();
                return new Streamed(null, List.of(new SourceProblem(SourceProblem.Kind.BINARY,
                        "the file holds binary content, not SQL text; it was not linted", Span.FILE)));
            }
            return new Streamed(new DecodingReader(in, head, start), List.of());
        } catch (IOException e) {
            closeQuietly(in);
            return new Streamed(null, List.of(unreadable(e)));
        }
    }

    static SourceProblem unreadable(Throwable e) {
        return new SourceProblem(SourceProblem.Kind.UNREADABLE, "cannot read the file: " + describe(e), Span.FILE);
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // nothing was read from it that matters
            }
        }
    }

    /**
     * A file being streamed. {@link #problems()} holds what stopped it from being read (then {@link #reader()} is
     * null); once the reader has been read to its end, {@link #encodingProblem()} and {@link #blank()} tell what a
     * whole read would have told.
     */
    static final class Streamed implements Closeable {
        private final DecodingReader reader;
        private final List<SourceProblem> problems;

        private Streamed(DecodingReader reader, List<SourceProblem> problems) {
            this.reader = reader;
            this.problems = problems;
        }

        Reader reader() {
            return reader;
        }

        List<SourceProblem> problems() {
            return problems;
        }

        /** The invalid-UTF-8 problem, worded as for a whole file, or null when the text decoded cleanly. */
        SourceProblem encodingProblem() {
            return reader == null || reader.firstBad < 0 ? null : invalidEncoding(reader.firstBad);
        }

        /** True when the text read holds only whitespace ({@link String#isBlank()}). */
        boolean blank() {
            return reader == null || reader.blank;
        }

        @Override
        public void close() throws IOException {
            if (reader != null) {
                reader.close();
            }
        }
    }

    /**
     * UTF-8 decoding over a stream: each malformed sequence becomes one U+FFFD, as {@code new String(bytes, UTF_8)}
     * does, and the offset of the first bad byte is kept.
     */
    private static final class DecodingReader extends Reader {
        private final InputStream in;
        private final CharsetDecoder decoder = strictDecoder();
        private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        /** Decoded chars not yet read (read mode). */
        private final CharBuffer chars = CharBuffer.allocate(1 << 13).flip();
        /** Absolute file offset of {@code bytes}' first byte. */
        private long base;
        private boolean eof;
        private boolean flushed;
        long firstBad = -1;
        boolean blank = true;

        DecodingReader(InputStream in, byte[] head, int start) {
            this.in = in;
            this.base = start;
            bytes.put(head, start, head.length - start);
            bytes.flip();
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!chars.hasRemaining() && !decodeMore()) {
                return -1;
            }
            int n = Math.min(len, chars.remaining());
            chars.get(cbuf, off, n);
            if (blank) {
                for (int i = off; i < off + n; i++) {
                    if (!Character.isWhitespace(cbuf[i])) {
                        blank = false;
                        break;
                    }
                }
            }
            return n;
        }

        /** Decodes at least one char into {@code chars}; false at the end of the input. */
        private boolean decodeMore() throws IOException {
            chars.clear();
            while (chars.position() == 0 && !flushed) {
                CoderResult r = decoder.decode(bytes, chars, eof);
                if (r.isError()) {
                    if (firstBad < 0) {
                        firstBad = base + bytes.position();
                    }
                    if (!chars.hasRemaining()) {
                        break;
                    }
                    chars.put('\uFFFD');
                    bytes.position(bytes.position() + r.length());
                } else if (r.isOverflow()) {
                    break;
                } else if (eof) {
                    if (decoder.flush(chars).isOverflow()) {
                        break;
                    }
                    flushed = true;
                } else {
                    refill();
                }
            }
            chars.flip();
            return chars.hasRemaining();
        }

        private void refill() throws IOException {
            base += bytes.position();
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static SourceProblem invalidEncoding(long bad) {
        return new SourceProblem(SourceProblem.Kind.INVALID_ENCODING,
                "the file is not valid UTF-8 (first bad byte at offset " + bad
                        + "); it was decoded with replacement characters and linted anyway",
                Span.FILE);
    }

    private static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean looksBinary(byte[] bytes, int start) {
        int sample = Math.min(bytes.length, start + BINARY_SAMPLE);
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
        if (e instanceof java.nio.file.NoSuchFileException n && n.getReason() == null) {
            return "no such file";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null
                && !(e instanceof java.nio.file.NoSuchFileException)) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
