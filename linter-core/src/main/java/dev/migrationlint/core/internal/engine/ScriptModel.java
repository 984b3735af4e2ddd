package dev.migrationlint.core.internal.engine;

import dev.migrationlint.core.spi.Direction;
import dev.migrationlint.core.spi.Execution;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Migration;
import dev.migrationlint.core.spi.Runner;
import dev.migrationlint.core.spi.Settings;
import dev.migrationlint.core.spi.Token;
import dev.migrationlint.core.spi.TransactionState;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * How the migration tool will run a script: which statements are forward or backward (goose and
 * dbmate blocks, down files), whether each block runs in the tool's transaction (Flyway's own
 * detection of non-transactional statements, {@code .conf}, {@code mixed}; golang-migrate's implicit
 * transaction; goose/dbmate/sqlx annotations), and then, statement by statement, the transaction
 * state after explicit {@code BEGIN}/{@code COMMIT}.
 */
final class ScriptModel {

    /** Where one statement stands. */
    record Placement(Direction direction, Execution execution, TransactionState transaction) {
    }

    /** One statement's input: its fact and the comments before and inside it. */
    record Input(Fact fact, List<Token> comments) {
    }

    private ScriptModel() {
    }

    static List<Placement> place(Migration migration, List<Input> statements, List<Token> fileComments,
                                 Settings settings, IntSupplier transactionIds) {
        List<Direction> directions = directions(migration, statements);
        List<Placement> placements = new ArrayList<>(statements.size());
        int blockStart = 0;
        while (blockStart < statements.size()) {
            int blockEnd = blockStart;
            while (blockEnd < statements.size() && directions.get(blockEnd) == directions.get(blockStart)
                    && !startsBlock(migration, statements, blockEnd, blockStart)) {
                blockEnd++;
            }
            if (blockEnd == blockStart) {
                blockEnd++;
            }
            List<Input> block = statements.subList(blockStart, blockEnd);
            Execution execution = execution(migration, block, fileComments, settings);
            placeBlock(block, directions.get(blockStart), execution, migration.runner(), transactionIds, placements);
            blockStart = blockEnd;
        }
        return placements;
    }

    /** dbmate and goose blocks each run on their own; a new marker starts a new block. */
    private static boolean startsBlock(Migration migration, List<Input> statements, int index, int blockStart) {
        if (index == blockStart) {
            return false;
        }
        for (Token c : statements.get(index).comments()) {
            if (directive(c, migration.runner()) != null) {
                return true;
            }
        }
        return false;
    }

    private static List<Direction> directions(Migration migration, List<Input> statements) {
        List<Direction> result = new ArrayList<>(statements.size());
        Direction current = migration.kind().isBackward() ? Direction.DOWN : Direction.UP;
        for (Input s : statements) {
            for (Token c : s.comments()) {
                Direction d = directive(c, migration.runner());
                if (d != null && !migration.kind().isBackward()) {
                    current = d;
                }
            }
            result.add(current);
        }
        return result;
    }

    /** The direction a goose/dbmate block marker switches to, or null when the comment is none. */
    private static Direction directive(Token comment, Runner runner) {
        String t = commentBody(comment).toLowerCase(Locale.ROOT);
        if (runner == Runner.GOOSE) {
            if (t.startsWith("+goose up")) {
                return Direction.UP;
            }
            if (t.startsWith("+goose down")) {
                return Direction.DOWN;
            }
        } else if (runner == Runner.DBMATE) {
            if (t.startsWith("migrate:up")) {
                return Direction.UP;
            }
            if (t.startsWith("migrate:down")) {
                return Direction.DOWN;
            }
        }
        return null;
    }

    static String commentBody(Token comment) {
        String t = comment.text();
        if (t.startsWith("--")) {
            t = t.substring(2);
        } else if (t.startsWith("#")) {
            t = t.substring(1);
        } else if (t.startsWith("/*") && t.endsWith("*/") && t.length() >= 4) {
            t = t.substring(2, t.length() - 2);
        }
        return t.strip();
    }

    private static Execution execution(Migration migration, List<Input> block, List<Token> fileComments,
                                       Settings settings) {
        return switch (migration.runner()) {
            case FLYWAY -> flyway(migration, block, settings);
            case GOLANG_MIGRATE -> golangMigrate(block, settings);
            case GOOSE -> annotated(fileComments, "+goose no transaction",
                    "goose runs each file in a transaction", "the file says -- +goose NO TRANSACTION");
            case DBMATE -> dbmate(block);
            case SQLX -> sqlx(fileComments);
            case FOLDER, POP -> configured(migration, migration.runner() == Runner.POP
                    ? "pop runs each file in a transaction" : "the tool runs each migration in a transaction");
            case PATTERN -> configured(migration, "the configured layout runs each file in a transaction");
        };
    }

    private static Execution configured(Migration migration, String defaultReason) {
        if (Boolean.FALSE.equals(migration.executeInTransaction())) {
            return new Execution(false, source(migration) + " runs it outside a transaction", null);
        }
        return new Execution(true, defaultReason, null);
    }

    private static String source(Migration migration) {
        return migration.executionSource() == null ? "the configuration" : migration.executionSource();
    }

