package dev.migrationlint.core.spi;

import java.util.List;

/**
 * A column type as written. {@code name} is the canonical lower-case base name with PostgreSQL's
 * aliases resolved ({@code int4 -> integer}, {@code character varying -> varchar},
 * {@code timestamp with time zone -> timestamptz}, {@code bool -> boolean}); {@code modifiers} are
 * the numbers in parentheses; {@code array} for {@code []} types; {@code raw} is the source text.
 */
public record TypeRef(String name, List<Integer> modifiers, boolean array, String raw) {
    public TypeRef {
        modifiers = List.copyOf(modifiers);
    }

    public boolean is(String canonicalName) {
        return name.equals(canonicalName);
    }

    /** The first modifier ({@code n} of {@code varchar(n)}) or -1 when there is none. */
    public int length() {
        return modifiers.isEmpty() ? -1 : modifiers.get(0);
    }
}
