package dev.migrationlint.rules.mysql;

import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.TargetVersion;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What InnoDB does with each kind of ALTER, per flavour and version: run it {@code ALGORITHM=INSTANT}
 * (metadata only), {@code ALGORITHM=INPLACE} with {@code LOCK=NONE} (rebuild or index build while writes
 * go on), in place only with {@code LOCK=SHARED}, or only by copying the table. Both of the last block
 * writes for the whole ALTER.
 *
 * <p>MariaDB facts were measured on MariaDB 10.11 by asking the server to run each operation with
 * {@code ALGORITHM=INSTANT} and with {@code ALGORITHM=INPLACE, LOCK=NONE} ({@code OnlineDdlProofTest}
 * repeats that against a real server). MySQL facts come from the reference manual's tables, "Online DDL
 * Operations" (MySQL 8.0: 15.12.1, MySQL 8.4: 17.12.1, MySQL 5.7: 14.13.1). An operation without a fact for
 * a flavour is unknown there, and the rules say nothing about it.
 */
final class OnlineDdl {

    private OnlineDdl() {
    }

    /** The best an operation can do, from the least to the most blocking. */
    enum Outcome {
        /** {@code ALGORITHM=INSTANT}: only metadata changes. */
        INSTANT,
        /** {@code ALGORITHM=INPLACE, LOCK=NONE}: the table is rebuilt or an index built while writes go on. */
        INPLACE,
        /** In place only with {@code LOCK=SHARED}: reads go on, writes wait for the whole ALTER. */
        LOCK_SHARED,
        /** Only {@code ALGORITHM=COPY}: the table is copied row by row while writes wait. */
        COPY;

        boolean online() {
            return this == INSTANT || this == INPLACE;
        }
    }

    /** One kind of change, as the server's online-DDL code tells them apart. */
    enum Operation {
        ADD_COLUMN("adding a column (nullable, or with a constant default)"),
        ADD_COLUMN_POSITIONED("adding a column with FIRST or AFTER"),
        ADD_COLUMN_EXPRESSION_DEFAULT("adding a column whose DEFAULT is an expression"),
        ADD_AUTO_INCREMENT_COLUMN("adding an AUTO_INCREMENT column"),
        ADD_STORED_COLUMN("adding a stored generated column"),
        ADD_VIRTUAL_COLUMN("adding a virtual generated column"),
        DROP_COLUMN("dropping a column"),
        DROP_STORED_COLUMN("dropping a stored generated column"),
        DROP_VIRTUAL_COLUMN("dropping a virtual generated column"),
        RENAME_COLUMN("renaming a column"),
        REORDER_COLUMN("moving a column with FIRST or AFTER"),
        COLUMN_METADATA("changing a column's default or comment"),
        SET_NOT_NULL("making a column NOT NULL"),
        DROP_NOT_NULL("making a column NULL"),
        CHANGE_TYPE("changing a column's type"),
        CHANGE_DECIMAL("changing a DECIMAL's precision or scale"),
        WIDEN_VARCHAR("widening a VARCHAR that keeps its number of length bytes"),
        WIDEN_SHORT_VARCHAR_PAST_255_BYTES("widening a VARCHAR of at most 127 bytes past 255 bytes"),
        WIDEN_VARCHAR_PAST_255_BYTES("widening a VARCHAR of 128 to 255 bytes past 255 bytes"),
        EXTEND_ENUM("appending members to an ENUM or SET"),
        CHANGE_CHARSET("changing a column's character set"),
        MAKE_AUTO_INCREMENT("making a column AUTO_INCREMENT"),
        CHANGE_STORED_COLUMN("changing a stored generated column"),
        CHANGE_VIRTUAL_COLUMN("changing a virtual generated column's expression"),
        CONVERT_CHARSET("converting the table's character set (CONVERT TO)"),
        TABLE_CHARSET("changing the table's default character set or collation"),
        TABLE_METADATA("changing the AUTO_INCREMENT value or the table comment"),
        REBUILD("rebuilding the table (ENGINE=InnoDB, FORCE, ROW_FORMAT, KEY_BLOCK_SIZE)"),
        ADD_INDEX("adding a secondary or unique index"),
        ADD_FULLTEXT_INDEX("adding a FULLTEXT index"),
        ADD_SPATIAL_INDEX("adding a SPATIAL index"),
        DROP_INDEX("dropping an index"),
        RENAME_INDEX("renaming an index"),
        ADD_PRIMARY_KEY("adding a primary key"),
        DROP_PRIMARY_KEY("dropping the primary key without adding another"),
        REPLACE_PRIMARY_KEY("dropping the primary key and adding another in the same ALTER"),
        ADD_FOREIGN_KEY("adding a foreign key while foreign_key_checks is on"),
        ADD_FOREIGN_KEY_UNCHECKED("adding a foreign key with foreign_key_checks = 0"),
        DROP_CONSTRAINT("dropping a foreign key or CHECK constraint"),
        ADD_CHECK("adding a CHECK constraint");

