package dev.migrationlint.core.spi;

/**
 * A column definition from {@code CREATE TABLE} or {@code ADD COLUMN} (MySQL also {@code MODIFY}/{@code CHANGE}).
 *
 * @param notNull     {@code NOT NULL} was written (a {@code PRIMARY KEY} implies it; see {@link #primaryKey})
 * @param defaultValue the {@code DEFAULT}, or null
 * @param generated   how the value is generated
 * @param check       an inline {@code CHECK}, or null
 * @param references  an inline {@code REFERENCES}, or null
 * @param position    MySQL {@code FIRST}/{@code AFTER col}, or null
 */
public record ColumnDef(
        String name,
        TypeRef type,
        boolean notNull,
        Expression defaultValue,
        Generated generated,
        boolean primaryKey,
        boolean unique,
        Expression check,
        Reference references,
        boolean autoIncrement,
        String collation,
        String charset,
        String position,
        Span span) {

    public enum Generated { NONE, IDENTITY, STORED, VIRTUAL }

    /** {@code REFERENCES table [(columns)]} */
    public record Reference(ObjectName table, java.util.List<String> columns) {
        public Reference {
            columns = java.util.List.copyOf(columns);
        }
    }

    /** True for {@code serial}, {@code bigserial} and {@code smallserial} (and their aliases). */
    public boolean isSerial() {
        return type != null && (type.is("serial") || type.is("bigserial") || type.is("smallserial"));
    }
}
