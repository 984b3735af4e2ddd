package dev.migrationlint.core.spi;

import java.util.Locale;

/** The section of the rule catalogue a rule belongs to; also its first SARIF tag. */
public enum Category {
    LOCKING, COMPATIBILITY, DATA, DESIGN, HISTORY, JAVA, MYSQL, META;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
