package dev.migrationlint.rules.mysql;

import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Finding;
import dev.migrationlint.core.spi.TargetVersion;
import dev.migrationlint.core.testing.RuleTester;
import dev.migrationlint.core.testing.TestDatabases;
import dev.migrationlint.rules.mysql.OnlineDdl.Operation;
import dev.migrationlint.rules.mysql.OnlineDdl.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Proves the MariaDB rows of {@link OnlineDdl} against a real MariaDB ({@code MIGRATION_LINT_MARIADB_URL}; skipped
 * without a server, failed under {@code CI=true}). For each example the server is asked to run the operation on
 * a populated table with {@code ALGORITHM=INSTANT}, then with {@code ALGORITHM=INPLACE, LOCK=NONE}, then with
 * {@code LOCK=SHARED}; it refuses what it cannot honour (ER_ALTER_OPERATION_NOT_SUPPORTED*). The answer must be
 * the table's fact for the server's version, and the rules must reach the same verdict for the same SQL.
 */
class OnlineDdlProofTest {

    /** ER_ALTER_OPERATION_NOT_SUPPORTED and ER_ALTER_OPERATION_NOT_SUPPORTED_REASON. */
    private static final Set<Integer> REFUSED = Set.of(1845, 1846);
    private static final Pattern VERSION = Pattern.compile("^(\\d+)\\.(\\d+)");
    private static final int ROWS = 200;

    /** Examples run on this many connections at once, each in its own scratch database. */
    private static final int CONNECTIONS = 4;

    private static final List<Connection> servers = new ArrayList<>();
    private static final List<String> databases = new ArrayList<>();
    private static final BlockingQueue<Connection> idle = new LinkedBlockingQueue<>();
    private static ExecutorService pool;
    private static TargetVersion version;

    /**
     * One operation on a table {@code t} created and filled by {@code setup}.
     *
     * @param session run before the operation in the same session ({@code SET foreign_key_checks = 0}), or ""
     */
    record Example(Operation operation, String setup, String session, String statement) {
        @Override
        public String toString() {
            return operation + ": " + statement;
        }
    }

    // Tables: columns of t and what fills them; every column has a default or is filled, so the operation
    // meets real rows.
    private static final String BASE = table("id INT NOT NULL PRIMARY KEY, a INT NULL, b VARCHAR(20) NULL DEFAULT 'b', "
            + "c INT NOT NULL DEFAULT 1, d DECIMAL(10, 2) NULL, e ENUM('x', 'y') NOT NULL DEFAULT 'x', "
            + "s SET('p', 'q') NULL, g VARCHAR(50) NULL, h VARCHAR(100) NULL, u VARCHAR(20) CHARACTER SET utf8mb4 NULL, "
            + "f CHAR(10) NULL, dt DATETIME NULL, tx TEXT NULL");
    private static final String GENERATED = table("id INT NOT NULL PRIMARY KEY, a INT NULL, "
            + "gs INT AS (a + 1) STORED, gv INT AS (a + 1) VIRTUAL");
    private static final String INDEXED = table("id INT NOT NULL PRIMARY KEY, a INT NULL, b VARCHAR(20) NULL DEFAULT 'b'")
            + "CREATE INDEX ib ON t (b);\n";
    private static final String NO_KEY = table("id INT NOT NULL, a INT NULL, c INT NOT NULL DEFAULT 1");
    private static final String SPATIAL = table("id INT NOT NULL PRIMARY KEY, pt POINT NOT NULL");
    private static final String PARENT = "CREATE TABLE p (id INT NOT NULL PRIMARY KEY) ENGINE=InnoDB;\n"
            + "INSERT INTO p (id) SELECT seq FROM seq_1_to_" + ROWS + ";\n";
    private static final String CONSTRAINED = PARENT + table("id INT NOT NULL PRIMARY KEY, a INT NULL, "
            + "c INT NOT NULL DEFAULT 1, CONSTRAINT fk FOREIGN KEY (a) REFERENCES p (id), CONSTRAINT ck CHECK (c > 0)");
    private static final String CHILD = PARENT + BASE;

