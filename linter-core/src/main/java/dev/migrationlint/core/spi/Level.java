package dev.migrationlint.core.spi;

import java.util.Locale;

/** How serious a finding is. {@code OFF} disables a rule. Ordered from most to least serious. */
public enum Level {
    ERROR, WARNING, NOTE, OFF;

    /** The lower-case name used in configuration, reports and the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this level is at least as serious as {@code threshold} (OFF is never). */
    public boolean atLeast(Level threshold) {
        return this != OFF && threshold != OFF && ordinal() <= threshold.ordinal();
    }

    /** Parses {@code error|warning|note|off}, case-insensitively; throws IllegalArgumentException naming the choices. */
    public static Level parse(String text) {
        for (Level level : values()) {
            if (level.id().equalsIgnoreCase(text.trim())) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown level '" + text + "' (expected error, warning, note or off)");
    }
}