        private final String description;

        Operation(String description) {
            this.description = description;
        }

        /** What the operation does, for messages ("changing a column's type"). */
        String description() {
            return description;
        }
    }

    /** One row of the table: from {@code since} on, {@code flavour} runs {@code operation} with {@code outcome}. */
    record Fact(Operation operation, Dialect flavour, TargetVersion since, Outcome outcome) {
    }

    private static final List<Fact> FACTS;

    static {
        List<Fact> f = new ArrayList<>();
        // MariaDB 10.4 to 11.x, measured on 10.11.
        mariadb(f, Operation.ADD_COLUMN, Outcome.INSTANT);
        mariadb(f, Operation.ADD_COLUMN_POSITIONED, Outcome.INSTANT);
        mariadb(f, Operation.ADD_COLUMN_EXPRESSION_DEFAULT, Outcome.COPY);
        mariadb(f, Operation.ADD_AUTO_INCREMENT_COLUMN, Outcome.LOCK_SHARED);
        mariadb(f, Operation.ADD_STORED_COLUMN, Outcome.COPY);
        mariadb(f, Operation.ADD_VIRTUAL_COLUMN, Outcome.INSTANT);
        mariadb(f, Operation.DROP_COLUMN, Outcome.INSTANT);
        mariadb(f, Operation.DROP_STORED_COLUMN, Outcome.INSTANT);
        mariadb(f, Operation.DROP_VIRTUAL_COLUMN, Outcome.INSTANT);
        mariadb(f, Operation.RENAME_COLUMN, Outcome.INSTANT);
        mariadb(f, Operation.REORDER_COLUMN, Outcome.INSTANT);
        mariadb(f, Operation.COLUMN_METADATA, Outcome.INSTANT);
        mariadb(f, Operation.SET_NOT_NULL, Outcome.INPLACE);
        mariadb(f, Operation.DROP_NOT_NULL, Outcome.INPLACE);
        mariadb(f, Operation.CHANGE_TYPE, Outcome.COPY);
        mariadb(f, Operation.CHANGE_DECIMAL, Outcome.COPY);
        mariadb(f, Operation.WIDEN_VARCHAR, Outcome.INSTANT);
        mariadb(f, Operation.WIDEN_SHORT_VARCHAR_PAST_255_BYTES, Outcome.INSTANT);
        mariadb(f, Operation.WIDEN_VARCHAR_PAST_255_BYTES, Outcome.COPY);
        mariadb(f, Operation.EXTEND_ENUM, Outcome.INSTANT);
        mariadb(f, Operation.CHANGE_CHARSET, Outcome.COPY);
        mariadb(f, Operation.MAKE_AUTO_INCREMENT, Outcome.COPY);
        mariadb(f, Operation.CHANGE_STORED_COLUMN, Outcome.COPY);
        mariadb(f, Operation.CHANGE_VIRTUAL_COLUMN, Outcome.INSTANT);
        mariadb(f, Operation.CONVERT_CHARSET, Outcome.COPY);
        mariadb(f, Operation.TABLE_CHARSET, Outcome.INSTANT);
        mariadb(f, Operation.TABLE_METADATA, Outcome.INSTANT);
        mariadb(f, Operation.REBUILD, Outcome.INPLACE);
        mariadb(f, Operation.ADD_INDEX, Outcome.INPLACE);
        mariadb(f, Operation.ADD_FULLTEXT_INDEX, Outcome.LOCK_SHARED);
        mariadb(f, Operation.ADD_SPATIAL_INDEX, Outcome.LOCK_SHARED);
        mariadb(f, Operation.DROP_INDEX, Outcome.INPLACE);
        mariadb(f, Operation.RENAME_INDEX, Outcome.INSTANT);
        mariadb(f, Operation.ADD_PRIMARY_KEY, Outcome.INPLACE);
        mariadb(f, Operation.DROP_PRIMARY_KEY, Outcome.COPY);
        mariadb(f, Operation.REPLACE_PRIMARY_KEY, Outcome.INPLACE);
        mariadb(f, Operation.ADD_FOREIGN_KEY, Outcome.COPY);
        mariadb(f, Operation.ADD_FOREIGN_KEY_UNCHECKED, Outcome.INPLACE);
        mariadb(f, Operation.DROP_CONSTRAINT, Outcome.INSTANT);
        mariadb(f, Operation.ADD_CHECK, Outcome.COPY);

        // MySQL: the manual's tables. 5.7 has no ALGORITHM=INSTANT; 8.0.12 brought it for adding a column
        // at the end, defaults, ENUM/SET members, virtual columns; 8.0.28 for renaming a column; 8.0.29 for
        // adding a column anywhere and dropping one.
        mysql(f, Operation.ADD_COLUMN, "5.7", Outcome.INPLACE, "8.0.12", Outcome.INSTANT);
        mysql(f, Operation.ADD_COLUMN_POSITIONED, "5.7", Outcome.INPLACE, "8.0.29", Outcome.INSTANT);
        // Not in the manual's tables: an expression DEFAULT is refused with ALGORITHM=INSTANT (vitessio/vitess#16024).
        mysql(f, Operation.ADD_COLUMN_EXPRESSION_DEFAULT, "5.7", Outcome.INPLACE);
        mysql(f, Operation.ADD_AUTO_INCREMENT_COLUMN, "5.7", Outcome.LOCK_SHARED);
        mysql(f, Operation.ADD_STORED_COLUMN, "5.7", Outcome.COPY);
        mysql(f, Operation.ADD_VIRTUAL_COLUMN, "5.7", Outcome.INPLACE, "8.0.12", Outcome.INSTANT);
        mysql(f, Operation.DROP_COLUMN, "5.7", Outcome.INPLACE, "8.0.29", Outcome.INSTANT);
        mysql(f, Operation.DROP_STORED_COLUMN, "5.7", Outcome.INPLACE);
        mysql(f, Operation.DROP_VIRTUAL_COLUMN, "5.7", Outcome.INPLACE, "8.0.12", Outcome.INSTANT);
        mysql(f, Operation.RENAME_COLUMN, "5.7", Outcome.INPLACE, "8.0.28", Outcome.INSTANT);
        mysql(f, Operation.REORDER_COLUMN, "5.7", Outcome.INPLACE);
        mysql(f, Operation.COLUMN_METADATA, "5.7", Outcome.INPLACE, "8.0.12", Outcome.INSTANT);
        mysql(f, Operation.SET_NOT_NULL, "5.7", Outcome.INPLACE);
        mysql(f, Operation.DROP_NOT_NULL, "5.7", Outcome.INPLACE);
        mysql(f, Operation.CHANGE_TYPE, "5.7", Outcome.COPY);
        mysql(f, Operation.CHANGE_DECIMAL, "5.7", Outcome.COPY);
        mysql(f, Operation.WIDEN_VARCHAR, "5.7", Outcome.INPLACE);
        mysql(f, Operation.WIDEN_SHORT_VARCHAR_PAST_255_BYTES, "5.7", Outcome.COPY);
        mysql(f, Operation.WIDEN_VARCHAR_PAST_255_BYTES, "5.7", Outcome.COPY);
        mysql(f, Operation.EXTEND_ENUM, "5.7", Outcome.INPLACE, "8.0.12", Outcome.INSTANT);
        mysql(f, Operation.CHANGE_CHARSET, "5.7", Outcome.COPY);
        mysql(f, Operation.MAKE_AUTO_INCREMENT, "5.7", Outcome.COPY);
        mysql(f, Operation.CHANGE_STORED_COLUMN, "5.7", Outcome.COPY);
        mysql(f, Operation.CONVERT_CHARSET, "5.7", Outcome.COPY);
        mysql(f, Operation.TABLE_CHARSET, "5.7", Outcome.INPLACE);
        mysql(f, Operation.TABLE_METADATA, "5.7", Outcome.INPLACE);
        mysql(f, Operation.REBUILD, "5.7", Outcome.INPLACE);
        mysql(f, Operation.ADD_INDEX, "5.7", Outcome.INPLACE);
        mysql(f, Operation.ADD_FULLTEXT_INDEX, "5.7", Outcome.LOCK_SHARED);
        mysql(f, Operation.ADD_SPATIAL_INDEX, "5.7", Outcome.LOCK_SHARED);
        mysql(f, Operation.DROP_INDEX, "5.7", Outcome.INPLACE);
        mysql(f, Operation.RENAME_INDEX, "5.7", Outcome.INPLACE);
        mysql(f, Operation.ADD_PRIMARY_KEY, "5.7", Outcome.INPLACE);
        mysql(f, Operation.DROP_PRIMARY_KEY, "5.7", Outcome.COPY);
        mysql(f, Operation.REPLACE_PRIMARY_KEY, "5.7", Outcome.INPLACE);
        mysql(f, Operation.ADD_FOREIGN_KEY, "5.7", Outcome.COPY);
        mysql(f, Operation.ADD_FOREIGN_KEY_UNCHECKED, "5.7", Outcome.INPLACE);
        mysql(f, Operation.DROP_CONSTRAINT, "5.7", Outcome.INPLACE);
        // MySQL 5.7 parses CHECK and ignores it; 8.0.16 enforces it and must check every row.
        mysql(f, Operation.ADD_CHECK, "8.0.16", Outcome.COPY);
        FACTS = Collections.unmodifiableList(f);
    }

