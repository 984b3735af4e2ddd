package dev.migrationlint.core.spi;

import java.util.Locale;

/** The SQL dialect a migration is written for. */
public enum Dialect {
    POSTGRESQL, MYSQL, MARIADB, SQLITE, H2, GENERIC;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for MySQL and MariaDB, which share the InnoDB online-DDL model and the lexical rules. */
    public boolean isMysqlFamily() {
        return this == MYSQL || this == MARIADB;
    }

    public static Dialect parse(String text) {
        for (Dialect d : values()) {
            if (d.id().equalsIgnoreCase(text.trim())) {
                return d;
            }
        }
        if ("postgres".equalsIgnoreCase(text.trim())) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unknown dialect '" + text
                + "' (expected postgresql, mysql, mariadb, sqlite, h2 or generic)");
    }
}