    static final List<Example> EXAMPLES = List.of(
            ex(Operation.ADD_COLUMN, BASE, "ALTER TABLE t ADD COLUMN x INT NULL"),
            ex(Operation.ADD_COLUMN, BASE, "ALTER TABLE t ADD COLUMN x INT NOT NULL DEFAULT 5"),
            ex(Operation.ADD_COLUMN, BASE, "ALTER TABLE t ADD COLUMN x TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP"),
            ex(Operation.ADD_COLUMN, BASE, "ALTER TABLE t ADD COLUMN x INT NOT NULL"),
            ex(Operation.ADD_COLUMN_POSITIONED, BASE, "ALTER TABLE t ADD COLUMN x INT NULL AFTER a"),
            ex(Operation.ADD_COLUMN_POSITIONED, BASE, "ALTER TABLE t ADD COLUMN x INT FIRST"),
            ex(Operation.ADD_COLUMN_EXPRESSION_DEFAULT, BASE, "ALTER TABLE t ADD COLUMN x VARCHAR(36) DEFAULT (UUID())"),
            ex(Operation.ADD_COLUMN_EXPRESSION_DEFAULT, BASE, "ALTER TABLE t ADD COLUMN x INT DEFAULT (a + 1)"),
            ex(Operation.ADD_AUTO_INCREMENT_COLUMN, BASE,
                    "ALTER TABLE t ADD COLUMN x BIGINT NOT NULL AUTO_INCREMENT UNIQUE"),
            ex(Operation.ADD_STORED_COLUMN, BASE, "ALTER TABLE t ADD COLUMN x INT AS (a + 1) STORED"),
            ex(Operation.ADD_STORED_COLUMN, BASE, "ALTER TABLE t ADD COLUMN x INT AS (a + 1) PERSISTENT"),
            ex(Operation.ADD_VIRTUAL_COLUMN, BASE, "ALTER TABLE t ADD COLUMN x INT AS (a + 1) VIRTUAL"),
            ex(Operation.DROP_COLUMN, BASE, "ALTER TABLE t DROP COLUMN a"),
            ex(Operation.DROP_STORED_COLUMN, GENERATED, "ALTER TABLE t DROP COLUMN gs"),
            ex(Operation.DROP_VIRTUAL_COLUMN, GENERATED, "ALTER TABLE t DROP COLUMN gv"),
            ex(Operation.RENAME_COLUMN, BASE, "ALTER TABLE t RENAME COLUMN a TO a2"),
            ex(Operation.RENAME_COLUMN, BASE, "ALTER TABLE t CHANGE a a2 INT NULL"),
            ex(Operation.REORDER_COLUMN, BASE, "ALTER TABLE t MODIFY a INT NULL AFTER c"),
            ex(Operation.REORDER_COLUMN, BASE, "ALTER TABLE t MODIFY c INT NOT NULL DEFAULT 1 FIRST"),
            ex(Operation.COLUMN_METADATA, BASE, "ALTER TABLE t ALTER COLUMN a SET DEFAULT 7"),
            ex(Operation.COLUMN_METADATA, BASE, "ALTER TABLE t ALTER COLUMN c DROP DEFAULT"),
            ex(Operation.COLUMN_METADATA, BASE, "ALTER TABLE t MODIFY a INT NULL DEFAULT 3 COMMENT 'three'"),
            ex(Operation.COLUMN_METADATA, BASE, "ALTER TABLE t MODIFY a INT(5) NULL"),
            ex(Operation.SET_NOT_NULL, BASE, "ALTER TABLE t MODIFY a INT NOT NULL"),
            ex(Operation.SET_NOT_NULL, BASE, "ALTER TABLE t MODIFY b VARCHAR(20) NOT NULL"),
            ex(Operation.DROP_NOT_NULL, BASE, "ALTER TABLE t MODIFY c INT NULL DEFAULT 1"),
            ex(Operation.CHANGE_TYPE, BASE, "ALTER TABLE t MODIFY COLUMN a BIGINT"),
            ex(Operation.CHANGE_TYPE, BASE, "ALTER TABLE t MODIFY a INT UNSIGNED"),
            ex(Operation.CHANGE_TYPE, BASE, "ALTER TABLE t MODIFY b TEXT"),
            ex(Operation.CHANGE_TYPE, BASE, "ALTER TABLE t MODIFY b VARCHAR(10)"),
            ex(Operation.CHANGE_TYPE, BASE, "ALTER TABLE t MODIFY f VARCHAR(10)"),
            ex(Operation.CHANGE_TYPE, BASE, "ALTER TABLE t MODIFY dt DATETIME(3) NULL"),
            ex(Operation.CHANGE_TYPE, BASE, "ALTER TABLE t MODIFY tx LONGTEXT"),
            ex(Operation.CHANGE_TYPE, BASE, "ALTER TABLE t MODIFY e ENUM('y', 'x') NOT NULL DEFAULT 'x'"),
            ex(Operation.CHANGE_DECIMAL, BASE, "ALTER TABLE t MODIFY d DECIMAL(12, 2)"),
            ex(Operation.CHANGE_DECIMAL, BASE, "ALTER TABLE t MODIFY d DECIMAL(10, 3)"),
            ex(Operation.WIDEN_VARCHAR, BASE, "ALTER TABLE t MODIFY b VARCHAR(60)"),
            ex(Operation.WIDEN_VARCHAR, BASE, "ALTER TABLE t MODIFY h VARCHAR(200)"),
            ex(Operation.WIDEN_SHORT_VARCHAR_PAST_255_BYTES, BASE, "ALTER TABLE t MODIFY b VARCHAR(100)"),
            ex(Operation.WIDEN_VARCHAR_PAST_255_BYTES, BASE, "ALTER TABLE t MODIFY g VARCHAR(100)"),
            ex(Operation.EXTEND_ENUM, BASE, "ALTER TABLE t MODIFY e ENUM('x', 'y', 'z') NOT NULL DEFAULT 'x'"),
            ex(Operation.EXTEND_ENUM, BASE, "ALTER TABLE t MODIFY s SET('p', 'q', 'r') NULL"),
            ex(Operation.CHANGE_CHARSET, BASE, "ALTER TABLE t MODIFY u VARCHAR(20) CHARACTER SET latin1 NULL"),
            ex(Operation.MAKE_AUTO_INCREMENT, BASE, "ALTER TABLE t MODIFY id INT NOT NULL AUTO_INCREMENT"),
            ex(Operation.CHANGE_STORED_COLUMN, GENERATED, "ALTER TABLE t MODIFY gs INT AS (a + 2) STORED"),
            ex(Operation.CHANGE_VIRTUAL_COLUMN, GENERATED, "ALTER TABLE t MODIFY gv INT AS (a + 2) VIRTUAL"),
            ex(Operation.CONVERT_CHARSET, BASE, "ALTER TABLE t CONVERT TO CHARACTER SET latin1"),
            ex(Operation.TABLE_CHARSET, BASE, "ALTER TABLE t CHARACTER SET latin1"),
            ex(Operation.TABLE_CHARSET, BASE, "ALTER TABLE t DEFAULT CHARSET = utf8mb4 COLLATE utf8mb4_bin"),
            ex(Operation.TABLE_METADATA, BASE, "ALTER TABLE t AUTO_INCREMENT = 1000"),
            ex(Operation.TABLE_METADATA, BASE, "ALTER TABLE t COMMENT = 'orders'"),
            ex(Operation.REBUILD, BASE, "ALTER TABLE t ENGINE = InnoDB"),
            ex(Operation.REBUILD, BASE, "ALTER TABLE t FORCE"),
            ex(Operation.REBUILD, BASE, "ALTER TABLE t ROW_FORMAT = COMPACT"),
            ex(Operation.ADD_INDEX, BASE, "ALTER TABLE t ADD INDEX i (b)"),
            ex(Operation.ADD_INDEX, BASE, "ALTER TABLE t ADD UNIQUE KEY u (a)"),
            ex(Operation.ADD_INDEX, BASE, "ALTER TABLE t ADD INDEX i (b(10), c)"),
            ex(Operation.ADD_INDEX, BASE, "CREATE INDEX i ON t (b)"),
            ex(Operation.ADD_INDEX, BASE, "CREATE UNIQUE INDEX u ON t (a, c)"),
            ex(Operation.ADD_INDEX, BASE, "ALTER TABLE t ADD COLUMN x INT NULL, ADD INDEX i (x)"),
            ex(Operation.ADD_FULLTEXT_INDEX, BASE, "ALTER TABLE t ADD FULLTEXT INDEX ft (b)"),
            ex(Operation.ADD_FULLTEXT_INDEX, BASE, "CREATE FULLTEXT INDEX ft ON t (b)"),
            ex(Operation.ADD_SPATIAL_INDEX, SPATIAL, "ALTER TABLE t ADD SPATIAL INDEX sp (pt)"),
            ex(Operation.ADD_SPATIAL_INDEX, SPATIAL, "CREATE SPATIAL INDEX sp ON t (pt)"),
            ex(Operation.DROP_INDEX, INDEXED, "ALTER TABLE t DROP INDEX ib"),
            ex(Operation.DROP_INDEX, INDEXED, "ALTER TABLE t DROP COLUMN b"),
            ex(Operation.RENAME_INDEX, INDEXED, "ALTER TABLE t RENAME INDEX ib TO ib2"),
            ex(Operation.RENAME_INDEX, INDEXED, "ALTER TABLE t RENAME KEY ib TO ib2"),
            ex(Operation.ADD_PRIMARY_KEY, NO_KEY, "ALTER TABLE t ADD PRIMARY KEY (id)"),
            ex(Operation.ADD_PRIMARY_KEY, NO_KEY, "ALTER TABLE t ADD PRIMARY KEY (a)"),
            ex(Operation.DROP_PRIMARY_KEY, BASE, "ALTER TABLE t DROP PRIMARY KEY"),
            ex(Operation.REPLACE_PRIMARY_KEY, BASE, "ALTER TABLE t DROP PRIMARY KEY, ADD PRIMARY KEY (id, c)"),
            ex(Operation.ADD_FOREIGN_KEY, CHILD, "ALTER TABLE t ADD CONSTRAINT t_a FOREIGN KEY (a) REFERENCES p (id)"),
            ex(Operation.ADD_FOREIGN_KEY, CHILD, "ALTER TABLE t ADD COLUMN x INT REFERENCES p (id)"),
            new Example(Operation.ADD_FOREIGN_KEY_UNCHECKED, CHILD, "SET foreign_key_checks = 0",
                    "ALTER TABLE t ADD CONSTRAINT t_a FOREIGN KEY (a) REFERENCES p (id)"),
            new Example(Operation.ADD_FOREIGN_KEY_UNCHECKED, CHILD, "SET SESSION foreign_key_checks = OFF",
                    "ALTER TABLE t ADD COLUMN x INT REFERENCES p (id)"),
            ex(Operation.DROP_CONSTRAINT, CONSTRAINED, "ALTER TABLE t DROP FOREIGN KEY fk"),
            ex(Operation.DROP_CONSTRAINT, CONSTRAINED, "ALTER TABLE t DROP CONSTRAINT ck"),
            ex(Operation.ADD_CHECK, BASE, "ALTER TABLE t ADD CONSTRAINT t_c CHECK (c > 0)"));