    private static void mariadb(List<Fact> facts, Operation op, Outcome outcome) {
        facts.add(new Fact(op, Dialect.MARIADB, release("10.4"), outcome));
    }

    private static void mysql(List<Fact> facts, Operation op, String since, Outcome outcome) {
        facts.add(new Fact(op, Dialect.MYSQL, release(since), outcome));
    }

    /** The first release of a series ({@code 5.7} is 5.7.0, not the latest 5.7). */
    private static TargetVersion release(String version) {
        TargetVersion v = TargetVersion.parse(version);
        return v.hasPatch() ? v : TargetVersion.parse(version + ".0");
    }

    private static void mysql(List<Fact> facts, Operation op, String since, Outcome outcome, String later,
                              Outcome laterOutcome) {
        mysql(facts, op, since, outcome);
        mysql(facts, op, later, laterOutcome);
    }

    /** Every row of the table. */
    static List<Fact> facts() {
        return FACTS;
    }

    /** What {@code flavour} at {@code version} does with {@code op}; empty when the table has no fact for it. */
    static Optional<Outcome> outcome(Operation op, Dialect flavour, TargetVersion version) {
        Fact best = null;
        for (Fact f : FACTS) {
            if (f.operation() == op && f.flavour() == flavour && version.compareTo(f.since()) >= 0
                    && (best == null || f.since().compareTo(best.since()) > 0)) {
                best = f;
            }
        }
        return Optional.ofNullable(best).map(Fact::outcome);
    }

    /** "MariaDB 10.11", "MySQL 8.0". */
    static String server(Dialect flavour, TargetVersion version) {
        return (flavour == Dialect.MARIADB ? "MariaDB " : "MySQL ") + version;
    }
}
