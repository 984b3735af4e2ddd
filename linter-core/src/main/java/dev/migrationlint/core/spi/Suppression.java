package dev.migrationlint.core.spi;

/** Why a finding is not counted: an ignore comment in the source, or an entry of the baseline. */
public record Suppression(Kind kind, String justification) {
    public enum Kind { IN_SOURCE, EXTERNAL }
}