    private static String table(String columns) {
        return "CREATE TABLE t (" + columns + ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n"
                + "INSERT INTO t (id" + (columns.contains(" a INT") ? ", a" : "")
                + (columns.contains("pt POINT") ? ", pt" : "") + ") SELECT seq"
                + (columns.contains(" a INT") ? ", seq" : "") + (columns.contains("pt POINT") ? ", POINT(seq, seq)" : "")
                + " FROM seq_1_to_" + ROWS + ";\n";
    }

    private static Example ex(Operation op, String setup, String statement) {
        return new Example(op, setup, "", statement);
    }

    @BeforeAll
    static void connect() throws SQLException {
        Connection first = TestDatabases.mariadb();
        servers.add(first);
        String text;
        try (Statement s = first.createStatement(); ResultSet r = s.executeQuery("SELECT VERSION()")) {
            r.next();
            text = r.getString(1);
        }
        Assumptions.assumeTrue(text.contains("MariaDB"), "the server at " + TestDatabases.mariadbUrl()
                + " is not MariaDB: " + text);
        Matcher m = VERSION.matcher(text);
        assertTrue(m.find(), text);
        version = TargetVersion.parse(m.group(1) + "." + m.group(2));
        for (int i = 1; i < CONNECTIONS; i++) {
            servers.add(TestDatabases.mariadb());
        }
        for (Connection c : servers) {
            String database = TestDatabases.scratchName("online_ddl");
            TestDatabases.execute(c, "CREATE DATABASE " + database);
            databases.add(database);
            TestDatabases.execute(c, "USE " + database);
            idle.add(c);
        }
        pool = Executors.newFixedThreadPool(CONNECTIONS);
    }

