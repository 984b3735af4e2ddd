package dev.migrationlint.core.spi;

import java.util.List;

/**
 * What a statement does, as far as migration safety is concerned: the typed result of the
 * token recognizer. Every statement has exactly one fact; {@link Unrecognized} when neither
 * tier understood it, {@link Other} when it was understood but carries nothing rules need.
 */
public sealed interface Fact {

    /** The statement's command words, upper case, for summaries and messages ("CREATE INDEX", "ALTER TABLE"). */
    String command();

    // ---- tables and indexes ----

    /**
     * {@code CREATE TABLE}; {@code charset} is MySQL's table default character set ({@code [DEFAULT] CHARSET=x},
     * {@code CHARACTER SET x}, or the set a {@code COLLATE x} belongs to, as written), or null. {@code partitioned}:
     * the table is partitioned ({@code PARTITION BY}): its rows live in its partitions.
     */
    record CreateTable(ObjectName table, boolean ifNotExists, boolean temporary, boolean unlogged,
                       boolean asSelect, ObjectName partitionOf,
                       List<ColumnDef> columns, List<ConstraintDef> constraints, String charset,
                       boolean partitioned) implements Fact {
        public CreateTable {
            columns = List.copyOf(columns);
            constraints = List.copyOf(constraints);
        }

        /** Not partitioned. */
        public CreateTable(ObjectName table, boolean ifNotExists, boolean temporary, boolean unlogged,
                           boolean asSelect, ObjectName partitionOf, List<ColumnDef> columns,
                           List<ConstraintDef> constraints, String charset) {
            this(table, ifNotExists, temporary, unlogged, asSelect, partitionOf, columns, constraints, charset, false);
        }

        /** Without table options. */
        public CreateTable(ObjectName table, boolean ifNotExists, boolean temporary, boolean unlogged,
                           boolean asSelect, ObjectName partitionOf, List<ColumnDef> columns,
                           List<ConstraintDef> constraints) {
            this(table, ifNotExists, temporary, unlogged, asSelect, partitionOf, columns, constraints, null);
        }

        public String command() {
            return "CREATE TABLE";
        }
    }

    /**
     * {@code CREATE [UNIQUE] INDEX [CONCURRENTLY]}, also MySQL {@code CREATE FULLTEXT|SPATIAL INDEX}
     * ({@code kind} "fulltext"/"spatial", otherwise "btree" or the {@code USING} method).
     * {@code algorithm} and {@code lock} are MySQL's {@code ALGORITHM=x} / {@code LOCK=x} as written, or null.
     */
    record CreateIndex(String name, ObjectName table, boolean unique, boolean concurrently, boolean ifNotExists,
                       boolean only, String kind, List<String> columns, boolean partial, String algorithm,
                       String lock) implements Fact {
        public CreateIndex {
            columns = List.copyOf(columns);
        }

        /** Without MySQL's ALGORITHM/LOCK clauses. */
        public CreateIndex(String name, ObjectName table, boolean unique, boolean concurrently, boolean ifNotExists,
                           boolean only, String kind, List<String> columns, boolean partial) {
            this(name, table, unique, concurrently, ifNotExists, only, kind, columns, partial, null, null);
        }

        public String command() {
            return "CREATE INDEX";
        }
    }

    /** {@code DROP INDEX [CONCURRENTLY] [IF EXISTS] names}; MySQL {@code DROP INDEX i ON t} sets {@code table}. */
    record DropIndex(List<ObjectName> indexes, boolean concurrently, boolean ifExists, ObjectName table)
            implements Fact {
        public DropIndex {
            indexes = List.copyOf(indexes);
        }

        public String command() {
            return "DROP INDEX";
        }
    }

    record AlterTable(ObjectName table, boolean ifExists, boolean only, List<AlterAction> actions) implements Fact {
        public AlterTable {
            actions = List.copyOf(actions);
        }

        public String command() {
            return "ALTER TABLE";
        }
    }

    record DropTable(List<ObjectName> tables, boolean ifExists, boolean cascade) implements Fact {
        public DropTable {
            tables = List.copyOf(tables);
        }

        public String command() {
            return "DROP TABLE";
        }
    }

    /** MySQL {@code RENAME TABLE a TO b, c TO d}. (PostgreSQL renames are {@link AlterAction.RenameTable}.) */
    record RenameTables(List<Rename> renames) implements Fact {
        public RenameTables {
            renames = List.copyOf(renames);
        }

        public record Rename(ObjectName from, ObjectName to) {
        }

        public String command() {
            return "RENAME TABLE";
        }
    }

    record Truncate(List<ObjectName> tables, boolean cascade) implements Fact {
        public Truncate {
            tables = List.copyOf(tables);
        }

        public String command() {
            return "TRUNCATE";
        }
    }

    // ---- data ----

    enum DmlKind { INSERT, UPDATE, DELETE, MERGE, COPY, REPLACE, SELECT }

    /**
     * A data change. {@code hasWhere} is true when the top-level statement has a WHERE clause
     * (UPDATE/DELETE); {@code copyFrom} for {@code COPY ... FROM} (loads data) versus {@code COPY ... TO}.
     * {@code table} is null for queries ({@code SELECT}, {@code VALUES}) and {@code COPY (query) TO}.
     */
    record Dml(DmlKind kind, ObjectName table, boolean hasWhere, boolean copyFrom) implements Fact {
        public String command() {
            return kind.name();
        }

