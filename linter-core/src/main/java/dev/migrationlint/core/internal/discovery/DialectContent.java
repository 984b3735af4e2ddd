package dev.migrationlint.core.internal.discovery;

import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Language;
import dev.migrationlint.core.spi.Migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dialect a location's SQL files are written in, from syntax only one database accepts: MySQL's backtick
 * identifiers, {@code ENGINE=}, {@code AUTO_INCREMENT}, {@code DELIMITER}, {@code #} comments, {@code /*!} comments,
 * {@code MODIFY}/{@code CHANGE COLUMN}, {@code ADD ... AFTER col}; SQLite's {@code AUTOINCREMENT}, {@code WITHOUT ROWID},
 * {@code PRAGMA}; PostgreSQL's {@code ::} casts, dollar-quoted bodies, {@code CONCURRENTLY}, {@code SET NOT NULL}, ...
 * Each file votes for every dialect it shows a sign of; the dialect with strictly the most files wins, else there is
 * no hint. Comments and string literals are skipped, so prose and data do not vote.
 */
final class DialectContent {

    /** Bytes read from the start of each file. */
    static final int MAX_BYTES_PER_FILE = 32 * 1024;
    /** Files read per location (in the tool's order). */
    static final int MAX_FILES = 200;

    /**
     * One sign of a dialect: a regular expression over the code text (lower-cased, ASCII only, so it matches the
     * way a case-insensitive one would) and a literal every match contains. The literal is looked up first — a
     * plain substring search — and the expression only runs where it can match: at each occurrence of the
     * literal when the match starts there ({@code atLiteral}), else over the text once the literal is known to
     * be present. Trying a dozen alternatives at every position of every file was most of discovery's time.
     */
    private record Sign(String literal, Pattern pattern, boolean atLiteral) {
        static Sign at(String literal, String regex) {
            return new Sign(literal, Pattern.compile(regex, Pattern.MULTILINE), true);
        }

        static Sign containing(String literal, String regex) {
            return new Sign(literal, Pattern.compile(regex, Pattern.MULTILINE), false);
        }

        boolean in(String code) {
            int at = code.indexOf(literal);
            if (at < 0) {
                return false;
            }
            Matcher m = pattern.matcher(code);
            if (!atLiteral) {
                return m.find();
            }
            // Transparent bounds: a leading \\b still sees the character before the literal.
            m.useTransparentBounds(true).useAnchoringBounds(false);
            for (; at >= 0; at = code.indexOf(literal, at + 1)) {
                if (m.region(at, code.length()).lookingAt()) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final List<Sign> MYSQL = List.of(
            Sign.at("`", "`[^`\\n]{1,64}`"),
            Sign.at("engine", "\\bengine\\s*="),
            Sign.at("auto_increment", "\\bauto_increment\\b"),
            Sign.containing("delimiter", "^[ \\t]*delimiter[ \\t]+\\S"),
            Sign.containing("unsigned", "\\b(?:int|integer|bigint|smallint|tinyint|mediumint|decimal|float|double)"
                    + "(?:\\s*\\([\\d,\\s]+\\))?\\s+unsigned\\b"),
            Sign.at("tiny", "\\b(?:tinyint|tinytext|tinyblob)\\b"),
            Sign.at("medium", "\\b(?:mediumint|mediumtext|mediumblob)\\b"),
            Sign.at("long", "\\b(?:longtext|longblob)\\b"),
            Sign.containing("charset", "\\b(?:default\\s+)?charset\\s*="),
            Sign.containing("modify", "\\balter\\s+table\\b[^;]*?\\bmodify\\s+column\\b"),
            Sign.containing("change", "\\balter\\s+table\\b[^;]*?\\bchange\\s+column\\b"),
            Sign.containing("modify", "\\balter\\s+table\\b[^;]*?\\bmodify\\s+[\\w`]+\\s+\\w"),
            Sign.containing("after", "\\badd\\s+(?:column\\s+)?[\\w`]+\\s+[^;]*?\\bafter\\s+[\\w`]+\\s*[;,]"));

    private static final List<Sign> POSTGRESQL = List.of(
            Sign.containing("$", "\\b(?:as|do)\\s+\\$\\w*\\$"),
            Sign.at("::", "::\\s*[a-z_\"]"),
            Sign.at("concurrently", "\\bconcurrently\\b"),
            Sign.at("timestamptz", "\\btimestamptz\\b"),
            Sign.at("jsonb", "\\bjsonb\\b"),
            Sign.at("bytea", "\\bbytea\\b"),
            Sign.at("plpgsql", "\\bplpgsql\\b"),
            Sign.at("tsvector", "\\btsvector\\b"),
            Sign.at("citext", "\\bcitext\\b"),
            Sign.at("alter", "\\balter\\s+column\\s+[\\w\"]+\\s+(?:set\\s+data\\s+)?type\\b"),
            Sign.at("alter", "\\balter\\s+column\\s+[\\w\"]+\\s+(?:set|drop)\\s+not\\s+null\\b"),
            Sign.containing("conflict", "\\bon\\s+conflict\\s*(?:\\(|do\\b|on\\s+constraint\\b)"),
            Sign.containing("extension", "\\bcreate\\s+extension\\b"),
            Sign.containing("valid", "\\bnot\\s+valid\\b"));

    private static final List<Sign> SQLITE = List.of(
            Sign.at("autoincrement", "\\bautoincrement\\b"),
            Sign.at("without", "\\bwithout\\s+rowid\\b"),
            Sign.containing("conflict", "\\bon\\s+conflict\\s+(?:replace|ignore|abort|fail|rollback)\\b"),
            Sign.containing("pragma", "^[ \\t]*pragma\\b"));

    private DialectContent() {
    }

    /** The dialect the location's SQL files point at, or null when they show no clear sign. */
    static Dialect hint(List<Migration> migrations) {
        Map<Dialect, Integer> votes = new EnumMap<>(Dialect.class);
        int read = 0;
        for (Migration migration : migrations) {
            if (migration.language() != Language.SQL) {
                continue;
            }
            if (read++ >= MAX_FILES) {
                break;
            }
            String text = read(migration);
            if (text == null) {
                continue;
            }
            vote(code(text), votes);
        }
        return winner(votes);
    }

    /** The dialect of one SQL text, or null: for tests and single files. */
    static Dialect hintOf(String text) {
        Map<Dialect, Integer> votes = new EnumMap<>(Dialect.class);
        vote(code(text), votes);
        return winner(votes);
    }

    /** One vote for every dialect the file shows a sign of. */
    private static void vote(Code code, Map<Dialect, Integer> votes) {
        if (code.mysqlComment || any(MYSQL, code.text)) {
            votes.merge(Dialect.MYSQL, 1, Integer::sum);
        }
        if (any(POSTGRESQL, code.text)) {
            votes.merge(Dialect.POSTGRESQL, 1, Integer::sum);
        }
        if (any(SQLITE, code.text)) {
            votes.merge(Dialect.SQLITE, 1, Integer::sum);
        }
    }

    private static boolean any(List<Sign> signs, String code) {
        for (Sign sign : signs) {
            if (sign.in(code)) {
                return true;
            }
        }
        return false;
    }

    private static Dialect winner(Map<Dialect, Integer> votes) {
        Dialect best = null;
        int bestVotes = 0;
        boolean tie = false;
        for (Map.Entry<Dialect, Integer> e : votes.entrySet()) {
            if (e.getValue() > bestVotes) {
                best = e.getKey();
                bestVotes = e.getValue();
                tie = false;
            } else if (e.getValue() == bestVotes) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private static String read(Migration migration) {
        try (InputStream in = Files.newInputStream(migration.file())) {
            return new String(in.readNBytes(MAX_BYTES_PER_FILE), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The text with comments and single-quoted strings blanked, ASCII letters in lower case; whether a MySQL {@code /*!} comment was seen. */
    private record Code(String text, boolean mysqlComment) {
    }

    private static Code code(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean mysqlComment = false;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            char next = i + 1 < n ? text.charAt(i + 1) : 0;
            if (c == '-' && next == '-') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '#' && lineStart(text, i) && next != '>' && next != '-') {
                mysqlComment = true;
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && next == '*') {
                if (i + 2 < n && text.charAt(i + 2) == '!') {
                    mysqlComment = true;
                    out.append(' ');
                    i += 3;
                    continue;
                }
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else if (c == '\'') {
                i++;
                while (i < n) {
                    char s = text.charAt(i);
                    if (s == '\\' && i + 1 < n) {
                        i += 2;
                    } else if (s == '\'') {
                        if (i + 1 < n && text.charAt(i + 1) == '\'') {
                            i += 2;
                        } else {
                            break;
                        }
                    } else {
                        i++;
                    }
                }
                i++;
                out.append("''");
            } else {
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
                i++;
            }
        }
        return new Code(out.toString(), mysqlComment);
    }

    private static boolean lineStart(String text, int i) {
        for (int j = i - 1; j >= 0; j--) {
            char c = text.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }
}
