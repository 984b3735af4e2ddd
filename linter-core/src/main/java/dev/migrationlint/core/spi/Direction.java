package dev.migrationlint.core.spi;

/** Whether a statement moves the schema forward or back (down files, down blocks, undo scripts). */
public enum Direction { UP, DOWN }