    @AfterAll
    static void dropScratchDatabases() throws SQLException {
        if (pool != null) {
            pool.shutdownNow();
        }
        for (int i = 0; i < servers.size(); i++) {
            if (i < databases.size()) {
                TestDatabases.execute(servers.get(i), "DROP DATABASE IF EXISTS " + databases.get(i));
            }
            servers.get(i).close();
        }
    }

    @Test
    void everyMariadbFactHasAnExample() {
        Set<Operation> withFacts = OnlineDdl.facts().stream().filter(f -> f.flavour() == Dialect.MARIADB)
                .map(OnlineDdl.Fact::operation).collect(Collectors.toCollection(() -> EnumSet.noneOf(Operation.class)));
        Set<Operation> proven = EXAMPLES.stream().map(Example::operation)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Operation.class)));
        withFacts.removeAll(proven);
        assertEquals(Set.of(), withFacts, "MariaDB facts without an example the server can check");
    }

    @TestFactory
    Stream<DynamicTest> serverTableAndRulesAgree() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Example e : EXAMPLES) {
            Future<Outcome> measured = pool.submit(() -> {
                Connection c = idle.take();
                try {
                    return measure(e, c);
                } finally {
                    idle.add(c);
                }
            });
            tests.add(DynamicTest.dynamicTest(e.toString(), () -> prove(e, measured)));
        }
        return tests.stream();
    }

    private static void prove(Example e, Future<Outcome> measurement) throws InterruptedException {
        Outcome fact = OnlineDdl.outcome(e.operation(), Dialect.MARIADB, version).orElse(null);
        Assumptions.assumeTrue(fact != null, "no MariaDB " + version + " fact for " + e.operation());
        Outcome measured;
        try {
            measured = measurement.get();
        } catch (ExecutionException ex) {
            throw new AssertionError(ex.getCause().getMessage(), ex.getCause());
        }
        assertEquals(fact, measured, "MariaDB " + version + " runs " + e.statement() + " " + measured
                + ", the table says " + fact);
        assertEquals(fact, verdictOfTheRules(e), "the rules' verdict on " + e.statement());
    }

    /**
     * The best the server accepts: INSTANT, INPLACE with LOCK=NONE, INPLACE with LOCK=SHARED, else COPY. A refused
     * ALTER leaves the table as it was, so the table is only built again after one the server ran.
     */
    private static Outcome measure(Example e, Connection server) {
        setUp(e, server);
        boolean instant = accepts(e, server, "INSTANT", null);
        if (instant) {
            setUp(e, server);
        }
        boolean inplace = accepts(e, server, "INPLACE", "NONE");
        if (instant) {
            assertTrue(inplace, "MariaDB runs " + e.statement() + " instantly but not with ALGORITHM=INPLACE, LOCK=NONE");
            return Outcome.INSTANT;
        }
        if (inplace) {
            return Outcome.INPLACE;
        }
        return accepts(e, server, "INPLACE", "SHARED") ? Outcome.LOCK_SHARED : Outcome.COPY;
    }

    private static void setUp(Example e, Connection server) {
        TestDatabases.execute(server, "SET foreign_key_checks = 1");
        TestDatabases.execute(server, "DROP TABLE IF EXISTS t, p");
        for (String sql : e.setup().split(";\n")) {
            if (!sql.isBlank()) {
                TestDatabases.execute(server, sql);
            }
        }
        if (!e.session().isEmpty()) {
            TestDatabases.execute(server, e.session());
        }
    }

    /** Runs the example with the clauses; false when the server refuses the algorithm or the lock. */
    private static boolean accepts(Example e, Connection server, String algorithm, String lock) {
        boolean create = e.statement().startsWith("CREATE");
        String sep = create ? " " : ", ";
        String sql = e.statement() + sep + "ALGORITHM=" + algorithm + (lock == null ? "" : sep + "LOCK=" + lock);
        try (Statement s = server.createStatement()) {
            s.execute(sql);
            return true;
        } catch (SQLException ex) {
            if (REFUSED.contains(ex.getErrorCode())) {
                return false;
            }
            throw new AssertionError(sql + " failed for another reason than the algorithm: " + ex.getMessage(), ex);
        }
    }

    /** What the rules say about the same SQL on the same server version. */
    private static Outcome verdictOfTheRules(Example e) {
        String config = "-- file: /.migration-lint.yml\ndialect: mariadb\ntargetVersion: \"" + version + "\"\n";
        String sql = config + "-- file: V1__setup.sql\n" + e.setup() + "-- file: V2__change.sql\n"
                + (e.session().isEmpty() ? "" : e.session() + ";\n") + e.statement() + ";\n";
        List<Finding> blocking = RuleTester.forRule("mysql-ban-blocking-alter").findings(sql);
        List<Finding> notes = RuleTester.forRule("mysql-require-online-ddl").findings(sql);
        List<Outcome> verdicts = new ArrayList<>();
        for (Finding f : blocking) {
            verdicts.add(f.message().contains("(ALGORITHM=COPY)") ? Outcome.COPY : Outcome.LOCK_SHARED);
        }
        for (Finding f : notes) {
            verdicts.add(f.help().contains("ALGORITHM=INSTANT") ? Outcome.INSTANT : Outcome.INPLACE);
        }
        assertEquals(1, verdicts.size(), "one finding of the two rules for " + e.statement() + ": " + blocking + notes);
        return verdicts.get(0);
    }
}
