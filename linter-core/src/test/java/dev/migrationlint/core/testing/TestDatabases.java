package dev.migrationlint.core.testing;

import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The real servers some tests need. Each URL comes from an environment variable with the local
 * default; when the server does not answer the test is skipped with a message, except under
 * {@code CI=true}, where it fails, so CI can never go green by skipping.
 */
public final class TestDatabases {

    public static final String POSTGRES_ENV = "MIGRATION_LINT_PG_URL";
    public static final String POSTGRES_DEFAULT = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    public static final String MARIADB_ENV = "MIGRATION_LINT_MARIADB_URL";
    public static final String MARIADB_DEFAULT = "jdbc:mariadb://127.0.0.1:3306/test?user=root";

    private TestDatabases() {
    }

    public static String postgresUrl() {
        return url(POSTGRES_ENV, POSTGRES_DEFAULT);
    }

    public static String mariadbUrl() {
        return url(MARIADB_ENV, MARIADB_DEFAULT);
    }

    /** A connection to the configured PostgreSQL, or a skip (a failure under CI=true). */
    public static Connection postgres() {
        return connect(postgresUrl(), "PostgreSQL", POSTGRES_ENV);
    }

    /** A connection to the configured MariaDB, or a skip (a failure under CI=true). */
    public static Connection mariadb() {
        return connect(mariadbUrl(), "MariaDB", MARIADB_ENV);
    }

    /** A fresh database name for one test class, so runs never see each other's tables. */
    public static String scratchName(String prefix) {
        return (prefix + "_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE))
                .toLowerCase(Locale.ROOT);
    }

    /** The same server URL pointing at another database. */
    public static String withDatabase(String url, String database) {
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        String query = q < 0 ? "" : url.substring(q);
        int slash = base.lastIndexOf('/');
        return base.substring(0, slash + 1) + database + query;
    }

    public static void execute(Connection c, String sql) {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static String url(String env, String fallback) {
        String v = System.getenv(env);
        return v == null || v.isBlank() ? fallback : v;
    }

    private static Connection connect(String url, String server, String env) {
        try {
            DriverManager.setLoginTimeout(5);
            return DriverManager.getConnection(url);
        } catch (SQLException e) {
            String message = "no " + server + " answers at " + url + " (" + e.getMessage() + "); set " + env
                    + " to a reachable server";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(message + " — required under CI=true", e);
            }
            Assumptions.abort(message);
            throw new AssertionError("unreachable");
        }
    }
}
