package dev.migrationlint.core.internal.engine;

import dev.migrationlint.core.spi.Token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Stable finding fingerprints: rule, path, the statement's tokens with white space and comments
 * normalized away, and the message (so two findings on one statement differ); never line numbers, so
 * they survive edits above the statement (positions a message mentions do not count either).
 */
final class Fingerprints {

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
        digest.update(withoutPositions(message).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    /**
     * The message without the positions it mentions ("started at line 3, column 14" becomes "started at line,
     * column"): they move with every edit above. A word "line", "lines", "column" or "columns" (any case) followed
     * by a space and digits loses the plural and the number. Hand-written: a regular expression here cost more
     * than hashing the statement.
     */
    static String withoutPositions(String message) {
        StringBuilder out = null;
        int copied = 0;
        int n = message.length();
        for (int i = 0; i < n; i++) {
            int word = positionWordAt(message, i);
            if (word == 0 || i > 0 && isWordChar(message.charAt(i - 1))) {
                continue;
            }
            int j = i + word;
            if (j < n && (message.charAt(j) == 's' || message.charAt(j) == 'S')) {
                j++;
            }
            if (j + 1 < n && message.charAt(j) == ' ' && isDigit(message.charAt(j + 1))) {
                int end = j + 1;
                while (end < n && isDigit(message.charAt(end))) {
                    end++;
                }
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(message, copied, i + word);
                copied = end;
                i = end - 1;
            }
        }
        return out == null ? message : out.append(message, copied, n).toString();
    }

    private static int positionWordAt(String message, int i) {
        char c = message.charAt(i);
        if (c == 'l' || c == 'L') {
            return message.regionMatches(true, i, "line", 0, 4) ? 4 : 0;
        }
        if (c == 'c' || c == 'C') {
            return message.regionMatches(true, i, "column", 0, 6) ? 6 : 0;
        }
        return 0;
    }

    private static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
