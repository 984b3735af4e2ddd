package dev.migrationlint.core.spi;

/** The language a migration is written in. */
public enum Language { SQL, JAVA }
