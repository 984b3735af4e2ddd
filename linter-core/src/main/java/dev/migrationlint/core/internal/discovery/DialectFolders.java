package dev.migrationlint.core.internal.discovery;

import dev.migrationlint.core.spi.Dialect;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Folder names that name a database ({@code mysql}, {@code POSTGRESQL}, {@code SQL_SERVER}, {@code jdbc-h2}).
 * Databases the linter has no dialect for hint {@link Dialect#GENERIC}, so PostgreSQL rules stay quiet on them.
 */
final class DialectFolders {

    private static final Map<String, Dialect> NAMES = Map.ofEntries(
            Map.entry("postgres", Dialect.POSTGRESQL), Map.entry("postgresql", Dialect.POSTGRESQL),
            Map.entry("pg", Dialect.POSTGRESQL), Map.entry("pgsql", Dialect.POSTGRESQL),
            Map.entry("mysql", Dialect.MYSQL), Map.entry("mariadb", Dialect.MARIADB),
            Map.entry("h2", Dialect.H2),
            Map.entry("sqlite", Dialect.SQLITE), Map.entry("sqlite3", Dialect.SQLITE),
            Map.entry("sqlserver", Dialect.GENERIC), Map.entry("mssql", Dialect.GENERIC),
            Map.entry("oracle", Dialect.GENERIC), Map.entry("db2", Dialect.GENERIC),
            Map.entry("hsqldb", Dialect.GENERIC), Map.entry("hsql", Dialect.GENERIC),
            Map.entry("derby", Dialect.GENERIC), Map.entry("cockroach", Dialect.GENERIC),
            Map.entry("cockroachdb", Dialect.GENERIC), Map.entry("crdb", Dialect.GENERIC),
            Map.entry("sqlanywhere", Dialect.GENERIC), Map.entry("sybase", Dialect.GENERIC),
            Map.entry("informix", Dialect.GENERIC), Map.entry("firebird", Dialect.GENERIC),
            Map.entry("clickhouse", Dialect.GENERIC), Map.entry("redshift", Dialect.GENERIC),
            Map.entry("snowflake", Dialect.GENERIC), Map.entry("yugabyte", Dialect.GENERIC),
            Map.entry("yugabytedb", Dialect.GENERIC), Map.entry("tidb", Dialect.GENERIC),
            Map.entry("spanner", Dialect.GENERIC), Map.entry("duckdb", Dialect.GENERIC));

    private static final Map<String, Dialect> POP_NAMES = Map.of(
            "postgres", Dialect.POSTGRESQL, "mysql", Dialect.MYSQL, "sqlite3", Dialect.SQLITE);

    private DialectFolders() {
    }

    /** Whether the whole folder name is a database name: such sibling folders are separate histories. */
    static boolean isDialectFolder(Path dir) {
        return exact(dir) != null;
    }

    /**
     * The dialect named by {@code dir} or the nearest folder above it, up to {@code top}: the whole name
     * first ({@code postgresql}), then a word of it ({@code jdbc-postgres}, {@code migration_scheduler_sqlite}).
     * The top folder counts unless it is a git repository's top level, whose name is only where someone cloned it.
     */
    static Dialect hint(Path dir, Path top) {
        boolean topIsCheckout = java.nio.file.Files.exists(top.resolve(".git"));
        for (Path d = dir; d != null && d.startsWith(top) && !(topIsCheckout && d.equals(top)); d = d.getParent()) {
            Dialect dialect = exact(d);
            if (dialect == null) {
                dialect = word(d);
            }
            if (dialect != null) {
                return dialect;
            }
        }
        return null;
    }

    /** The dialect of a pop canonical dialect name, or null ({@code all}, {@code cockroach}). */
    static Dialect ofPopDialect(String popDialect) {
        return POP_NAMES.get(popDialect);
    }

    /** pop's canonical name for the files to keep: pop runs the configured dialect's files (PostgreSQL by default). */
    static String popDialectFor(Dialect dialect) {
        if (dialect == null) {
            return "postgres";
        }
        return switch (dialect) {
            case MYSQL, MARIADB -> "mysql";
            case SQLITE -> "sqlite3";
            default -> "postgres";
        };
    }

    private static Dialect exact(Path dir) {
        Path name = dir.getFileName();
        return name == null ? null : NAMES.get(name.toString().toLowerCase(Locale.ROOT).replaceAll("[-_ ]", ""));
    }

    private static Dialect word(Path dir) {
        Path name = dir.getFileName();
        if (name == null) {
            return null;
        }
        for (String word : name.toString().toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            Dialect dialect = NAMES.get(word);
            if (dialect != null) {
                return dialect;
            }
        }
        return null;
    }
}
