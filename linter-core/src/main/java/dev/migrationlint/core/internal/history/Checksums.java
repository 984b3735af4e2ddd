package dev.migrationlint.core.internal.history;

import dev.migrationlint.core.spi.ChecksumKind;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.CRC32;

/** The checksums sources of truth record, computed from a file's bytes. */
public final class Checksums {

    private Checksums() {
    }

    /** The checksum of {@code kind} of a file, or null when it cannot be read. */
    public static String of(Path file, ChecksumKind kind) {
        try {
            return of(Files.readAllBytes(file), kind);
        } catch (IOException | OutOfMemoryError e) {
            return null;
        }
    }

    public static String of(byte[] bytes, ChecksumKind kind) {
        return kind == ChecksumKind.FLYWAY ? Integer.toString(flyway(bytes)) : content(bytes);
    }

    /**
     * {@code sha256:} and the hex SHA-256 of the bytes with a leading UTF-8 byte order mark dropped and every
     * {@code \r\n} or lone {@code \r} read as {@code \n}: the same text with other line endings is the same migration.
     */
    public static String content(byte[] bytes) {
        ByteArrayOutputStream normalized = new ByteArrayOutputStream(bytes.length);
        int start = hasBom(bytes) ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '\r') {
                normalized.write('\n');
                if (i + 1 < bytes.length && bytes[i + 1] == '\n') {
                    i++;
                }
            } else {
                normalized.write(b);
            }
        }
        return "sha256:" + HexFormat.of().formatHex(sha256(normalized.toByteArray()));
    }

    /**
     * Flyway's checksum of a script read as UTF-8: Flyway reads the script line by line (a line ends at {@code \n},
     * {@code \r} or {@code \r\n}), drops a byte order mark at the start of the first line and feeds each line's
     * UTF-8 bytes, without its terminator, to one CRC32; the stored value is that CRC32 as a signed int. Feeding
     * lines without terminators is feeding the text without its {@code \r} and {@code \n} characters, which never
     * occur inside a multi-byte UTF-8 sequence. The text is decoded first (malformed bytes become U+FFFD, as
     * Flyway's reader does) and encoded again, so the bytes are the ones Flyway hashes.
     */
    public static int flyway(byte[] bytes) {
        byte[] utf8 = new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        int start = hasBom(utf8) ? 3 : 0;
        int runStart = start;
        for (int i = start; i < utf8.length; i++) {
            if (utf8[i] == '\n' || utf8[i] == '\r') {
                crc.update(utf8, runStart, i - runStart);
                runStart = i + 1;
            }
        }
        crc.update(utf8, runStart, utf8.length - runStart);
        return (int) crc.getValue();
    }

    /** Hex SHA-256 of a string's UTF-8 bytes. */
    static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }
}
