package dev.migrationlint.core.internal.discovery;

import dev.migrationlint.core.spi.Runner;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A file naming scheme and the tool that runs it ({@code --layout}). */
enum Layout {
    FLYWAY("flyway", Runner.FLYWAY, true),
    TIMESTAMP("timestamp", Runner.FLYWAY, true),
    EPOCH("epoch", Runner.FLYWAY, true),
    GOLANG_MIGRATE("golang-migrate", Runner.GOLANG_MIGRATE, false),
    GOOSE("goose", Runner.GOOSE, false),
    DBMATE("dbmate", Runner.DBMATE, false),
    SQLX("sqlx", Runner.SQLX, false),
    FOLDER("folder", Runner.FOLDER, false),
    POP("pop", Runner.POP, false),
    PATTERN("pattern", Runner.PATTERN, true);

    private final String id;
    private final Runner runner;
    private final boolean recursive;

    Layout(String id, Runner runner, boolean recursive) {
        this.id = id;
        this.runner = runner;
        this.recursive = recursive;
    }

    String id() {
        return id;
    }

    Runner runner() {
        return runner;
    }

    /**
     * Whether the tool reads a location's subfolders too. Flyway scans locations recursively; golang-migrate, goose,
     * dbmate, sqlx and pop read one folder, so their subfolders are other locations (or none).
     */
    boolean recursive() {
        return recursive;
    }

    boolean isFlywayFamily() {
        return runner == Runner.FLYWAY;
    }

    /** The layout with this id, or null. */
    static Layout byId(String id) {
        for (Layout layout : values()) {
            if (layout.id.equals(id)) {
                return layout;
            }
        }
        return null;
    }

    static String ids() {
        return Arrays.stream(values()).map(Layout::id).collect(Collectors.joining(", "));
    }
}
