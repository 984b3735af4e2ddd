package dev.migrationlint.core.internal.recognize;

import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Token;
import dev.migrationlint.core.spi.TokenType;
import dev.migrationlint.core.spi.TypeRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads a column type and resolves PostgreSQL's aliases to one canonical name. */
final class Types {
    private Types() {
    }

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", "integer"),
            Map.entry("int4", "integer"),
            Map.entry("int8", "bigint"),
            Map.entry("int2", "smallint"),
            Map.entry("serial4", "serial"),
            Map.entry("serial8", "bigserial"),
            Map.entry("serial2", "smallserial"),
            Map.entry("character varying", "varchar"),
            Map.entry("char varying", "varchar"),
            Map.entry("national character varying", "varchar"),
            Map.entry("national char varying", "varchar"),
            Map.entry("character", "char"),
            Map.entry("bpchar", "char"),
            Map.entry("nchar", "char"),
            Map.entry("national character", "char"),
            Map.entry("national char", "char"),
            Map.entry("bool", "boolean"),
            Map.entry("float8", "double precision"),
            Map.entry("double", "double precision"),
            Map.entry("float4", "real"),
            Map.entry("decimal", "numeric"),
            Map.entry("dec", "numeric"),
            Map.entry("timestamp with time zone", "timestamptz"),
            Map.entry("timestamp without time zone", "timestamp"),
            Map.entry("time with time zone", "timetz"),
            Map.entry("time without time zone", "time"),
            Map.entry("bit varying", "varbit"));

    /** MySQL attributes that belong to the type rather than to the column. */
    private static final Set<String> TYPE_ATTRIBUTES = Set.of("unsigned", "signed", "zerofill");

    /** Interval field words ({@code interval day to second}). */
    private static final Set<String> INTERVAL_FIELDS = Set.of("year", "month", "day", "hour", "minute", "second", "to");

    /** Words that start a column constraint, so cannot be a type: a column written without a type (SQLite). */
    private static final Set<String> NOT_A_TYPE = Set.of("not", "null", "primary", "unique", "check", "references",
            "default", "constraint", "generated", "collate", "as", "auto_increment", "autoincrement", "comment",
            "key", "with");

    /**
     * Reads a type at the cursor, or returns null (consuming nothing) when the next token cannot
     * start one.
     */
    static TypeRef read(Cursor c, Dialect dialect) {
        Token first = c.peek();
        if (!Names.isNameToken(first)
                || (first.type() == TokenType.WORD && NOT_A_TYPE.contains(first.text().toLowerCase(Locale.ROOT)))) {
            return null;
        }
        int start = c.pos;
        List<Names.Part> parts = Names.parts(c);
        Names.Part last = parts.get(parts.size() - 1);
        boolean quoted = c.at(c.pos - 1).type() == TokenType.QUOTED_IDENTIFIER;
        String name = last.text();
        if (!quoted && parts.size() == 1) {
            name = longName(c, name);
        }
        List<Integer> modifiers = List.of();
        if (c.isType(TokenType.LEFT_PAREN)) {
            modifiers = modifiers(c);
        }
        if (!quoted && (name.equals("timestamp") || name.equals("time"))) {
            if (c.accept("with", "time", "zone")) {
                name = name + " with time zone";
            } else if (c.accept("without", "time", "zone")) {
                name = name + " without time zone";
            } else if (c.is("with") && c.is(1, "local") && c.is(2, "time") && c.is(3, "zone")) {
                c.pos += 4;
            }
        }
        while (c.peek() != null && c.peek().type() == TokenType.WORD
                && TYPE_ATTRIBUTES.contains(c.peek().text().toLowerCase(Locale.ROOT))) {
            c.pos++;
        }
        boolean array = arraySuffix(c);
        String canonical = quoted ? name : canonical(name, modifiers, dialect);
        return new TypeRef(canonical, modifiers, array, c.text(start, c.pos));
    }

    /** Extends a first word into a multi-word type name ({@code double precision}, {@code character varying}). */
    private static String longName(Cursor c, String first) {
        String name = first;
        if (name.equals("national") && c.isAny("character", "char")) {
            name = name + " " + c.next().text().toLowerCase(Locale.ROOT);
        }
        if (c.is("precision") && name.equals("double")
                || c.is("varying") && (name.endsWith("character") || name.endsWith("char") || name.equals("bit"))) {
            name = name + " " + c.next().text().toLowerCase(Locale.ROOT);
        }
        if (name.equals("interval")) {
            while (c.peek() != null && c.peek().type() == TokenType.WORD
                    && INTERVAL_FIELDS.contains(c.peek().text().toLowerCase(Locale.ROOT))) {
                c.pos++;
            }
        }
        if (name.equals("long") && c.isAny("varchar", "varbinary")) {
            name = name + " " + c.next().text().toLowerCase(Locale.ROOT);
        }
        return name;
    }

    /**
     * Reads {@code (n[, m])}; the numbers are the modifiers. Lists holding anything else (MySQL
     * {@code enum('a','b')}, {@code geometry(Point, 4326)}, {@code varchar(max)}) have none.
     */
    private static List<Integer> modifiers(Cursor c) {
        int open = c.pos;
        int close = c.closeOf(open);
        List<Integer> numbers = new ArrayList<>(2);
        boolean onlyNumbers = true;
        for (int i = open + 1; i < close && onlyNumbers; i++) {
            Token t = c.at(i);
            if (t.type() == TokenType.COMMA) {
                continue;
            }
            boolean negative = false;
            if (t.isSymbol("-") && c.at(i + 1) != null && c.at(i + 1).type() == TokenType.NUMBER) {
                negative = true;
                t = c.at(++i);
            }
            if (t.type() != TokenType.NUMBER) {
                onlyNumbers = false;
                break;
            }
            try {
                int n = Integer.parseInt(t.text());
                numbers.add(negative ? -n : n);
            } catch (NumberFormatException e) {
                onlyNumbers = false;
            }
        }
        c.pos = close + 1;
        return onlyNumbers ? numbers : List.of();
    }

    /** Consumes {@code []}, {@code [n]} (repeated) or {@code ARRAY[n]}; true when the type is an array. */
    private static boolean arraySuffix(Cursor c) {
        boolean array = false;
        if (c.is("array")) {
            c.pos++;
            array = true;
        }
        while (c.peek() != null && c.peek().type() == TokenType.OPERATOR && c.peek().text().startsWith("[")) {
            Token t = c.next();
            array = true;
            if (!t.text().contains("]")) {
                while (!c.atEnd() && !c.peek().text().contains("]")) {
                    c.pos++;
                }
                c.pos = Math.min(c.pos + 1, c.end());
            }
        }
        return array;
    }

    private static String canonical(String name, List<Integer> modifiers, Dialect dialect) {
        if (name.equals("float")) {
            // PostgreSQL maps float(p) by its precision in bits and plain float to double precision;
            // MySQL's FLOAT is single precision.
            if (dialect.isMysqlFamily()) {
                return name;
            }
            return !modifiers.isEmpty() && modifiers.get(0) <= 24 ? "real" : "double precision";
        }
        return ALIASES.getOrDefault(name, name);
    }
}
