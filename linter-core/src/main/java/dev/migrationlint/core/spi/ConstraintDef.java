package dev.migrationlint.core.spi;

import java.util.List;

/**
 * A table constraint from {@code CREATE TABLE}, {@code ADD CONSTRAINT} or an inline column constraint.
 *
 * @param name        the constraint name, or null when the server picks one
 * @param columns     the constrained columns (for CHECK: those the expression names, when known)
 * @param references  for FOREIGN KEY: the referenced table and columns
 * @param expression  for CHECK (and EXCLUDE): the expression
 * @param usingIndex  {@code USING INDEX name}, or null
 * @param notValid    {@code NOT VALID} was written
 */
public record ConstraintDef(
        String name,
        Kind kind,
        List<String> columns,
        ColumnDef.Reference references,
        Expression expression,
        String usingIndex,
        boolean notValid) {

    public enum Kind { PRIMARY_KEY, UNIQUE, FOREIGN_KEY, CHECK, EXCLUDE, NOT_NULL }

    public ConstraintDef {
        columns = List.copyOf(columns);
    }
}
