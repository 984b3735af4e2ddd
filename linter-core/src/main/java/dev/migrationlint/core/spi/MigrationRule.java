package dev.migrationlint.core.spi;

/** A rule that looks at one migration (file) as a whole, after its statements were read. */
public interface MigrationRule extends Rule {
    void check(MigrationContext context);
}
