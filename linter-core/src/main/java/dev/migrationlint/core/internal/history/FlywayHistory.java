package dev.migrationlint.core.internal.history;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads Flyway's {@code flyway_schema_history} over JDBC: the versioned migrations a database says are applied, with
 * the checksums Flyway stored. The JDBC driver is found by {@link DriverManager} only when this runs, so a run without
 * {@code --jdbc-url} never loads one.
 */
public final class FlywayHistory {

    public static final String TABLE = "flyway_schema_history";

    /**
     * One applied versioned migration.
     *
     * @param checksum the stored checksum, or null (Java migrations)
     */
    public record Row(String version, String description, String script, Integer checksum, Instant installedOn) {
    }

    private FlywayHistory() {
    }

    /**
     * The migrations applied and not undone or deleted by {@code repair}, in the order they were applied; failed
     * attempts are left out.
     *
     * @throws SQLException when the database cannot be reached or holds no history table
     */
    public static List<Row> read(String url, String user, String password) throws SQLException {
        try (Connection c = user == null && password == null ? DriverManager.getConnection(url)
                : DriverManager.getConnection(url, user, password)) {
            // Flyway creates the table and its columns with quoted lower-case names (H2 folds unquoted ones up).
            String q = c.getMetaData().getIdentifierQuoteString();
            String quote = q == null || q.isBlank() ? "" : q.strip();
            String columns = String.join(", ", List.of("version", "description", "type", "script", "checksum",
                    "installed_on", "success").stream().map(n -> quote + n + quote).toList());
            Map<String, Row> applied = new LinkedHashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT " + columns + " FROM " + quote + TABLE + quote
                         + " ORDER BY " + quote + "installed_rank" + quote)) {
                while (rs.next()) {
                    String version = rs.getString(1);
                    String type = rs.getString(3) == null ? "" : rs.getString(3).toUpperCase(Locale.ROOT);
                    if (version == null || !rs.getBoolean(7)) {
                        continue;
                    }
                    if (type.startsWith("UNDO") || type.equals("DELETE")) {
                        applied.remove(version);
                        continue;
                    }
                    if (type.equals("SCHEMA") || type.equals("BASELINE")) {
                        continue;
                    }
                    int stored = rs.getInt(5);
                    Integer checksum = rs.wasNull() ? null : stored;
                    Timestamp installed = rs.getTimestamp(6);
                    applied.remove(version);
                    applied.put(version, new Row(version, rs.getString(2), rs.getString(4),
                            checksum, installed == null ? null : installed.toInstant()));
                }
            }
            return new ArrayList<>(applied.values());
        }
    }
}
