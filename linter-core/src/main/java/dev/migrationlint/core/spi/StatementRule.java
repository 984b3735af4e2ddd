package dev.migrationlint.core.spi;

/** A rule that looks at one statement at a time, in execution order, with the catalog as it was before it. */
public interface StatementRule extends Rule {
    void check(StatementContext context);
}
