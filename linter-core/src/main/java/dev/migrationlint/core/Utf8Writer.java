package dev.migrationlint.core;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A UTF-8 {@link Writer} that encodes each written string at once with {@link String#getBytes}, where
 * {@link java.io.OutputStreamWriter} copies every character through a char buffer and a charset encoder: reports run
 * to tens of megabytes, and with the launcher's quick-start JIT that encoder loop cost more than rendering them. A
 * surrogate pair split between two writes is kept together; a lone surrogate becomes {@code ?}, as with
 * {@code getBytes}. Not thread-safe; {@link #flush()} and {@link #close()} pass through to the stream.
 */
public final class Utf8Writer extends Writer {

    private final OutputStream out;
    /** A high surrogate that ended the last write, waiting for its low half; 0 when none. */
    private char pendingHigh;

    public Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        if (length > 0) {
            emit(offset == 0 && length == text.length() ? text : text.substring(offset, offset + length));
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        if (length > 0) {
            emit(new String(chars, offset, length));
        }
    }

    @Override
    public void write(int c) throws IOException {
        emit(String.valueOf((char) c));
    }

    private void emit(String text) throws IOException {
        if (pendingHigh != 0) {
            text = pendingHigh + text;
            pendingHigh = 0;
        }
        char last = text.charAt(text.length() - 1);
        if (Character.isHighSurrogate(last)) {
            pendingHigh = last;
            text = text.substring(0, text.length() - 1);
        }
        if (!text.isEmpty()) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            if (pendingHigh != 0) {
                out.write(String.valueOf(pendingHigh).getBytes(StandardCharsets.UTF_8));
                pendingHigh = 0;
            }
        } finally {
            out.close();
        }
    }
}
