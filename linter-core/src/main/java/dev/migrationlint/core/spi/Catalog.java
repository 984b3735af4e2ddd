package dev.migrationlint.core.spi;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The schema as replayed from the forward migrations before the current statement: tables,
 * columns, indexes and constraints, each with the migration and statement that created it.
 */
public interface Catalog {

    Optional<Table> table(ObjectName name);

    Collection<Table> tables();

    /**
     * MySQL/MariaDB: the table's default character set as the migrations set it ({@code CREATE TABLE ... DEFAULT
     * CHARSET=x}, {@code ALTER TABLE ... [DEFAULT] CHARACTER SET x} or {@code CONVERT TO CHARACTER SET x}), as
     * written; empty when they never say. Columns without their own set use it.
     */
    default Optional<String> charset(ObjectName table) {
        return Optional.empty();
    }

    /** True when the table was created earlier in {@code migrationPath} (so locking it harms nobody). */
    default boolean createdIn(ObjectName table, String migrationPath) {
        return table(table).map(t -> t.origin().path().equals(migrationPath)).orElse(false);
    }

    /**
     * True when a relation nobody else can be using yet was created under this name earlier in
     * {@code migrationPath}: a temporary table (only that session sees it; the catalog keeps no
     * temporary tables) or a materialized view (nobody reads it before the migration commits).
     */
    default boolean privatelyCreatedIn(ObjectName name, String migrationPath) {
        return false;
    }

    /**
     * The name a table had before the migrations last renamed it, and the statement that did; empty when its
     * current name was never the result of a rename.
     */
    default Optional<Renamed<ObjectName>> tableRenamed(ObjectName table) {
        return Optional.empty();
    }

    /** The name a column of {@code table} had before the migrations last renamed it, and the statement that did. */
    default Optional<Renamed<String>> columnRenamed(ObjectName table, String column) {
        return Optional.empty();
    }

    /** True when the table is partitioned ({@code CREATE TABLE ... PARTITION BY}): its rows live in its partitions. */
    default boolean partitioned(ObjectName table) {
        return false;
    }

    /** A rename: the object's name before it, and where it happened. */
    record Renamed<N>(N from, Origin origin) {
    }

    record Table(ObjectName name, Origin origin, List<Column> columns, List<Index> indexes,
                 List<Constraint> constraints) {
        public Table {
            columns = List.copyOf(columns);
            indexes = List.copyOf(indexes);
            constraints = List.copyOf(constraints);
        }

        public Optional<Column> column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst();
        }
    }

    /**
     * A column. {@code type} and {@code notNull} are current; {@code definition} is the definition as last
     * written in full ({@code CREATE TABLE}, {@code ADD COLUMN}, MySQL {@code MODIFY}/{@code CHANGE}), for what
     * only a definition says (MySQL {@code AUTO_INCREMENT}, character set, generated columns), or null.
     */
    record Column(String name, TypeRef type, boolean notNull, Origin origin, ColumnDef definition) {
        public Column(String name, TypeRef type, boolean notNull, Origin origin) {
            this(name, type, notNull, origin, null);
        }
    }

    /** An index; {@code valid} is false for a failed or unvalidated build (not modelled statically: always true). */
    record Index(ObjectName name, List<String> columns, boolean unique, boolean partial, Origin origin) {
        public Index {
            columns = List.copyOf(columns);
        }
    }

    /** A constraint; {@code validated} is false after {@code NOT VALID} until {@code VALIDATE CONSTRAINT}. */
    record Constraint(String name, ConstraintDef.Kind kind, List<String> columns, Expression expression,
                      ColumnDef.Reference references, boolean validated, Origin origin) {
        public Constraint {
            columns = List.copyOf(columns);
        }
    }
}
