package dev.migrationlint.core.spi;

import java.util.Objects;

/**
 * A resolved, schema-qualified name. Unquoted identifiers are folded to lower case, quoted ones
 * keep their case, and an unqualified (or placeholder-qualified) name is in the default schema,
 * so {@code public.t}, {@code t} and {@code "t"} are equal. {@code schemaWritten} only affects display.
 */
public final class ObjectName {
    private final String schema;
    private final String name;
    private final boolean schemaWritten;

    public ObjectName(String schema, String name, boolean schemaWritten) {
        this.schema = Objects.requireNonNull(schema);
        this.name = Objects.requireNonNull(name);
        this.schemaWritten = schemaWritten;
    }

    public String schema() {
        return schema;
    }

    public String name() {
        return name;
    }

    public boolean schemaWritten() {
        return schemaWritten;
    }

    /** The name as messages show it: {@code "users"} or {@code "audit"."users"} when the schema was written. */
    public String display() {
        return schemaWritten ? quote(schema) + "." + quote(name) : quote(name);
    }

    /** {@code "table"."column"} for messages. */
    public String display(String column) {
        return display() + "." + quote(column);
    }

    public static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ObjectName other && schema.equals(other.schema) && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return schema.hashCode() * 31 + name.hashCode();
    }

    @Override
    public String toString() {
        return schema + "." + name;
    }
}
