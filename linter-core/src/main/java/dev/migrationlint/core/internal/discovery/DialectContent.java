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

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.MULTILINE;

    private static final Pattern MYSQL = Pattern.compile(String.join("|",
            "`[^`\\n]{1,64}`",
            "\\bengine\\s*=",
            "\\bauto_increment\\b",
            "^[ \\t]*delimiter[ \\t]+\\S",
            "\\b(?:int|integer|bigint|smallint|tinyint|mediumint|decimal|float|double)(?:\\s*\\([\\d,\\s]+\\))?"
                    + "\\s+unsigned\\b",
            "\\b(?:tinyint|mediumint|tinytext|mediumtext|longtext|tinyblob|mediumblob|longblob)\\b",
            "\\b(?:default\\s+)?charset\\s*=",
            "\\balter\\s+table\\b[^;]*?\\b(?:modify|change)\\s+column\\b",
            "\\balter\\s+table\\b[^;]*?\\bmodify\\s+[\\w`]+\\s+\\w",
            "\\badd\\s+(?:column\\s+)?[\\w`]+\\s+[^;]*?\\bafter\\s+[\\w`]+\\s*[;,]"), FLAGS);

    private static final Pattern POSTGRESQL = Pattern.compile(String.join("|",
            "\\b(?:as|do)\\s+\\$\\w*\\$",
            "::\\s*[a-z_\"]",
            "\\bconcurrently\\b",
            "\\b(?:timestamptz|jsonb|bytea|plpgsql|tsvector|citext)\\b",
            "\\balter\\s+column\\s+[\\w\"]+\\s+(?:set\\s+data\\s+)?type\\b",
            "\\balter\\s+column\\s+[\\w\"]+\\s+(?:set|drop)\\s+not\\s+null\\b",
            "\\bon\\s+conflict\\s*(?:\\(|do\\b|on\\s+constraint\\b)",
            "\\bcreate\\s+extension\\b",
            "\\bnot\\s+valid\\b"), FLAGS);

    private static final Pattern SQLITE = Pattern.compile(String.join("|",
            "\\bautoincrement\\b",
            "\\bwithout\\s+rowid\\b",
            "\\bon\\s+conflict\\s+(?:replace|ignore|abort|fail|rollback)\\b",
            "^[ \\t]*pragma\\b"), FLAGS);

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
            Code code = code(text);
            if (code.mysqlComment || MYSQL.matcher(code.text).find()) {
                votes.merge(Dialect.MYSQL, 1, Integer::sum);
            }
            if (POSTGRESQL.matcher(code.text).find()) {
                votes.merge(Dialect.POSTGRESQL, 1, Integer::sum);
            }
            if (SQLITE.matcher(code.text).find()) {
                votes.merge(Dialect.SQLITE, 1, Integer::sum);
            }
        }
        return winner(votes);
    }

    /** The dialect of one SQL text, or null: for tests and single files. */
    static Dialect hintOf(String text) {
        Code code = code(text);
        Map<Dialect, Integer> votes = new EnumMap<>(Dialect.class);
        if (code.mysqlComment || MYSQL.matcher(code.text).find()) {
            votes.put(Dialect.MYSQL, 1);
        }
        if (POSTGRESQL.matcher(code.text).find()) {
            votes.put(Dialect.POSTGRESQL, 1);
        }
        if (SQLITE.matcher(code.text).find()) {
            votes.put(Dialect.SQLITE, 1);
        }
        return winner(votes);
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

    /** The text with comments and single-quoted strings blanked; whether a MySQL {@code /*!} comment was seen. */
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
                out.append(c);
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
