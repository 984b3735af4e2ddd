package dev.migrationlint.core.internal.engine;

import dev.migrationlint.core.spi.Token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Stable finding fingerprints: rule, path, the statement's tokens with white space and comments
 * normalized away, and the message (so two findings on one statement differ); never line numbers, so
 * they survive edits above the statement (positions a message mentions do not count either).
 */
final class Fingerprints {

    /** Positions a message may mention ("started at line 3, column 14"): they move with every edit above. */
    private static final Pattern POSITION = Pattern.compile("\\b(line|column)s? \\d+", Pattern.CASE_INSENSITIVE);

    private Fingerprints() {
    }

    static String of(String ruleId, String path, List<Token> tokens, String message) {
        MessageDigest digest = sha256();
        digest.update(ruleId.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(path.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        if (tokens != null) {
            for (Token t : tokens) {
                digest.update(t.upper().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) ' ');
            }
        }
        digest.update((byte) 0);
        digest.update(POSITION.matcher(message).replaceAll("$1").getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
