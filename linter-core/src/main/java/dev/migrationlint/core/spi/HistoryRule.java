package dev.migrationlint.core.spi;

/** A rule that looks at the ordered history of one migration location (versions, pairs, applied state). */
public interface HistoryRule extends Rule {
    void check(HistoryContext context);
}
