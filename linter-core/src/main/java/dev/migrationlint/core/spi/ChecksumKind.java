package dev.migrationlint.core.spi;

/** How a source of truth fingerprints a migration's content; the engine computes the current value of either. */
public enum ChecksumKind {
    /**
     * SHA-256 over the file's text with a leading byte order mark dropped and every line ending read as one
     * {@code \n}, so a checkout that converts line endings does not count as an edit. Lock files and git base refs.
     */
    CONTENT,
    /**
     * Flyway's own checksum: CRC32 over each line's UTF-8 bytes, line terminators and a leading byte order mark
     * excluded, as the signed 32-bit integer {@code flyway_schema_history} stores (in decimal).
     */
    FLYWAY
}