    private static Execution flyway(Migration migration, List<Input> block, Settings settings) {
        if (migration.executeInTransaction() != null) {
            boolean tx = migration.executeInTransaction();
            return new Execution(tx, source(migration) + " sets executeInTransaction=" + tx, null);
        }
        String nonTransactional = null;
        boolean transactional = false;
        for (Input s : block) {
            String why = FlywayDetection.nonTransactional(s.fact(), settings);
            if (why != null) {
                nonTransactional = nonTransactional == null ? why : nonTransactional;
            } else if (!(s.fact() instanceof Fact.MetaCommand)) {
                transactional = true;
            }
        }
        if (nonTransactional == null) {
            return new Execution(true, "Flyway runs each script in one transaction", null);
        }
        if (!transactional) {
            return new Execution(false, "Flyway runs scripts with " + nonTransactional + " outside a transaction", null);
        }
        if (settings.flyway().mixed()) {
            return new Execution(false, "with mixed=true Flyway runs scripts that contain " + nonTransactional
                    + " outside a transaction", null);
        }
        return new Execution(true, "Flyway runs each script in one transaction",
                "Flyway refuses this script: it mixes " + nonTransactional
                        + " with transactional statements (mixed=false and no .sql.conf executeInTransaction)");
    }

    private static Execution golangMigrate(List<Input> block, Settings settings) {
        long real = block.stream().filter(s -> !(s.fact() instanceof Fact.MetaCommand)).count();
        if (!settings.postgres() || settings.golangMigrateMultiStatement()) {
            return new Execution(false, settings.postgres()
                    ? "golang-migrate's multi-statement mode runs statements one by one"
                    : "golang-migrate runs the statements without a transaction", null);
        }
        if (real <= 1) {
            return new Execution(false, "golang-migrate sends the file's single statement alone", null);
        }
        return new Execution(true, "golang-migrate sends the file as one query string, which PostgreSQL runs as "
                + "one implicit transaction", null);
    }

    private static Execution annotated(List<Token> comments, String marker, String defaultReason, String offReason) {
        for (Token c : comments) {
            if (commentBody(c).toLowerCase(Locale.ROOT).startsWith(marker)) {
                return new Execution(false, offReason, null);
            }
        }
        return new Execution(true, defaultReason, null);
    }

    private static Execution dbmate(List<Input> block) {
        for (Token c : block.get(0).comments()) {
            String t = commentBody(c).toLowerCase(Locale.ROOT);
            if (t.startsWith("migrate:up") || t.startsWith("migrate:down")) {
                return t.replace(" ", "").contains("transaction:false")
                        ? new Execution(false, "the block says transaction:false", null)
                        : new Execution(true, "dbmate runs each block in a transaction", null);
            }
        }
        return new Execution(true, "dbmate runs each block in a transaction", null);
    }

    private static Execution sqlx(List<Token> comments) {
        if (!comments.isEmpty() && comments.get(0).line() == 1
                && commentBody(comments.get(0)).toLowerCase(Locale.ROOT).startsWith("no-transaction")) {
            return new Execution(false, "the file starts with -- no-transaction", null);
        }
        return new Execution(true, "sqlx runs each file in a transaction", null);
    }

    /**
     * Follows explicit BEGIN/COMMIT through a block that the tool runs one way or the other. A COMMIT
     * inside the tool's transaction ends it; what runs next depends on the client: golang-migrate's
     * query string starts a new implicit transaction, Flyway's JDBC connection (autocommit off) opens a
     * new transaction before the next statement, and the Go and Rust drivers of goose, dbmate and sqlx
     * send the rest in autocommit.
     */
    private static void placeBlock(List<Input> block, Direction direction, Execution execution, Runner runner,
                                   IntSupplier ids, List<Placement> out) {
        boolean implicit = execution.transactional() && runner == Runner.GOLANG_MIGRATE;
        boolean reopens = execution.transactional() && runner == Runner.FLYWAY;
        TransactionState.Origin base = !execution.transactional() ? TransactionState.Origin.NONE
                : implicit ? TransactionState.Origin.IMPLICIT : TransactionState.Origin.TOOL;
        TransactionState current = base == TransactionState.Origin.NONE
                ? TransactionState.NONE : new TransactionState(base, ids.getAsInt());
        for (Input s : block) {
            if (s.fact() instanceof Fact.Transaction t) {
                switch (t.kind()) {
                    case BEGIN -> {
                        if (current.origin() == TransactionState.Origin.NONE
                                || current.origin() == TransactionState.Origin.IMPLICIT) {
                            current = new TransactionState(TransactionState.Origin.EXPLICIT,
                                    current.origin() == TransactionState.Origin.IMPLICIT ? current.id()
                                            : ids.getAsInt());
                        }
                        out.add(new Placement(direction, execution, current));
                    }
                    case COMMIT, ROLLBACK, PREPARE_TRANSACTION -> {
                        out.add(new Placement(direction, execution, current));
                        current = implicit ? new TransactionState(TransactionState.Origin.IMPLICIT, ids.getAsInt())
                                : reopens ? new TransactionState(TransactionState.Origin.TOOL, ids.getAsInt())
                                : TransactionState.NONE;
                    }
                    default -> out.add(new Placement(direction, execution, current));
                }
            } else {
                out.add(new Placement(direction, execution, current));
            }
        }
    }
}
