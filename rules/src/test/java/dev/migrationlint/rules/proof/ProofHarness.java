package dev.migrationlint.rules.proof;

import dev.migrationlint.core.internal.lex.LexOptions;
import dev.migrationlint.core.internal.lex.RawStatement;
import dev.migrationlint.core.internal.lex.SplitResult;
import dev.migrationlint.core.internal.lex.Splitter;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.testing.TestDatabases;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.TestAbortedException;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Checks a doc page's proof claim against a real PostgreSQL.
 *
 * <p>The harness works in a database of its own ({@code mlproof_<random>}, created at {@link #open} and dropped with
 * {@code FORCE} at {@link #close}; when the account may not create databases it falls back to the configured one) and
 * gives every example a fresh schema, created before the setup block and dropped after the example. Three connections
 * are reused throughout, all with {@code search_path} set to that schema:
 * <ul>
 *   <li><b>monitor</b> runs the setup block, reads {@code pg_locks} and {@code pg_class}, creates and drops schemas,
 *       cancels the runner;</li>
 *   <li><b>blocker</b> ("connection A") holds the open {@code INSERT}/{@code SELECT} of a lock proof;</li>
 *   <li><b>runner</b> ("connection B") runs the example one statement at a time in autocommit, split by the
 *       project's own {@link Splitter}, on a worker thread.</li>
 * </ul>
 * Every wait is bounded by {@code bound}; a runner that neither finishes nor waits is cancelled, then terminated and
 * reconnected, so a wrong page never hangs the build.
 *
 * <p>Claims: {@code lock}/{@code lock-select} — with the blocker's transaction open, the monitor polls {@code pg_locks}
 * for the runner's pid until the runner finishes or waits on an ungranted lock; the bad example must wait on a lock of
 * {@code locktype = 'relation'} held by the blocker, the good one must not (a {@code virtualxid}/{@code transactionid}
 * wait, as {@code CREATE INDEX CONCURRENTLY} does for open transactions, is not a relation lock). Then the blocker
 * rolls back and the rest of the example runs; statements after a wait are therefore not checked against an open
 * writer (the outcome says so). {@code rewrite} — {@code pg_class.relfilenode} of the table before and after.
 * {@code transaction} — the bad example between {@code BEGIN} and {@code ROLLBACK} must fail with SQLSTATE 25001; the
 * good one must run in autocommit without error.
 */
final class ProofHarness implements AutoCloseable {

    enum Verdict {
        /** The server did what the page claims. */
        HOLDS,
        /** The server did the opposite of what the page claims. */
        CONTRADICTED,
        /** The example could not be judged: setup or example failed, or the runner neither finished nor waited. */
        BROKEN
    }

    /** What one example showed. */
    record Outcome(String page, String example, Verdict verdict, String detail) {
        String describe() {
            return page + ", " + example + ": " + detail;
        }
    }

    private static final Duration POLL = Duration.ofMillis(10);
    private static final String SQLSTATE_IN_TRANSACTION = "25001";
    private static final String SQLSTATE_LOCK_NOT_AVAILABLE = "55P03";
    private static final String SQLSTATE_QUERY_CANCELED = "57014";

    private final Connection home;
    private final String url;
    private final String database;
    private final Duration bound;
    private final String serverVersion;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "proof-runner");
        t.setDaemon(true);
        return t;
    });
    private Connection monitor;
    private Connection blocker;
    private Connection runner;
    private int blockerPid;
    private int runnerPid;

    private ProofHarness(Connection home, String url, String database, Duration bound) throws SQLException {
        this.home = home;
        this.url = url;
        this.database = database;
        this.bound = bound;
        ensureConnections();
        this.serverVersion = "PostgreSQL " + queryString(monitor, "SHOW server_version");
    }

    /**
     * Connects to the PostgreSQL of {@link TestDatabases#postgresUrl()}; skips the calling test with a message when no
     * server answers (fails under {@code CI=true}).
     */
    static ProofHarness open(Duration bound) {
        Connection home = TestDatabases.postgres();
        String base = TestDatabases.postgresUrl();
        String db = TestDatabases.scratchName("mlproof");
        String url;
        String own;
        try {
            exec(home, "CREATE DATABASE " + db);
            url = TestDatabases.withDatabase(base, db);
            own = db;
        } catch (SQLException e) {
            // No CREATEDB privilege: work in the configured database; per-example schemas still isolate the examples.
            url = base;
            own = null;
        }
        try {
            return new ProofHarness(home, url, own, bound);
        } catch (SQLException e) {
            dropDatabase(home, own);
            closeQuietly(home);
            throw new IllegalStateException("cannot open the proof connections to " + url + ": " + e.getMessage(), e);
        }
    }

    /**
     * What a test factory returns when {@link #open} was skipped: one dynamic test, reported as skipped with the
     * reason (a skip of the whole factory would show up as zero tests, the reason lost).
     */
    static Stream<DynamicTest> skipped(TestAbortedException e) {
        System.err.println("[proof] skipped: " + e.getMessage());
        return Stream.of(DynamicTest.dynamicTest("PostgreSQL", () -> Assumptions.abort(e.getMessage())));
    }

    String serverVersion() {
        return serverVersion;
    }

    /** Proves every example of the page against its one claim; an empty list for {@code proof: none}. */
    List<Outcome> prove(ProofPage page) {
        Proof proof = page.proof();
        List<Outcome> outcomes = new ArrayList<>();
        if (proof.kind() == Proof.Kind.NONE) {
            return outcomes;
        }
        for (ProofPage.Example example : page.examples()) {
            outcomes.add(prove(page, proof, example));
        }
        return outcomes;
    }

    private Outcome prove(ProofPage page, Proof proof, ProofPage.Example example) {
        Judge judge = new Judge(page.name(), example.label(), proof.claim(example.bad()));
        List<String> statements;
        List<String> setup;
        try {
            statements = split(example.sql());
            setup = page.setup() == null ? List.of() : split(page.setup());
        } catch (IllegalArgumentException e) {
            return judge.broken(e.getMessage());
        }
        String schema = TestDatabases.scratchName("proof");
        try {
            ensureConnections();
            exec(monitor, "CREATE SCHEMA " + schema);
            for (Connection c : List.of(monitor, blocker, runner)) {
                exec(c, "SET search_path TO " + schema);
            }
            for (String s : setup) {
                try {
                    exec(monitor, s);
                } catch (SQLException e) {
                    return judge.broken("the setup block failed at `" + oneLine(s) + "`: " + errorText(e));
                }
            }
            switch (proof.kind()) {
                case LOCK:
                case LOCK_SELECT:
                    return lock(proof, example.bad(), statements, judge);
                case REWRITE:
                    return rewrite(proof, example.bad(), statements, judge);
                case TRANSACTION:
                    return transaction(example.bad(), statements, judge);
                default:
                    throw new IllegalStateException(proof.kind().toString());
            }
        } catch (SQLException e) {
            return judge.broken("the harness failed: " + errorText(e));
        } finally {
            cleanUp(schema);
        }
    }

    // ---- lock / lock-select ---------------------------------------------------------------------------------------

    /** What the runner was doing when the monitor looked. */
    private record Wait(String locktype, String mode, String relation, String blockedBy, int statement) {
        boolean onRelation() {
            return "relation".equals(locktype);
        }

        boolean blockedBy(int pid) {
            return List.of(blockedBy.split(",")).contains(Integer.toString(pid));
        }

        String describe(List<String> statements, int blockerPid, String blocker) {
            String on = onRelation() ? mode + " on relation " + relation : mode + " on a " + locktype + " lock";
            String by = blockedBy.isEmpty() ? ""
                    : blockedBy.equals(Integer.toString(blockerPid)) ? " (blocked by the open `" + blocker + "`)"
                    : " (blocked by pid " + blockedBy + ")";
            return "waits for " + on + " at statement " + (statement + 1) + " `" + oneLine(statements.get(statement))
                    + "`" + by;
        }
    }

    private Outcome lock(Proof proof, boolean bad, List<String> statements, Judge judge) throws SQLException {
        exec(blocker, "BEGIN");
        try {
            exec(blocker, proof.blocker());
        } catch (SQLException e) {
            return judge.broken("the blocker `" + proof.blocker() + "` failed: " + errorText(e)
                    + (proof.kind() == Proof.Kind.LOCK ? " (give every column of " + proof.target()
                    + " a default, or write the INSERT in the comment: 'proof: lock TABLE: INSERT ...')" : ""));
        }
        AtomicInteger current = new AtomicInteger();
        Future<Run> run = worker.submit(() -> runAll(runner, statements, current));
        Wait wait = null;
        long deadline = System.nanoTime() + bound.toNanos();
        try (PreparedStatement locks = monitor.prepareStatement(
                "SELECT l.locktype, l.mode, CASE WHEN l.relation IS NULL THEN '' ELSE l.relation::regclass::text END,"
                        + " array_to_string(pg_blocking_pids(l.pid), ',')"
                        + " FROM pg_locks l WHERE l.pid = ? AND NOT l.granted LIMIT 1")) {
            locks.setInt(1, runnerPid);
            while (!run.isDone() && System.nanoTime() < deadline) {
                try (ResultSet rs = locks.executeQuery()) {
                    if (rs.next()) {
                        // Read after the query: a waiting runner cannot have moved on to the next statement.
                        wait = new Wait(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                current.get());
                        break;
                    }
                }
                sleep(POLL);
            }
        }
        boolean timedOut = wait == null && !run.isDone();
        int stuckAt = current.get();
        exec(blocker, "ROLLBACK");
        Run done = finish(run, timedOut ? Duration.ZERO : bound);
        if (timedOut) {
            return judge.broken("statement " + (stuckAt + 1) + " `" + oneLine(statements.get(stuckAt))
                    + "` neither finished nor waited on a lock within " + bound.toSeconds() + " s");
        }
        if (wait == null) {
            if (done.failed()) {
                return judge.broken(done.describe(statements));
            }
            return bad ? judge.contradicted("it ran all " + statements.size()
                    + " statement(s) to completion without waiting on any lock")
                    : judge.holds("ran to completion without waiting on any lock");
        }
        String waited = wait.describe(statements, blockerPid, proof.blocker());
        if (wait.onRelation() && !wait.blockedBy(blockerPid)) {
            return judge.broken(waited + ", but not by the blocker (pid " + blockerPid + ")");
        }
        // After the blocker ended, the rest must run: a failure there is a broken example, except the lock
        // timeout or cancel that the wait itself may have caused.
        if (done.failed() && !(done.error() != null && done.failedAt() == wait.statement()
                && (SQLSTATE_LOCK_NOT_AVAILABLE.equals(done.error().getSQLState())
                || SQLSTATE_QUERY_CANCELED.equals(done.error().getSQLState())))) {
            return judge.broken(waited + ", then after the blocker ended " + done.describe(statements));
        }
        if (wait.onRelation()) {
            return bad ? judge.holds(waited) : judge.contradicted("it " + waited);
        }
        return bad ? judge.contradicted("it never waits on a relation lock: it " + waited
                + ", i.e. for the other transaction to end, not for a table lock")
                : judge.holds(waited + " — not a relation lock" + unchecked(wait.statement(), statements));
    }

    /** The statements after the one that waited ran once the blocker had ended: say so rather than imply a proof. */
    private static String unchecked(int waited, List<String> statements) {
        int first = waited + 2;
        int last = statements.size();
        if (first > last) {
            return "";
        }
        return "; statement" + (first == last ? " " + first : "s " + first + "-" + last)
                + " ran after the blocker ended (not checked against an open writer)";
    }

    // ---- rewrite --------------------------------------------------------------------------------------------------

    private Outcome rewrite(Proof proof, boolean bad, List<String> statements, Judge judge) throws SQLException {
        Long oid;
        Long before;
        try (PreparedStatement ps = monitor.prepareStatement(
                "SELECT c.oid, c.relfilenode, c.relkind FROM pg_class c WHERE c.oid = to_regclass(?)")) {
            ps.setString(1, proof.target());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return judge.broken(proof.target() + " does not exist after the setup block");
                }
                oid = rs.getLong(1);
                before = rs.getLong(2);
                if (before == 0) {
                    return judge.broken(proof.target() + " (relkind " + rs.getString(3)
                            + ") has no storage of its own: name a table or a partition");
                }
            }
        }
        Run done = runBounded(statements);
        if (done.failed()) {
            return judge.broken(done.describe(statements));
        }
        Long after = null;
        try (PreparedStatement ps = monitor.prepareStatement("SELECT relfilenode FROM pg_class WHERE oid = ?")) {
            ps.setLong(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    after = rs.getLong(1);
                }
            }
        }
        if (after == null) {
            return judge.broken(proof.target() + " no longer exists after the example: nothing to compare");
        }
        boolean rewritten = !after.equals(before);
        String observed = rewritten ? "relfilenode of " + proof.target() + " changed " + before + " -> " + after
                : "relfilenode of " + proof.target() + " stayed " + before;
        if (rewritten == bad) {
            return judge.holds(observed);
        }
        return judge.contradicted((rewritten ? "it rewrote the table: " : "it did not rewrite the table: ")
                + observed);
    }

    // ---- transaction ----------------------------------------------------------------------------------------------

    private Outcome transaction(boolean bad, List<String> statements, Judge judge) throws SQLException {
        if (!bad) {
            Run done = runBounded(statements);
            if (!done.failed()) {
                return judge.holds("ran outside a transaction block without error");
            }
            String state = done.error() == null ? null : done.error().getSQLState();
            return state != null && state.startsWith("25")
                    ? judge.contradicted("it was refused outside a transaction block: "
                    + done.describe(statements))
                    : judge.broken(done.describe(statements));
        }
        exec(runner, "BEGIN");
        Run done = runBounded(statements);
        quietly(runner, "ROLLBACK");
        if (!done.failed()) {
            return judge.contradicted("it ran all " + statements.size()
                    + " statement(s) inside BEGIN ... ROLLBACK without error");
        }
        if (done.error() != null && SQLSTATE_IN_TRANSACTION.equals(done.error().getSQLState())) {
            return judge.holds("refused inside a transaction block: " + done.describe(statements));
        }
        return judge.broken(done.describe(statements) + " (expected SQLSTATE " + SQLSTATE_IN_TRANSACTION + ")");
    }

    // ---- running statements ---------------------------------------------------------------------------------------

    /** The runner's result: which statement failed (-1: none) and why; {@code note} when it never ended normally. */
    private record Run(int failedAt, SQLException error, String note) {
        static final Run OK = new Run(-1, null, null);

        boolean failed() {
            return failedAt >= 0 || note != null;
        }

        String describe(List<String> statements) {
            if (note != null) {
                return note;
            }
            return "statement " + (failedAt + 1) + " `" + oneLine(statements.get(failedAt)) + "` failed: " + errorText(error);
        }
    }

    private static Run runAll(Connection c, List<String> statements, AtomicInteger current) {
        for (int i = 0; i < statements.size(); i++) {
            current.set(i);
            try {
                exec(c, statements.get(i));
            } catch (SQLException e) {
                return new Run(i, e, null);
            }
        }
        return Run.OK;
    }

    private Run runBounded(List<String> statements) {
        AtomicInteger current = new AtomicInteger();
        return finish(worker.submit(() -> runAll(runner, statements, current)), bound);
    }

    /** Waits for the runner up to {@code first}; cancels it, then terminates and replaces its connection if need be. */
    private Run finish(Future<Run> run, Duration first) {
        Run r = await(run, first);
        if (r != null) {
            return r;
        }
        sql("SELECT pg_cancel_backend(" + runnerPid + ")");
        r = await(run, Duration.ofSeconds(5));
        String note = "the example did not finish within " + bound.toSeconds() + " s and was cancelled";
        if (r == null) {
            sql("SELECT pg_terminate_backend(" + runnerPid + ")");
            r = await(run, Duration.ofSeconds(5));
            closeQuietly(runner);
            runner = null;
            note = "the example did not finish within " + bound.toSeconds() + " s and its connection was terminated";
            if (r == null) {
                throw new IllegalStateException("the proof runner thread is stuck: " + note);
            }
        }
        return new Run(r.failedAt(), r.error(), note);
    }

    private static Run await(Future<Run> run, Duration d) {
        try {
            return run.get(d.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (ExecutionException e) {
            throw new IllegalStateException("the proof runner failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static List<String> split(String sql) {
        SplitResult result = Splitter.split(sql, LexOptions.of(Dialect.POSTGRESQL));
        if (!result.problems().isEmpty()) {
            throw new IllegalArgumentException("the splitter cannot read the SQL: " + result.problems());
        }
        List<String> statements = result.statements().stream().map(RawStatement::text).filter(s -> !s.isBlank())
                .toList();
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("the block holds no statement");
        }
        return statements;
    }

    // ---- connections and cleanup ----------------------------------------------------------------------------------

    /** Opens the connections, and replaces any that broke (a terminated runner, a server restart). */
    private void ensureConnections() throws SQLException {
        if (monitor == null || !monitor.isValid(2)) {
            closeQuietly(monitor);
            monitor = connect("monitor");
            configureMonitor();
        }
        if (runner == null || !runner.isValid(2)) {
            closeQuietly(runner);
            runner = connect("runner");
            runnerPid = pid(runner);
        }
        if (blocker == null || !blocker.isValid(2)) {
            closeQuietly(blocker);
            blocker = connect("blocker");
            blockerPid = pid(blocker);
            exec(blocker, "SET lock_timeout = '" + bound.toMillis() + "ms'");
        }
    }

    /** Bounds what the monitor may wait for: setup statements, schema drops. */
    private void configureMonitor() throws SQLException {
        exec(monitor, "SET lock_timeout = '" + bound.toMillis() + "ms'");
        exec(monitor, "SET statement_timeout = '" + (3 * bound.toMillis()) + "ms'");
    }

    /**
     * Ends the blocker's and the runner's transactions, resets the sessions the example and the setup block may have
     * changed ({@code SET ...}), and drops the schema.
     */
    private void cleanUp(String schema) {
        quietly(blocker, "ROLLBACK");
        quietly(runner, "ROLLBACK");
        quietly(runner, "RESET ALL");
        quietly(runner, "SELECT pg_advisory_unlock_all()");
        quietly(runner, "DISCARD TEMP");
        quietly(monitor, "ROLLBACK");
        try {
            exec(monitor, "RESET ALL");
            configureMonitor();
            exec(monitor, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop the scratch schema " + schema + ": " + errorText(e), e);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
        closeQuietly(runner);
        closeQuietly(blocker);
        closeQuietly(monitor);
        dropDatabase(home, database);
        closeQuietly(home);
    }

    private static void dropDatabase(Connection home, String database) {
        if (database != null) {
            try {
                exec(home, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot drop the scratch database " + database + ": " + errorText(e), e);
            }
        }
    }

    private Connection connect(String role) throws SQLException {
        Properties p = new Properties();
        p.setProperty("ApplicationName", "migration-lint proof " + role);
        p.setProperty("connectTimeout", "5");
        // Last resort against a hung socket; every normal wait is bounded far below this.
        p.setProperty("socketTimeout", Long.toString(Math.max(60, 6 * bound.toSeconds())));
        return DriverManager.getConnection(url, p);
    }

    private static int pid(Connection c) throws SQLException {
        return Integer.parseInt(queryString(c, "SELECT pg_backend_pid()"));
    }

    private void sql(String query) {
        quietly(monitor, query);
    }

    private static String queryString(Connection c, String query) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.setEscapeProcessing(false);
            s.execute(sql);
        }
    }

    private static void quietly(Connection c, String sql) {
        if (c == null) {
            return;
        }
        try {
            exec(c, sql);
        } catch (SQLException e) {
            // best effort: a broken connection is replaced before the next example
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // nothing left to do
            }
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String errorText(SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
        return (e.getSQLState() == null ? "" : "SQLSTATE " + e.getSQLState() + " ") + message;
    }

    static String oneLine(String sql) {
        String s = sql.strip().replaceAll("\\s+", " ");
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }

    /** Builds outcomes that state the claim next to what the server did. */
    private final class Judge {
        private final String page;
        private final String example;
        private final String claim;

        Judge(String page, String example, String claim) {
            this.page = page;
            this.example = example;
            this.claim = claim;
        }

        Outcome holds(String observed) {
            return new Outcome(page, example, Verdict.HOLDS, observed);
        }

        Outcome contradicted(String observed) {
            return new Outcome(page, example, Verdict.CONTRADICTED, claim + ", but on " + serverVersion + " " + observed);
        }

        Outcome broken(String why) {
            return new Outcome(page, example, Verdict.BROKEN, "cannot check the claim on " + serverVersion + ": " + why);
        }
    }
}
