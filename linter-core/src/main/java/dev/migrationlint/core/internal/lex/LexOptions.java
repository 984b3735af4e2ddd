package dev.migrationlint.core.internal.lex;

import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.TargetVersion;

/**
 * How to lex and split a script.
 *
 * @param dialect       decides quoting ({@code $tag$}, {@code E''}, backticks, {@code #} comments, MySQL {@code "strings"}),
 *                      {@code DELIMITER}, psql meta-commands
 * @param gooseBlocks   honour {@code -- +goose StatementBegin} / {@code StatementEnd} (no splitting inside)
 * @param maxStatementChars statements longer than this keep only their first tokens ({@link RawStatement#truncated()})
 * @param targetVersion the MySQL/MariaDB server version that decides which {@code /*!NNNNN ... *}{@code /} version
 *                      comments are code; null runs every one
 */
public record LexOptions(Dialect dialect, boolean gooseBlocks, int maxStatementChars, TargetVersion targetVersion) {

    public static final int DEFAULT_MAX_STATEMENT_CHARS = 1 << 20;

    public LexOptions(Dialect dialect, boolean gooseBlocks, int maxStatementChars) {
        this(dialect, gooseBlocks, maxStatementChars, null);
    }

    public static LexOptions of(Dialect dialect) {
        return new LexOptions(dialect, false, DEFAULT_MAX_STATEMENT_CHARS);
    }

    public LexOptions withGooseBlocks(boolean on) {
        return new LexOptions(dialect, on, maxStatementChars, targetVersion);
    }

    public LexOptions withTargetVersion(TargetVersion version) {
        return new LexOptions(dialect, gooseBlocks, maxStatementChars, version);
    }

    /**
     * True when the server runs the content of a version comment: {@code /*!NNNNN} runs on servers at
     * version NNNNN ({@code 80016} = 8.0.16) or later, {@code /*M!NNNNNN} on MariaDB only. MariaDB treats
     * five-digit versions from 50700 to 99999 as MySQL-only and skips them. Without digits the comment always
     * runs; without a target version every comment runs.
     *
     * @param digits the version digits as written, possibly empty
     */
    boolean runsVersionComment(String digits, boolean mariadbOnly) {
        if (mariadbOnly && dialect == Dialect.MYSQL) {
            return false;
        }
        if (targetVersion == null || digits.isEmpty()) {
            return true;
        }
        long wanted = Long.parseLong(digits);
        if (dialect == Dialect.MARIADB && !mariadbOnly && digits.length() == 5 && wanted >= 50700) {
            return false;
        }
        int patch = targetVersion.hasPatch() ? targetVersion.patch() : 99;
        long server = targetVersion.major() * 10000L + targetVersion.minor() * 100L + Math.min(patch, 99);
        return wanted <= server;
    }
}
