package dev.migrationlint.core.spi;

/** One action of an {@code ALTER TABLE} action list, with its span in the source. */
public sealed interface AlterAction {

    Span span();

    record AddColumn(ColumnDef column, boolean ifNotExists, Span span) implements AlterAction {
    }

    record DropColumn(String column, boolean ifExists, boolean cascade, Span span) implements AlterAction {
    }

    /** {@code ALTER COLUMN c [SET DATA] TYPE t [COLLATE x] [USING e]}; {@code using} is null without USING. */
    record AlterColumnType(String column, TypeRef type, String collation, Expression using, Span span)
            implements AlterAction {
    }

    record SetNotNull(String column, Span span) implements AlterAction {
    }

    record DropNotNull(String column, Span span) implements AlterAction {
    }

    record SetDefault(String column, Expression value, Span span) implements AlterAction {
    }

    record DropDefault(String column, Span span) implements AlterAction {
    }

    /** {@code ADD [CONSTRAINT n] ...}; NOT VALID and USING INDEX are on the constraint. */
    record AddConstraint(ConstraintDef constraint, Span span) implements AlterAction {
    }

    record ValidateConstraint(String name, Span span) implements AlterAction {
    }

    record DropConstraint(String name, boolean ifExists, boolean cascade, Span span) implements AlterAction {
    }

    record RenameColumn(String from, String to, Span span) implements AlterAction {
    }

    record RenameTable(ObjectName to, Span span) implements AlterAction {
    }

    record RenameConstraint(String from, String to, Span span) implements AlterAction {
    }

    record SetSchema(String schema, Span span) implements AlterAction {
    }

    record AttachPartition(ObjectName partition, Span span) implements AlterAction {
    }

    record DetachPartition(ObjectName partition, boolean concurrently, boolean finalizeDetach, Span span)
            implements AlterAction {
    }

    /** {@code SET LOGGED}, {@code SET UNLOGGED}, {@code SET TABLESPACE}, {@code SET ACCESS METHOD}, {@code SET WITHOUT OIDS}. */
    record SetStorage(String what, Span span) implements AlterAction {
    }

    /** MySQL {@code MODIFY [COLUMN] def} ({@code from == column.name()}) and {@code CHANGE [COLUMN] from def}. */
    record ModifyColumn(String from, ColumnDef column, boolean change, Span span) implements AlterAction {
    }

    /** MySQL {@code ADD [UNIQUE|FULLTEXT|SPATIAL] INDEX|KEY name (cols)}; {@code kind} is "btree", "unique", "fulltext" or "spatial". */
    record AddIndex(String name, String kind, java.util.List<String> columns, Span span) implements AlterAction {
        public AddIndex {
            columns = java.util.List.copyOf(columns);
        }
    }

    /** MySQL {@code DROP INDEX|KEY name}, {@code DROP PRIMARY KEY} (name "PRIMARY"). */
    record DropIndex(String name, Span span) implements AlterAction {
    }

    /** MySQL table options and clauses: {@code ALGORITHM=x}, {@code LOCK=x}, {@code ENGINE=x}, {@code CONVERT TO CHARACTER SET x}, ... */
    record TableOption(String name, String value, Span span) implements AlterAction {
    }

    /** Any other action, understood as harmless or not modelled; {@code text} is its source. */
    record OtherAction(String text, Span span) implements AlterAction {
    }
}
