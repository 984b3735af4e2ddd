package dev.migrationlint.core.spi;

/** A rule that runs after filtering and sees how suppressions were used (unused or unexplained ones). */
public interface FindingsRule extends Rule {
    void check(FindingsContext context);
}
