package dev.migrationlint.core.internal.discovery;

import dev.migrationlint.core.spi.Language;
import dev.migrationlint.core.spi.MigrationKind;
import dev.migrationlint.core.spi.Version;

/**
 * What a migration's file name says.
 *
 * @param version     null for repeatables
 * @param description underscores read as spaces
 * @param popDialect  for pop: the canonical dialect of the name ({@code postgres}, {@code mysql}, ...) or {@code all};
 *                    null for other layouts
 * @param autocommit  pop's {@code .autocommit} infix: the file runs outside a transaction
 */
record ParsedName(Version version, String description, MigrationKind kind, Language language, String popDialect,
                  boolean autocommit) {

    static ParsedName of(Version version, String description, MigrationKind kind, Language language) {
        return new ParsedName(version, description, kind, language, null, false);
    }
}
