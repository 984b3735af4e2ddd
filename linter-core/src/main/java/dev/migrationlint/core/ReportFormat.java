package dev.migrationlint.core;

import dev.migrationlint.core.internal.report.ReportWriter;

import java.util.Locale;

/** The output formats of {@code check --format}. */
public enum ReportFormat {
    TEXT, JSON, SARIF, GITHUB, GITLAB, CHECKSTYLE, JUNIT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The writer that renders results in this format. */
    public ReportWriter writer() {
        return ReportWriter.of(this);
    }

    public static ReportFormat parse(String text) {
        for (ReportFormat f : values()) {
            if (f.id().equalsIgnoreCase(text)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + text
                + "' (expected text, json, sarif, github, gitlab, checkstyle or junit)");
    }
}