        /** True when the statement writes rows ({@code SELECT} and {@code COPY ... TO} do not). */
        public boolean changesData() {
            return kind != DmlKind.SELECT && !(kind == DmlKind.COPY && !copyFrom);
        }
    }

    // ---- session and transactions ----

    /**
     * {@code SET [LOCAL|SESSION] name = value} and {@code set_config(...)}; MySQL {@code SET [SESSION] var = value}.
     * {@code name} is lower case; {@code value} is a single literal unquoted, otherwise the text as written,
     * and "DEFAULT" for {@code SET name TO DEFAULT} and {@code RESET name}.
     */
    record SetSetting(String name, String value, boolean local) implements Fact {
        public String command() {
            return "SET";
        }
    }

    enum TransactionKind { BEGIN, COMMIT, ROLLBACK, SAVEPOINT, RELEASE_SAVEPOINT, ROLLBACK_TO_SAVEPOINT, PREPARE_TRANSACTION }

    record Transaction(TransactionKind kind) implements Fact {
        public String command() {
            return kind.name().replace('_', ' ');
        }
    }

    // ---- maintenance ----

    enum ReindexTarget { INDEX, TABLE, SCHEMA, DATABASE, SYSTEM }

    /** For SCHEMA, DATABASE and SYSTEM {@code name.name()} is the name written; {@code name} is null when omitted. */
    record Reindex(ReindexTarget target, ObjectName name, boolean concurrently) implements Fact {
        public String command() {
            return "REINDEX";
        }
    }

    record Vacuum(boolean full, List<ObjectName> tables) implements Fact {
        public Vacuum {
            tables = List.copyOf(tables);
        }

        public String command() {
            return "VACUUM";
        }
    }

    record Cluster(ObjectName table) implements Fact {
        public String command() {
            return "CLUSTER";
        }
    }

    record RefreshMaterializedView(ObjectName view, boolean concurrently, boolean withNoData) implements Fact {
        public String command() {
            return "REFRESH MATERIALIZED VIEW";
        }
    }

    // ---- other schema objects ----

    record CreateView(ObjectName view, boolean materialized, boolean orReplace) implements Fact {
        public String command() {
            return materialized ? "CREATE MATERIALIZED VIEW" : "CREATE VIEW";
        }
    }

    enum TypeAction { ADD_VALUE, RENAME_VALUE, RENAME, OTHER }

    /** {@code ALTER TYPE name ADD VALUE [IF NOT EXISTS] 'v'} and other ALTER TYPE forms. */
    record AlterType(ObjectName type, TypeAction action, boolean ifNotExists) implements Fact {
        public String command() {
            return "ALTER TYPE";
        }
    }

    /** {@code ALTER DOMAIN d ADD CONSTRAINT ... [NOT VALID]} and other ALTER DOMAIN forms. */
    record AlterDomain(ObjectName domain, boolean addConstraint, boolean notValid) implements Fact {
        public String command() {
            return "ALTER DOMAIN";
        }
    }

    enum DatabaseObject { DATABASE, SCHEMA, TABLESPACE, SUBSCRIPTION }

    /**
     * CREATE/DROP DATABASE, SCHEMA, TABLESPACE, SUBSCRIPTION; {@code ifExists} is the existence guard:
     * {@code IF EXISTS} on DROP, {@code IF NOT EXISTS} on CREATE.
     */
    record DatabaseObjectChange(boolean create, DatabaseObject object, List<String> names, boolean ifExists,
                                boolean cascade) implements Fact {
        public DatabaseObjectChange {
            names = List.copyOf(names);
        }

        public String command() {
            return (create ? "CREATE " : "DROP ") + object.name();
        }
    }

    /**
     * A statement whose effect on a migration is the lock it takes on tables: {@code LOCK TABLE}, and CREATE, ALTER
     * or DROP of a table's trigger, policy or rule. {@code command} as in "CREATE TRIGGER" or "LOCK TABLE";
     * {@code mode} the lock mode {@code LOCK TABLE ... IN mode MODE} names (upper case, single spaces), null when
     * it names none and for the other commands.
     */
    record TableLock(String command, List<ObjectName> tables, String mode) implements Fact {
        public TableLock {
            tables = List.copyOf(tables);
        }
    }

    /** {@code COMMENT ON TABLE t} / {@code COMMENT ON COLUMN t.c}; column is null for tables. */
    record Comment(String objectKind, ObjectName table, String column) implements Fact {
        public String command() {
            return "COMMENT";
        }
    }

    /** {@code ALTER SYSTEM}, {@code DISCARD ALL} and other statements PostgreSQL refuses in a transaction block. */
    record NonTransactional(String what) implements Fact {
        public String command() {
            return what;
        }
    }

    /** A psql meta-command ({@code \set}, {@code \connect}); not SQL the migration tool would run. */
    record MetaCommand(String text) implements Fact {
        public String command() {
            return "\\" + text;
        }
    }

    /**
     * A statement understood well enough to know it carries no migration hazard the rules model
     * (CREATE FUNCTION, GRANT, CREATE SEQUENCE, DO blocks, ...). {@code command} names it.
     */
    record Other(String command) implements Fact {
    }

    /** A statement neither tier understood; {@code command} is its first words, for the summary. */
    record Unrecognized(String command) implements Fact {
    }
}
